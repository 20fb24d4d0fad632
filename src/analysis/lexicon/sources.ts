// Words that tell what kind of thing the source of a quotation is. Owned by the attribution module.
import { MONTHS, WEEKDAYS } from './calendar-words';
import { DEFINITE_OR_ARTICLE } from './determiners';

/** Heads of noun phrases that name a source without naming a person ("a senior official"). */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson',
  'spokesmen', 'spokespeople', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors',
  'person', 'people', 'insider', 'insiders', 'staffer', 'staffers', 'diplomat', 'diplomats',
  'officer', 'officers', 'member', 'members', 'lawmaker', 'lawmakers', 'analyst', 'analysts',
  'expert', 'experts', 'critic', 'critics', 'observer', 'observers', 'someone', 'witness',
  'witnesses', 'resident', 'residents', 'supporter', 'supporters', 'voter', 'voters', 'protester',
  'protesters', 'activist', 'activists', 'operative', 'operatives', 'strategist', 'strategists',
  'representative', 'representatives', 'executive', 'executives', 'employee', 'employees',
  'man', 'woman', 'men', 'women', 'attendee', 'attendees', 'donor', 'donors', 'friend', 'friends',
  'colleague', 'colleagues', 'ally', 'allies', 'investigator', 'investigators', 'agent', 'agents',
  'economist', 'economists', 'scientist', 'scientists', 'researcher', 'researchers', 'leader',
  'leaders', 'republicans', 'democrats', 'conservatives', 'liberals', 'pollster', 'pollsters',
  'others', 'many', 'some', 'one', 'fans', 'fan', 'student', 'students', 'worker', 'workers',
  'journalist', 'journalists', 'reporter', 'reporters', 'consultant', 'consultants',
]);

/** Heads of noun phrases that are documents or published texts ("the report said"). */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'report', 'statement', 'letter', 'memo', 'memorandum', 'document', 'documents', 'study', 'survey',
  'poll', 'filing', 'complaint', 'lawsuit', 'suit', 'indictment', 'email', 'emails', 'tweet',
  'tweets', 'post', 'article', 'editorial', 'ad', 'advertisement', 'release', 'transcript', 'book',
  'bill', 'resolution', 'order', 'ruling', 'opinion', 'decision', 'platform', 'website', 'site',
  'sign', 'signs', 'banner', 'note', 'message', 'video', 'story', 'column', 'op-ed', 'headline',
  'analysis', 'review', 'audit', 'petition', 'motion', 'brief', 'affidavit', 'subpoena', 'law',
  'constitution', 'amendment', 'policy', 'guidelines', 'manual', 'plan', 'proposal', 'agreement',
  'caption', 'page', 'blog', 'commercial', 'spot', 'script', 'speech', 'warrant', 'estimate',
  'summary', 'excerpt', 'passage', 'chapter', 'text', 'ballot', 'findings', 'data',
]);

/** Heads of noun phrases that are organisations ("the campaign said"). */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'campaign', 'administration', 'company', 'government', 'department', 'ministry', 'agency',
  'committee', 'party', 'group', 'organization', 'organisation', 'firm', 'network', 'newspaper',
  'paper', 'police', 'court', 'board', 'team', 'union', 'embassy', 'office', 'council',
  'commission', 'coalition', 'alliance', 'foundation', 'institute', 'university', 'school',
  'hospital', 'bank', 'station', 'outlet', 'magazine', 'channel', 'website', 'site', 'army',
  'military', 'navy', 'regime', 'cabinet', 'panel', 'caucus', 'senate', 'house', 'congress',
  'white house', 'pentagon', 'kremlin', 'publication', 'show', 'program', 'programme', 'service',
  'corporation', 'association', 'federation', 'league', 'club', 'church', 'movement',
]);

/** Capitalised words that mark a name as an organisation's ("The New York Times", "Reuters"). */
export const ORGANISATION_NAME_WORDS: ReadonlySet<string> = new Set([
  'times', 'post', 'news', 'press', 'reuters', 'journal', 'tribune', 'herald', 'gazette', 'globe',
  'telegraph', 'guardian', 'observer', 'chronicle', 'daily', 'weekly', 'magazine', 'review',
  'department', 'ministry', 'committee', 'campaign', 'party', 'house', 'senate', 'congress',
  'court', 'office', 'agency', 'bureau', 'council', 'commission', 'association', 'institute',
  'center', 'centre', 'university', 'college', 'foundation', 'inc.', 'corp.', 'co.', 'llc',
  'company', 'group', 'network', 'administration', 'pentagon', 'kremlin', 'police', 'fund',
  'union', 'bank', 'board', 'service', 'services', 'caucus', 'coalition', 'federation',
  'organization', 'organisation', 'cnn', 'msnbc', 'nbc', 'abc', 'cbs', 'fox', 'bbc', 'npr', 'pbs',
  'ap', 'afp', 'fbi', 'cia', 'nsa', 'gop', 'rnc', 'dnc', 'epa', 'irs', 'un', 'nato', 'politico',
  'breitbart', 'axios', 'bloomberg', 'twitter', 'facebook', 'google', 'poll', 'polls', 'station',
  'radio', 'tv', 'television', 'channel', 'mail', 'express', 'sun', 'star', 'report', 'wire',
  'media', 'institution', 'school', 'hospital', 'church', 'army', 'navy', 'state',
  'states', 'government', 'republicans', 'democrats', 'cabinet', 'embassy', 'league', 'club',
]);

