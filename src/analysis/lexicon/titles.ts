// Honorifics and titles that come before a person's name. Owned by the people module; others read it.

export interface Title {
  /** As written before a name, with its period where English uses one ("Sen.", "Prime Minister"). */
  title: string;
  /** An abbreviated or courtesy form of address ("Mr.", "Sen.", "Sir"), or a title word that states
   * a role ("President Obama"). Absent for plural forms only ("Messrs."). */
  kind?: 'honorific' | 'title';
  /** The gender the title tells ("Mrs.", "King"). */
  gender?: 'male' | 'female';
  /** Governs several names ("Reps. A and B"): the role applies to each of them. */
  plural?: true;
  /** The role noun an abbreviated title stands for ("Sen." -> "senator"), to tell that "the
   * senator" is the person titled "Sen.". */
  means?: string;
}

/** Titles and honorifics that come before a person's name, one record each. */
export const TITLES: readonly Title[] = [
  { title: 'Mr.', kind: 'honorific', gender: 'male' },
  { title: 'Mrs.', kind: 'honorific', gender: 'female' },
  { title: 'Ms.', kind: 'honorific', gender: 'female' },
  { title: 'Miss', kind: 'honorific', gender: 'female' },
  { title: 'Mx.', kind: 'honorific' },
  { title: 'Dr.', kind: 'honorific' },
  { title: 'Prof.', kind: 'honorific', means: 'professor' },
  { title: 'Sen.', kind: 'honorific', means: 'senator' },
  { title: 'Sens.', kind: 'honorific', plural: true, means: 'senator' },
  { title: 'Rep.', kind: 'honorific', means: 'representative' },
  { title: 'Reps.', kind: 'honorific', plural: true, means: 'representative' },
  { title: 'Gov.', kind: 'honorific', means: 'governor' },
  { title: 'Lt. Gov.', kind: 'honorific', means: 'governor' },
  { title: 'Gen.', kind: 'honorific', means: 'general' },
  { title: 'Lt.', kind: 'honorific' },
  { title: 'Col.', kind: 'honorific', means: 'colonel' },
  { title: 'Maj.', kind: 'honorific' },
  { title: 'Capt.', kind: 'honorific', means: 'captain' },
  { title: 'Sgt.', kind: 'honorific', means: 'sergeant' },
  { title: 'Adm.', kind: 'honorific', means: 'admiral' },
  { title: 'Cmdr.', kind: 'honorific' },
  { title: 'Atty.', kind: 'honorific', means: 'attorney' },
  { title: 'Supt.', kind: 'honorific', means: 'superintendent' },
  { title: 'Rev.', kind: 'honorific', means: 'reverend' },
  { title: 'Fr.', kind: 'honorific' },
  { title: 'Sr.', kind: 'honorific' },
  { title: 'Hon.', kind: 'honorific' },
  { title: 'Del.', kind: 'honorific' },
  { title: 'Pres.', kind: 'honorific', means: 'president' },
  { title: 'Sec.', kind: 'honorific', means: 'secretary' },
  { title: 'Amb.', kind: 'honorific', means: 'ambassador' },
  { title: 'Insp.', kind: 'honorific' },
  { title: 'Det.', kind: 'honorific', means: 'detective' },
  { title: 'Cpl.', kind: 'honorific' },
  { title: 'Pvt.', kind: 'honorific' },
  { title: 'Sir', kind: 'honorific', gender: 'male' },
  { title: 'Dame', kind: 'honorific', gender: 'female' },
  { title: 'Lord', kind: 'honorific', gender: 'male' },
  { title: 'Lady', kind: 'honorific', gender: 'female' },
  { title: 'President', kind: 'title' },
  { title: 'Vice President', kind: 'title' },
  { title: 'Secretary', kind: 'title' },
  { title: 'Minister', kind: 'title' },
  { title: 'Prime Minister', kind: 'title' },
  { title: 'Chairman', kind: 'title', gender: 'male' },
  { title: 'Chairwoman', kind: 'title', gender: 'female' },
  { title: 'Chair', kind: 'title' },
  { title: 'Senator', kind: 'title' },
  { title: 'Representative', kind: 'title' },
  { title: 'Congressman', kind: 'title', gender: 'male' },
  { title: 'Congresswoman', kind: 'title', gender: 'female' },
  { title: 'Governor', kind: 'title' },
  { title: 'Mayor', kind: 'title' },
  { title: 'Judge', kind: 'title' },
  { title: 'Justice', kind: 'title' },
  { title: 'Chief Justice', kind: 'title' },
  { title: 'Ambassador', kind: 'title' },
  { title: 'Director', kind: 'title' },
  { title: 'Commissioner', kind: 'title' },
  { title: 'Chancellor', kind: 'title' },
  { title: 'King', kind: 'title', gender: 'male' },
  { title: 'Queen', kind: 'title', gender: 'female' },
  { title: 'Prince', kind: 'title', gender: 'male' },
  { title: 'Princess', kind: 'title', gender: 'female' },
  { title: 'Pope', kind: 'title' },
  { title: 'Cardinal', kind: 'title' },
  { title: 'Bishop', kind: 'title' },
  { title: 'Archbishop', kind: 'title' },
  { title: 'General', kind: 'title' },
  { title: 'Admiral', kind: 'title' },
  { title: 'Colonel', kind: 'title' },
  { title: 'Captain', kind: 'title' },
  { title: 'Sergeant', kind: 'title' },
  { title: 'Lieutenant', kind: 'title' },
  { title: 'Major', kind: 'title' },
  { title: 'Officer', kind: 'title' },
  { title: 'Detective', kind: 'title' },
  { title: 'Inspector', kind: 'title' },
  { title: 'Sheriff', kind: 'title' },
  { title: 'Attorney General', kind: 'title' },
  { title: 'Speaker', kind: 'title' },
  { title: 'Leader', kind: 'title' },
  { title: 'Chief', kind: 'title' },
  { title: 'Professor', kind: 'title' },
  { title: 'Dean', kind: 'title' },
  { title: 'Premier', kind: 'title' },
  { title: 'Spokesman', kind: 'title', gender: 'male' },
  { title: 'Spokeswoman', kind: 'title', gender: 'female' },
  { title: 'Spokesperson', kind: 'title' },
  { title: 'Deputy', kind: 'title' },
  { title: 'Assistant', kind: 'title' },
  { title: 'Councilman', kind: 'title', gender: 'male' },
  { title: 'Councilwoman', kind: 'title', gender: 'female' },
  { title: 'Councillor', kind: 'title' },
  { title: 'Councilor', kind: 'title' },
  { title: 'Treasurer', kind: 'title' },
  { title: 'Auditor', kind: 'title' },
  { title: 'Comptroller', kind: 'title' },
  { title: 'Coach', kind: 'title' },
  { title: 'Rabbi', kind: 'title' },
  { title: 'Imam', kind: 'title' },
  { title: 'Pastor', kind: 'title' },
  { title: 'Father', kind: 'title', gender: 'male' },
  { title: 'Sister', kind: 'title', gender: 'female' },
  { title: 'Brother', kind: 'title', gender: 'male' },
  { title: 'Emperor', kind: 'title', gender: 'male' },
  { title: 'Sultan', kind: 'title', gender: 'male' },
  { title: 'Sheikh', kind: 'title', gender: 'male' },
  { title: 'Crown Prince', kind: 'title' },
  { title: 'CEO', kind: 'title' },
  { title: 'Chief Executive', kind: 'title' },
  { title: 'Founder', kind: 'title' },
  { title: 'Candidate', kind: 'title' },
  { title: 'Nominee', kind: 'title' },
  { title: 'Govs.', plural: true, means: 'governor' },
  { title: 'Drs.', plural: true },
  { title: 'Messrs.', plural: true },
  { title: 'Senators', plural: true },
  { title: 'Representatives', plural: true },
  { title: 'Governors', plural: true },
  { title: 'Presidents', plural: true },
  { title: 'Ministers', plural: true },
  { title: 'Judges', plural: true },
  { title: 'Justices', plural: true },
  { title: 'Mayors', plural: true },
  { title: 'Congressmen', plural: true },
  { title: 'Congresswomen', plural: true },
];

