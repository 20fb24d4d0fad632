// Honorifics and titles that come before a person's name. Owned by the people module; others read it.

/** Abbreviated honorifics, with their trailing period where English uses one. */
export const HONORIFICS: readonly string[] = [
  'Mr.', 'Mrs.', 'Ms.', 'Miss', 'Mx.', 'Dr.', 'Prof.', 'Sen.', 'Sens.', 'Rep.', 'Reps.', 'Gov.',
  'Lt. Gov.', 'Gen.', 'Lt.', 'Col.', 'Maj.', 'Capt.', 'Sgt.', 'Adm.', 'Cmdr.', 'Atty.', 'Supt.',
  'Rev.', 'Fr.', 'Sr.', 'Hon.', 'Del.', 'Pres.', 'Sec.', 'Amb.', 'Insp.', 'Det.', 'Cpl.', 'Pvt.',
  'Sir', 'Dame', 'Lord', 'Lady',
];

/** Title words that, capitalised before a name, state a role ("President Obama"). */
export const TITLE_WORDS: readonly string[] = [
  'President', 'Vice President', 'Secretary', 'Minister', 'Prime Minister', 'Chairman',
  'Chairwoman', 'Chair', 'Senator', 'Representative', 'Congressman', 'Congresswoman', 'Governor',
  'Mayor', 'Judge', 'Justice', 'Chief Justice', 'Ambassador', 'Director', 'Commissioner',
  'Chancellor', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Cardinal', 'Bishop', 'Archbishop',
  'General', 'Admiral', 'Colonel', 'Captain', 'Sergeant', 'Lieutenant', 'Major', 'Officer',
  'Detective', 'Inspector', 'Sheriff', 'Attorney General', 'Speaker', 'Leader', 'Chief',
  'Professor', 'Dean', 'Premier', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Deputy',
  'Assistant', 'Councilman', 'Councilwoman', 'Councillor', 'Councilor', 'Treasurer', 'Auditor',
  'Comptroller', 'Coach', 'Rabbi', 'Imam', 'Pastor', 'Father', 'Sister', 'Brother', 'Emperor',
  'Sultan', 'Sheikh', 'Crown Prince', 'CEO', 'Chief Executive', 'Founder', 'Candidate', 'Nominee',
];

export const MALE_HONORIFICS: readonly string[] = ['Mr.', 'Sir', 'Lord', 'King', 'Prince', 'Father', 'Brother', 'Congressman', 'Chairman', 'Councilman', 'Spokesman', 'Emperor', 'Sultan', 'Sheikh'];
export const FEMALE_HONORIFICS: readonly string[] = ['Mrs.', 'Ms.', 'Miss', 'Dame', 'Lady', 'Queen', 'Princess', 'Sister', 'Congresswoman', 'Chairwoman', 'Councilwoman', 'Spokeswoman'];