/** Definite descriptions that refer to a person already named ("the senator", "the candidate"). */
export const PERSON_DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  'president', 'senator', 'candidate', 'nominee', 'governor', 'secretary', 'mayor', 'congressman',
  'congresswoman', 'billionaire', 'businessman', 'businesswoman', 'chairman', 'chairwoman',
  'minister', 'judge', 'justice', 'ambassador', 'director', 'chief', 'leader', 'speaker',
  'lawmaker', 'republican', 'democrat', 'frontrunner', 'front-runner', 'host', 'author', 'actor',
  'actress', 'singer', 'star', 'mogul', 'tycoon', 'pastor', 'sheriff', 'commissioner', 'prosecutor',
  'attorney', 'lawyer', 'general', 'veteran', 'founder', 'ceo', 'executive', 'reporter', 'writer',
  'columnist', 'anchor', 'incumbent', 'challenger', 'contender', 'hopeful', 'representative',
  'politician', 'former', 'vice',
  // Sport, courts and the arts: "the striker said", "the defendant told". (Everyday occupations
  // such as "the engineer" often refer back to an unnamed "a city engineer": not here.)
  'coach', 'manager', 'captain', 'skipper', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'winger', 'quarterback', 'pitcher', 'defendant', 'plaintiff', 'novelist', 'poet', 'painter',
  'artist', 'musician',
]);

/** Nouns of something said: after a possessive ("Trump's claim that ...", "his call for") the
 * possessor said the quotation that follows. */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'call', 'calls', 'claim', 'claims', 'accusation', 'accusations', 'assertion', 'assertions',
  'warning', 'warnings', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'statement',
  'statements', 'remark', 'remarks', 'comment', 'comments', 'admission', 'suggestion', 'insistence',
  'demand', 'demands', 'declaration', 'prediction', 'charge', 'charges', 'threat', 'threats',
  'dictum', 'boast', 'plea', 'argument', 'words', 'tweet', 'tweets', 'post', 'message', 'slogan',
  'motto', 'phrase', 'quip', 'response', 'reply', 'answer', 'denial', 'apology', 'retort', 'insult',
  'description', 'characterization', 'question', 'announcement', 'complaint', 'criticism',
]);

/** Possessive pronouns and the subject pronoun each stands for ("his" -> "he"). */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it'], ['my', 'i'], ['our', 'we'],
]);

export type PronounGender = 'male' | 'female' | null;

/** Personal pronouns that can be the subject of a cue, with their gender. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounGender> = new Map<string, PronounGender>([
  ['he', 'male'], ['she', 'female'], ['they', null], ['i', null], ['we', null], ['it', null],
  ['you', null],
]);

/** Capitalised words that never begin a person's name (sentence openers, days, months). */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'but', 'and', 'or', 'so', 'yet', 'still', 'however', 'meanwhile', 'then', 'now', 'also', 'in',
  'on', 'at', 'for', 'with', 'by', 'from', 'to', 'of', 'as', 'after', 'before', 'while', 'when',
  'if', 'although', 'though', 'because', 'since', 'asked', 'speaking', 'writing',
  ...DEFINITE_OR_ARTICLE, 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'here', 'what', 'who', 'which', 'where', 'why', 'how',
  ...WEEKDAYS.map((d) => d.toLowerCase()), 'today', 'yesterday', 'tonight',
  ...MONTHS.flatMap((m) => [m.name, ...m.abbreviations]).map((m) => m.toLowerCase()), 'instead', 'indeed', 'later', 'earlier', 'last', 'next', 'both', 'all', 'each', 'every',
  'no', 'not', 'one', 'some', 'many', 'most', 'other', 'another', 'such', 'even', 'just', 'only',
  'like', 'unlike', 'according', 'during', 'under', 'over', 'about', 'against', 'among', 'despite',
  'said', 'says', 'say', 'told', 'mr', 'finally', 'first', 'again', 'once', 'maybe', 'perhaps',
  'yes', 'well', 'oh', 'ok', 'okay', 'sure', 'thanks', 'please', 'let', 'do', 'does', 'did',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'until', 'unless', 'whether', 'through', 'into', 'without',
]);
