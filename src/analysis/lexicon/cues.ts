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
