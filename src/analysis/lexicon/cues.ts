// Speech and attribution verbs, as base forms; inflections are generated so that the list stays
// readable. Owned by the attribution module; other modules read it (for example, a capitalised
// word right before "said" is likely a name).

/** Base forms of verbs that introduce reported speech. */
export const SPEECH_VERBS: readonly string[] = [
  'say', 'add', 'tell', 'write', 'tweet', 'call', 'insist', 'argue', 'ask', 'explain', 'note',
  'state', 'declare', 'announce', 'claim', 'contend', 'maintain', 'assert', 'reply', 'respond',
  'answer', 'continue', 'recall', 'remark', 'comment', 'observe', 'warn', 'caution', 'urge',
  'suggest', 'acknowledge', 'admit', 'concede', 'confirm', 'deny', 'predict', 'promise', 'vow',
  'pledge', 'boast', 'complain', 'lament', 'joke', 'quip', 'shout', 'yell', 'whisper', 'mutter',
  'cry', 'exclaim', 'scream', 'testify', 'report', 'describe', 'emphasize', 'emphasise', 'stress',
  'point', 'post', 'blog', 'text', 'email', 'recount', 'counter', 'retort', 'charge', 'allege',
  'accuse', 'conclude', 'estimate', 'believe', 'think', 'agree', 'disagree', 'begin', 'demand',
  'mention', 'inform', 'reiterate', 'repeat', 'opine', 'speculate', 'wonder', 'hint', 'indicate',
  'signal', 'proclaim', 'tout', 'brag', 'reveal', 'disclose', 'advise', 'assure', 'implore',
  'plead', 'protest', 'object', 'criticize', 'criticise', 'dismiss', 'label', 'dub', 'term',
  'describe', 'summarize', 'summarise', 'murmur', 'sigh', 'snap', 'scoff', 'chuckle', 'laugh',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'written', 'writes', 'writing'],
  think: ['thought', 'thinks', 'thinking'],
  begin: ['began', 'begun', 'begins', 'beginning'],
  cry: ['cried', 'cries', 'crying'],
  reply: ['replied', 'replies', 'replying'],
  deny: ['denied', 'denies', 'denying'],
  testify: ['testified', 'testifies', 'testifying'],
  quip: ['quipped', 'quips', 'quipping'],
  snap: ['snapped', 'snaps', 'snapping'],
  blog: ['blogged', 'blogs', 'blogging'],
  dub: ['dubbed', 'dubs', 'dubbing'],
  label: ['labeled', 'labelled', 'labels', 'labeling', 'labelling'],
  signal: ['signaled', 'signalled', 'signals', 'signaling', 'signalling'],
  object: ['objected', 'objects', 'objecting'],
};

/** Regular English inflections of a verb: -s, -ed, -ing, with the usual spelling changes. */
export function inflect(base: string): string[] {
  if (IRREGULAR[base]) return [base, ...IRREGULAR[base]];
  const forms = [base];
  if (/(s|sh|ch|x|z)$/.test(base)) forms.push(base + 'es');
  else forms.push(base + 's');
  if (base.endsWith('e')) {
    forms.push(base + 'd', base.slice(0, -1) + 'ing');
  } else {
    forms.push(base + 'ed', base + 'ing');
  }
  return forms;
}

/** Every inflected form of every speech verb, lower case. */
export function speechVerbForms(extra: readonly string[] = []): Set<string> {
  const set = new Set<string>();
  for (const base of [...SPEECH_VERBS, ...extra]) for (const f of inflect(base.toLowerCase())) set.add(f);
  return set;
}

/** More verbs of saying and of characterising what someone said, as base forms. */
export const MORE_SPEECH_VERBS: readonly string[] = [
  'read', 'quote', 'cite', 'blast', 'slam', 'praise', 'mock', 'chant', 'blame', 'thank', 'credit',
  'question', 'decry', 'tease', 'muse', 'pen', 'reason', 'rant', 'gush', 'fume', 'sneer', 'groan',
  'beg', 'vent', 'bemoan', 'assail', 'ridicule', 'condemn', 'denounce', 'lambaste', 'scold',
  'chide', 'recommend', 'characterize', 'characterise', 'instruct', 'challenge', 'pronounce',
  'profess', 'attest', 'swear', 'preach', 'find', 'reject', 'brand', 'hail', 'applaud', 'fault',
  'lash', 'rip', 'pan', 'attack', 'contradict', 'insinuate', 'theorize', 'recite', 'mourn', 'rave',
  'bark', 'gripe', 'interject', 'interrupt', 'clarify', 'elaborate', 'specify', 'recommend',
  'concur', 'surmise', 'add', 'ponder', 'dispute', 'highlight', 'liken', 'laud', 'rate', 'sing',
  'scoff', 'chant', 'tell',
];