const titlesWhere = (keep: (t: Title) => boolean): string[] => TITLES.filter(keep).map((t) => t.title);
export const HONORIFICS: readonly string[] = titlesWhere((t) => t.kind === 'honorific');
export const TITLE_WORDS: readonly string[] = titlesWhere((t) => t.kind === 'title');
export const MALE_HONORIFICS: readonly string[] = titlesWhere((t) => t.gender === 'male');
export const FEMALE_HONORIFICS: readonly string[] = titlesWhere((t) => t.gender === 'female');
export const PLURAL_TITLES: readonly string[] = titlesWhere((t) => !!t.plural);
/** Abbreviated titles by the role noun they stand for: "sen." -> "senator". */
export const TITLE_MEANINGS: ReadonlyMap<string, string> = new Map(TITLES.filter((t) => t.means).map((t) => [t.title.toLowerCase(), t.means ?? '']));

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
  'expert', 'specialist', 'administrator', 'speaker', 'whip', 'congressman',
  'congresswoman', 'delegate', 'council', 'councilman', 'councilwoman', 'deputy', 'winner',
  'champion', 'coach', 'player', 'general', 'admiral', 'colonel', 'captain', 'sergeant',
  'lieutenant', 'detective', 'inspector', 'trooper', 'agent', 'staffer', 'surrogate', 'veteran',
  'chancellor', 'provost', 'dean', 'rabbi', 'pastor', 'bishop', 'cardinal', 'pope', 'king', 'queen',
  'prince', 'princess', 'emperor', 'actor', 'actress', 'singer', 'musician', 'rapper', 'comedian',
  'director-general', 'secretary-general', 'controller', 'comptroller', 'auditor', 'clerk',
  'physician', 'doctor', 'nurse', 'teacher', 'student', 'pundit', 'blogger',
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
  'foe', 'native', 'spirit', 'children', 'men', 'women',
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

