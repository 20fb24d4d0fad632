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

/** Titles that govern several names ("Reps. A and B"): the role applies to each of them. */
export const PLURAL_TITLES: readonly string[] = [
  'Reps.', 'Sens.', 'Govs.', 'Drs.', 'Messrs.', 'Senators', 'Representatives', 'Governors',
  'Presidents', 'Ministers', 'Judges', 'Justices', 'Mayors', 'Congressmen', 'Congresswomen',
];

/**
 * Lower-case nouns that head a role ("press secretary", "presidential nominee"), beyond the title
 * words above and compromise's Actor nouns.
 */
export const ROLE_HEADS: readonly string[] = [
  'nominee', 'candidate', 'spokesman', 'spokeswoman', 'spokesperson', 'pollster', 'strategist',
  'adviser', 'advisor', 'aide', 'official', 'lawmaker', 'senator', 'representative', 'governor',
  'mayor', 'leader', 'secretary', 'chairman', 'chairwoman', 'chair', 'director', 'host', 'anchor',
  'correspondent', 'reporter', 'editor', 'columnist', 'analyst', 'founder', 'co-founder',
  'executive', 'ceo', 'cfo', 'coo', 'president', 'vice-president', 'commissioner', 'attorney',
  'counsel', 'judge', 'justice', 'economist', 'professor', 'historian', 'scholar', 'activist',
  'manager', 'operative', 'consultant', 'fellow', 'researcher', 'scientist', 'officer', 'chief',
  'head', 'envoy', 'ambassador', 'diplomat', 'minister', 'premier', 'magnate', 'mogul',
  'businessman', 'businesswoman', 'star', 'owner', 'member', 'writer', 'author', 'journalist',
  'commentator', 'contributor', 'producer', 'organizer', 'organiser', 'coordinator', 'associate',
  'partner', 'lobbyist', 'treasurer', 'superintendent', 'sheriff', 'prosecutor', 'lawyer',
  'economist', 'expert', 'specialist', 'administrator', 'speaker', 'whip', 'congressman',
  'congresswoman', 'delegate', 'council', 'councilman', 'councilwoman', 'deputy', 'winner',
  'champion', 'coach', 'player', 'general', 'admiral', 'colonel', 'captain', 'sergeant',
  'lieutenant', 'detective', 'inspector', 'trooper', 'agent', 'staffer', 'surrogate', 'veteran',
  'chancellor', 'provost', 'dean', 'rabbi', 'pastor', 'bishop', 'cardinal', 'pope', 'king', 'queen',
  'prince', 'princess', 'emperor', 'actor', 'actress', 'singer', 'musician', 'rapper', 'comedian',
  'director-general', 'secretary-general', 'controller', 'comptroller', 'auditor', 'clerk',
  'physician', 'doctor', 'nurse', 'teacher', 'student', 'pundit', 'blogger', 'founder',
  // Occupations common outside US politics: schools, health, arts, engineering, courts, sport.
  'gp', 'headteacher', 'headmaster', 'headmistress', 'principal', 'lecturer', 'surgeon',
  'paramedic', 'pharmacist', 'midwife', 'novelist', 'poet', 'laureate', 'painter', 'sculptor',
  'artist', 'photographer', 'curator', 'architect', 'engineer', 'councilmember', 'alderman',
  'alderwoman', 'solicitor', 'barrister', 'magistrate', 'defendant', 'plaintiff', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'winger', 'substitute', 'quarterback', 'pitcher',
  'referee', 'umpire', 'skipper', 'batsman', 'bowler', 'jockey', 'trainer',
];

/** Relations and status words that are not roles (annotation guidelines). */
export const NOT_ROLES: readonly string[] = [
  'son', 'daughter', 'husband', 'wife', 'father', 'mother', 'brother', 'sister', 'ally', 'rival',
  'opponent', 'challenger', 'colleague', 'boss', 'supporter', 'friend', 'girlfriend', 'boyfriend',
  'dad', 'mom', 'mum', 'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'grandson', 'granddaughter',
  'grandmother', 'grandfather', 'baby', 'child', 'boy', 'girl', 'man', 'woman', 'guy', 'people',
  'billionaire', 'millionaire', 'citizen', 'customer', 'fan', 'buddy', 'bro', 'dude', 'mate',
  'character', 'celebrity', 'anybody', 'somebody', 'everybody', 'nobody', 'person', 'beings',
  'descendant', 'ancestor', 'acquaintance', 'comrade', 'chum', 'coworker', 'denizen',
];

/** Lower-case words that modify a role before its head ("former", "longtime", "press"). */
export const ROLE_MODIFIERS: readonly string[] = [
  'former', 'outgoing', 'incumbent', 'sitting', 'longtime', 'acting', 'interim', 'deputy', 'vice',
  'assistant', 'associate', 'senior', 'junior', 'chief', 'executive', 'general', 'national',
  'state', 'federal', 'press', 'campaign', 'presidential', 'vice-presidential', 'congressional',
  'foreign', 'defense', 'defence', 'majority', 'minority', 'ranking', 'top', 'then', 'first',
  'principal', 'managing', 'policy', 'communications', 'political', 'legal', 'military',
];

/** News organisations and other bodies that are often followed by a speech verb ("Reuters reports"). */
export const MEDIA_ORGS: readonly string[] = [
  'reuters', 'bloomberg', 'politico', 'axios', 'ap', 'afp', 'upi', 'cnn', 'msnbc', 'nbc', 'abc',
  'cbs', 'fox', 'pbs', 'npr', 'bbc', 'cnbc', 'breitbart', 'huffpost', 'buzzfeed', 'vox', 'slate',
  'salon', 'gallup', 'quinnipiac', 'rasmussen', 'ipsos', 'yougov', 'twitter', 'facebook', 'google',
  'apple', 'amazon', 'microsoft', 'congress', 'pentagon', 'kremlin', 'nypd', 'fbi', 'cia', 'nsa',
  'gop', 'nato', 'opec', 'who', 'un', 'eu', 'politifact', 'factcheck', 'medicare', 'medicaid',
  'obamacare', 'xinhua', 'tass', 'interfax', 'wikileaks', 'instagram', 'youtube', 'reddit',
];