const MORE_IRREGULAR: Record<string, string[]> = {
  read: ['reads', 'reading'],
  find: ['found', 'finds', 'finding'],
  swear: ['swore', 'sworn', 'swears', 'swearing'],
  shoot: ['shot', 'shoots', 'shooting'],
  speak: ['spoke', 'spoken', 'speaks', 'speaking'],
  go: ['went', 'gone', 'goes', 'going'],
  pen: ['penned', 'pens', 'penning'],
  beg: ['begged', 'begs', 'begging'],
  rip: ['ripped', 'rips', 'ripping'],
  pan: ['panned', 'pans', 'panning'],
  put: ['puts', 'putting'],
  refer: ['referred', 'refers', 'referring'],
  sing: ['sang', 'sung', 'sings', 'singing'],
};

/**
 * Verbs that attribute a quotation ("“Not again,” she sighed") but, without one, describe a sound
 * or an act rather than report speech ("Children sang on the steps"): they start no reported
 * speech for continuations.
 */
export const QUOTATION_ONLY_VERBS: ReadonlySet<string> = new Set([
  'sing', 'chant', 'laugh', 'chuckle', 'sigh', 'cry', 'scream', 'shout', 'yell', 'whisper', 'mutter',
  'murmur', 'groan', 'bark', 'snap', 'scoff', 'sneer', 'gush', 'fume', 'rave', 'mourn', 'recite',
  'read', 'pen', 'quip', 'joke',
]);

/** Verb + particle cues ("called on", "pushed for", "pointed out"); base forms. */
export const PHRASAL_CUES: readonly (readonly [string, string])[] = [
  ['call', 'on'], ['call', 'for'], ['push', 'for'], ['press', 'for'], ['point', 'out'],
  ['lash', 'out'], ['speak', 'out'], ['weigh', 'in'], ['chime', 'in'], ['fire', 'back'],
  ['shoot', 'back'], ['go', 'on'], ['refer', 'to'], ['talk', 'about'], ['hit', 'back'],
  ['put', 'it'], ['spell', 'out'], ['sound', 'off'], ['open', 'up'], ['cry', 'out'],
];

/**
 * Verbs whose base and -s forms are usually nouns ("the report", "his tweets", "a call"):
 * those forms count as cues only right after a name or pronoun.
 */
export const NOUN_LIKE_VERBS: ReadonlySet<string> = new Set([
  'report', 'state', 'point', 'post', 'text', 'email', 'counter', 'charge', 'object', 'answer',
  'comment', 'label', 'term', 'signal', 'hint', 'tout', 'protest', 'sigh', 'snap', 'laugh', 'cry',
  'demand', 'promise', 'pledge', 'estimate', 'repeat', 'claim', 'note', 'quote', 'cite', 'blast',
  'slam', 'praise', 'mock', 'chant', 'blame', 'thank', 'credit', 'question', 'tease', 'muse', 'pen',
  'reason', 'rant', 'gush', 'fume', 'sneer', 'groan', 'vow', 'joke', 'quip', 'boast', 'remark',
  'reply', 'call', 'tweet', 'read', 'find', 'stress', 'recall', 'caution', 'shout', 'yell',
  'whisper', 'murmur', 'scream', 'mutter', 'comment', 'observe', 'continue', 'begin', 'lament',
  'concern', 'vent', 'brand', 'hail', 'fault', 'lash', 'rip', 'pan', 'attack', 'blog', 'dub',
  'indicate', 'order', 'challenge', 'press', 'push', 'fire', 'shoot', 'go', 'talk', 'hit', 'put',
  'spell', 'sound', 'open', 'speak', 'weigh', 'chime', 'refer', 'dispute', 'highlight', 'reject',
  'add', 'describe', 'explain', 'warn', 'plead', 'object', 'bark', 'gripe', 'rave', 'mourn',
  'recite', 'pronounce', 'counter', 'ask', 'rate', 'sing',
]);

export interface CueForm {
  /** The verb's base form. */
  base: string;
  /** A base or -s form (present tense), as opposed to -ed, -ing or an irregular past. */
  present: boolean;
}

/** Every inflected form of every cue verb (lower case) with its base form. */
export function cueVerbTable(extra: readonly string[] = []): Map<string, CueForm> {
  const table = new Map<string, CueForm>();
  const bases = [...SPEECH_VERBS, ...MORE_SPEECH_VERBS, ...PHRASAL_CUES.map(([v]) => v), ...extra];
  for (const raw of bases) {
    const base = raw.toLowerCase();
    const forms = MORE_IRREGULAR[base] ? [base, ...MORE_IRREGULAR[base]] : inflect(base);
    for (const f of forms) {
      if (table.has(f)) continue;
      const present = f === base || (f.endsWith('s') && !f.endsWith('ss') && f !== base && !/ed$|ing$/.test(f));
      table.set(f, { base, present });
    }
  }
  return table;
}