/**
 * Role heads that, standing alone after "the" ("the spokesman said", "the official added"), most
 * often stand for someone the article never names: not read as a named person's description.
 */
export const ANONYMOUS_HEADS: readonly string[] = [
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'aide', 'staffer', 'officer', 'agent',
  'deputy', 'assistant', 'source', 'analyst', 'expert', 'witness', 'member', 'associate', 'partner',
  'owner', 'player', 'student', 'veteran', 'winner', 'head', 'chief', 'executive', 'manager',
  'defendant', 'plaintiff', 'trooper', 'detective', 'doctor', 'nurse', 'teacher', 'actor', 'star',
];

/** Words before a role that make it no one in particular: "the next president", "the eventual nominee". */
export const NON_REFERRING_MODIFIERS: readonly string[] = [
  'next', 'future', 'eventual', 'potential', 'possible', 'prospective', 'would-be', 'hypothetical',
  'average', 'typical', 'ideal', 'other', 'same', 'new', 'successive', 'previous', 'last', 'each',
  'every', 'any', 'ordinary',
];

/** Party words and the party each states, for telling "the Democratic nominee" from a Republican. */
export const PARTY_LABELS: readonly { word: string; party: string }[] = [
  { word: 'democratic', party: 'democratic' },
  { word: 'democrat', party: 'democratic' },
  { word: 'republican', party: 'republican' },
  { word: 'gop', party: 'republican' },
  { word: 'libertarian', party: 'libertarian' },
  { word: 'green', party: 'green' },
  { word: 'labour', party: 'labour' },
  { word: 'conservative', party: 'conservative' },
  { word: 'tory', party: 'conservative' },
  { word: 'liberal', party: 'liberal' },
];

/** Words that make a different rank of the same role: a "vice presidential nominee" is not the "presidential nominee". */
export const RANK_MODIFIERS: readonly string[] = ['vice', 'deputy', 'assistant', 'associate', 'lieutenant', 'under'];
