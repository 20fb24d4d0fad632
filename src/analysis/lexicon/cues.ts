// Attribution cues, one record per verb: its base form, the forms the regular inflection gets
// wrong, and how it behaves. Read by attribution (cue finding), people (a capitalised word right
// before "said" is likely a name) and scripts/build-grammar.mjs (the colouring); no imports, so
// that the grammar builder can load it on its own.

export interface CueVerb {
  /** Base form, lower case; for a fixed phrase, its words ("according to"). */
  base: string;
  /** Every form besides the base, when the regular -s/-ed/-ing rules get them wrong. */
  forms?: readonly string[];
  /** Base and -s forms are usually nouns ("the report", "his tweets", "a call"): they count as
   * cues only right after a name or pronoun. */
  nounLike?: true;
  /** Attributes a quotation ("“Not again,” she sighed") but, without one, describes a sound or
   * an act ("Children sang on the steps"): starts no reported speech for continuations. */
  quotationOnly?: true;
  /** Particles that make a verb + particle cue ("called on", "pushed for", "pointed out"). */
  particles?: readonly string[];
  /** A cue only with one of its particles ("push for", not "push"). */
  particleOnly?: true;
  /** Characterises what someone said ("blast", "praise") or is a weaker sign of speech ("read",
   * "find"): a cue, but not evidence that the capitalised word before it is a person. */
  characterising?: true;
  /** Matched word for word, never inflected ("according to"). */
  fixed?: true;
  /** The source follows the cue ("according to X"). */
  sourceFollows?: true;
  /** Which forms the colouring grammar marks: all, all but -ing ('finite'), or only the past
   * ('past': base and -s forms are common nouns). Absent: none (too often not speech in news copy). */
  colour?: 'all' | 'finite' | 'past';
}

/**
 * Every cue, in the order forms are claimed (a form belongs to the first verb that makes it):
 * verbs that introduce reported speech, then verbs of saying and of characterising what someone
 * said, then verbs that are cues only with a particle, then fixed phrases.
 */
export const CUE_VERBS: readonly CueVerb[] = [
  { base: 'say', forms: ['said', 'says', 'saying'], colour: 'all' },
  { base: 'add', nounLike: true, colour: 'all' },
  { base: 'tell', forms: ['told', 'tells', 'telling'], colour: 'all' },
  { base: 'write', forms: ['wrote', 'written', 'writes', 'writing'], colour: 'past' },
  { base: 'tweet', nounLike: true, colour: 'past' },
  { base: 'call', nounLike: true, particles: ['on', 'for'], colour: 'past' },
  { base: 'insist', colour: 'all' },
  { base: 'argue', colour: 'all' },
  { base: 'ask', nounLike: true, colour: 'past' },
  { base: 'explain', nounLike: true, colour: 'all' },
  { base: 'note', nounLike: true, colour: 'past' },
  { base: 'state', nounLike: true },
  { base: 'declare', colour: 'finite' },
  { base: 'announce', colour: 'finite' },
  { base: 'claim', nounLike: true, colour: 'past' },
  { base: 'contend', colour: 'finite' },
  { base: 'maintain' },
  { base: 'assert', colour: 'finite' },
  { base: 'reply', forms: ['replied', 'replies', 'replying'], nounLike: true, colour: 'past' },
  { base: 'respond', colour: 'past' },
  { base: 'answer', nounLike: true, colour: 'past' },
  { base: 'continue', nounLike: true },
  { base: 'recall', nounLike: true, colour: 'past' },
  { base: 'remark', nounLike: true, colour: 'past' },
  { base: 'comment', nounLike: true, colour: 'past' },
  { base: 'observe', nounLike: true },
  { base: 'warn', nounLike: true, colour: 'finite' },
  { base: 'caution', nounLike: true, colour: 'finite' },
  { base: 'urge', colour: 'finite' },
  { base: 'suggest', colour: 'past' },
  { base: 'acknowledge', colour: 'finite' },
  { base: 'admit', colour: 'past' },
  { base: 'concede', colour: 'finite' },
  { base: 'confirm', colour: 'past' },
  { base: 'deny', forms: ['denied', 'denies', 'denying'], colour: 'past' },
  { base: 'predict', colour: 'past' },
  { base: 'promise', nounLike: true, colour: 'past' },
  { base: 'vow', nounLike: true, colour: 'past' },
  { base: 'pledge', nounLike: true, colour: 'past' },
  { base: 'boast', nounLike: true, colour: 'past' },
  { base: 'complain', colour: 'finite' },
  { base: 'lament', nounLike: true, colour: 'finite' },
  { base: 'joke', nounLike: true, quotationOnly: true, colour: 'past' },
  { base: 'quip', forms: ['quipped', 'quips', 'quipping'], nounLike: true, quotationOnly: true, colour: 'past' },
  { base: 'shout', nounLike: true, quotationOnly: true, colour: 'past' },
  { base: 'yell', nounLike: true, quotationOnly: true, colour: 'past' },
  { base: 'whisper', nounLike: true, quotationOnly: true, colour: 'past' },
  { base: 'mutter', nounLike: true, quotationOnly: true, colour: 'finite' },
  { base: 'cry', forms: ['cried', 'cries', 'crying'], nounLike: true, quotationOnly: true, particles: ['out'] },
  { base: 'exclaim', colour: 'finite' },
  { base: 'scream', nounLike: true, quotationOnly: true, colour: 'past' },
  { base: 'testify', forms: ['testified', 'testifies', 'testifying'], colour: 'past' },
  { base: 'report', nounLike: true, colour: 'past' },
  { base: 'describe', nounLike: true },
  { base: 'emphasize', colour: 'past' },
  { base: 'emphasise', colour: 'past' },
  { base: 'stress', nounLike: true, colour: 'past' },
  { base: 'point', nounLike: true, particles: ['out'] },
  { base: 'post', nounLike: true },
  { base: 'blog', forms: ['blogged', 'blogs', 'blogging'], nounLike: true },
  { base: 'text', nounLike: true },
  { base: 'email', nounLike: true },
  { base: 'recount', colour: 'past' },
  { base: 'counter', nounLike: true },
  { base: 'retort', colour: 'past' },
  // "X echoed:" or "X echoed that view": agreeing by saying the same.
  { base: 'echo', forms: ['echoed', 'echoes', 'echoing'], nounLike: true },
  { base: 'charge', nounLike: true },
  { base: 'allege' },
  { base: 'accuse', colour: 'finite' },
  { base: 'conclude' },
  { base: 'estimate', nounLike: true },
  { base: 'believe' },
  { base: 'think', forms: ['thought', 'thinks', 'thinking'] },
  { base: 'agree' },
  { base: 'disagree' },
  { base: 'begin', forms: ['began', 'begun', 'begins', 'beginning'], nounLike: true },
  { base: 'demand', nounLike: true, colour: 'past' },
  { base: 'mention', colour: 'past' },
  { base: 'inform' },
  { base: 'reiterate', colour: 'finite' },
  { base: 'repeat', nounLike: true },
  { base: 'opine', colour: 'finite' },
  { base: 'speculate', colour: 'past' },
  { base: 'wonder' },
  { base: 'hint', nounLike: true, colour: 'past' },
  { base: 'indicate', nounLike: true },
  { base: 'signal', forms: ['signaled', 'signalled', 'signals', 'signaling', 'signalling'], nounLike: true },
  { base: 'proclaim', colour: 'finite' },
  { base: 'tout', nounLike: true },
  { base: 'brag', colour: 'finite' },
  { base: 'reveal', colour: 'past' },
  { base: 'disclose', colour: 'past' },
  { base: 'advise' },
  { base: 'assure', colour: 'past' },
  { base: 'implore', colour: 'finite' },
  { base: 'plead', nounLike: true, colour: 'past' },
  { base: 'protest', nounLike: true, colour: 'past' },
  { base: 'object', forms: ['objected', 'objects', 'objecting'], nounLike: true },
  { base: 'criticize', colour: 'past' },
  { base: 'criticise', colour: 'past' },
  { base: 'dismiss' },
  { base: 'label', forms: ['labeled', 'labelled', 'labels', 'labeling', 'labelling'], nounLike: true },
  { base: 'dub', forms: ['dubbed', 'dubs', 'dubbing'], nounLike: true },
  { base: 'term', nounLike: true },
  { base: 'summarize', colour: 'past' },
  { base: 'summarise', colour: 'past' },
  { base: 'murmur', nounLike: true, quotationOnly: true, colour: 'past' },
  { base: 'sigh', nounLike: true, quotationOnly: true },
  { base: 'snap', forms: ['snapped', 'snaps', 'snapping'], nounLike: true, quotationOnly: true },
  { base: 'scoff', quotationOnly: true, colour: 'finite' },
  { base: 'chuckle', quotationOnly: true },
  { base: 'laugh', nounLike: true, quotationOnly: true },
  { base: 'read', forms: ['reads', 'reading'], nounLike: true, quotationOnly: true, characterising: true },
  { base: 'quote', nounLike: true, characterising: true },
  { base: 'cite', nounLike: true, characterising: true },
  { base: 'blast', nounLike: true, characterising: true },
  { base: 'slam', nounLike: true, characterising: true },
  { base: 'praise', nounLike: true, characterising: true },
  { base: 'mock', nounLike: true, characterising: true },
  { base: 'chant', nounLike: true, quotationOnly: true, characterising: true },
  { base: 'blame', nounLike: true, characterising: true },
  { base: 'thank', nounLike: true, characterising: true },
  { base: 'credit', nounLike: true, characterising: true },
  { base: 'question', nounLike: true, characterising: true },
  { base: 'decry', characterising: true },
  { base: 'tease', nounLike: true, characterising: true },
  { base: 'muse', nounLike: true, characterising: true },
  { base: 'pen', forms: ['penned', 'pens', 'penning'], nounLike: true, quotationOnly: true, characterising: true },
  { base: 'reason', nounLike: true, characterising: true },
  { base: 'rant', nounLike: true, characterising: true },
  { base: 'gush', nounLike: true, quotationOnly: true, characterising: true },
  { base: 'fume', nounLike: true, quotationOnly: true, characterising: true },
  { base: 'sneer', nounLike: true, quotationOnly: true, characterising: true },
  { base: 'groan', nounLike: true, quotationOnly: true, characterising: true },
  { base: 'beg', forms: ['begged', 'begs', 'begging'], characterising: true },
  { base: 'vent', nounLike: true, characterising: true },
  { base: 'bemoan', characterising: true },
  { base: 'assail', characterising: true },
  { base: 'ridicule', characterising: true },
  { base: 'condemn', characterising: true },
  { base: 'denounce', characterising: true },
  { base: 'lambaste', characterising: true },
  { base: 'scold', characterising: true },
  { base: 'chide', characterising: true },
  { base: 'recommend', characterising: true },
  { base: 'characterize', characterising: true },
  { base: 'characterise', characterising: true },
  { base: 'instruct', characterising: true },
  { base: 'challenge', nounLike: true, characterising: true },
  { base: 'pronounce', nounLike: true, characterising: true },
  { base: 'profess', characterising: true },
  { base: 'attest', characterising: true },
  { base: 'swear', forms: ['swore', 'sworn', 'swears', 'swearing'], characterising: true },
  { base: 'preach', characterising: true },
  { base: 'find', forms: ['found', 'finds', 'finding'], nounLike: true, characterising: true },
  { base: 'reject', nounLike: true, characterising: true },
  { base: 'brand', nounLike: true, characterising: true },
  { base: 'hail', nounLike: true, characterising: true },
  { base: 'applaud', characterising: true },
  { base: 'fault', nounLike: true, characterising: true },
  { base: 'lash', nounLike: true, particles: ['out'], characterising: true },
  { base: 'rip', forms: ['ripped', 'rips', 'ripping'], nounLike: true, characterising: true },
  { base: 'pan', forms: ['panned', 'pans', 'panning'], nounLike: true, characterising: true },
  { base: 'attack', nounLike: true, characterising: true },
  { base: 'contradict', characterising: true },
  { base: 'insinuate', characterising: true },
  { base: 'theorize', characterising: true },
  { base: 'recite', nounLike: true, quotationOnly: true, characterising: true },
  { base: 'mourn', nounLike: true, quotationOnly: true, characterising: true },
  { base: 'rave', nounLike: true, quotationOnly: true, characterising: true },
  { base: 'bark', nounLike: true, quotationOnly: true, characterising: true },
  { base: 'gripe', nounLike: true, characterising: true },
  { base: 'interject', characterising: true },
  { base: 'interrupt', characterising: true },
  { base: 'clarify', characterising: true },
  { base: 'elaborate', characterising: true },
  { base: 'specify', characterising: true },
  { base: 'concur', characterising: true },
  { base: 'surmise', characterising: true },
  { base: 'ponder', characterising: true },
  { base: 'dispute', nounLike: true, characterising: true },
  { base: 'highlight', nounLike: true, characterising: true },
  { base: 'liken', characterising: true },
  { base: 'laud', characterising: true },
  { base: 'rate', nounLike: true, characterising: true },
  { base: 'sing', forms: ['sang', 'sung', 'sings', 'singing'], nounLike: true, quotationOnly: true, characterising: true },
  { base: 'push', nounLike: true, particles: ['for'], particleOnly: true },
  { base: 'press', nounLike: true, particles: ['for'], particleOnly: true },
  { base: 'speak', forms: ['spoke', 'spoken', 'speaks', 'speaking'], nounLike: true, particles: ['out'], particleOnly: true },
  { base: 'weigh', nounLike: true, particles: ['in'], particleOnly: true },
  { base: 'chime', nounLike: true, particles: ['in'], particleOnly: true },
  { base: 'fire', nounLike: true, particles: ['back'], particleOnly: true },
  { base: 'shoot', forms: ['shot', 'shoots', 'shooting'], nounLike: true, particles: ['back'], particleOnly: true },
  { base: 'go', forms: ['went', 'gone', 'goes', 'going'], nounLike: true, particles: ['on'], particleOnly: true },
  { base: 'refer', forms: ['referred', 'refers', 'referring'], nounLike: true, particles: ['to'], particleOnly: true },
  { base: 'talk', nounLike: true, particles: ['about'], particleOnly: true },
  { base: 'hit', nounLike: true, particles: ['back'], particleOnly: true },
  { base: 'put', forms: ['puts', 'putting'], nounLike: true, particles: ['it'], particleOnly: true },
  { base: 'spell', nounLike: true, particles: ['out'], particleOnly: true },
  { base: 'sound', nounLike: true, particles: ['off'], particleOnly: true },
  { base: 'open', nounLike: true, particles: ['up'], particleOnly: true },

  { base: 'according to', fixed: true, sourceFollows: true, colour: 'all' },
];

/** Regular English inflections of a verb: -s, -ed, -ing, with the usual spelling changes. */
export function inflect(base: string): string[] {
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

/** The forms of a cue verb: its own irregular forms if it has them, else the regular ones. */
export function formsOf(verb: CueVerb): string[] {
  return verb.forms ? [verb.base, ...verb.forms] : inflect(verb.base);
}

/** The lexicon's verbs (fixed phrases left out) and the user's extra base forms, in claiming order. */
function inflectedVerbs(extra: readonly string[]): CueVerb[] {
  const known = new Set(CUE_VERBS.map((v) => v.base));
  const added = extra.map((e) => e.toLowerCase()).filter((e) => !known.has(e)).map((base): CueVerb => ({ base }));
  return [...CUE_VERBS.filter((v) => !v.fixed), ...added];
}

/**
 * Every form of every verb that is a cue on its own (particle-only verbs left out), lower case,
 * with the user's extra verbs; without the characterising verbs if so asked.
 */
export function speechVerbForms(extra: readonly string[] = [], options: { characterising?: boolean } = {}): Set<string> {
  const extraSet = new Set(extra.map((e) => e.toLowerCase()));
  const set = new Set<string>();
  for (const verb of inflectedVerbs(extra)) {
    if (verb.particleOnly && !extraSet.has(verb.base)) continue;
    if (verb.characterising && options.characterising === false) continue;
    for (const f of formsOf(verb)) set.add(f);
  }
  return set;
}

export interface CueForm {
  /** The verb's base form. */
  base: string;
  /** A base or -s form (present tense), as opposed to -ed, -ing or an irregular past. */
  present: boolean;
}

/** Every inflected form of every cue verb (lower case) with its base form. */
export function cueVerbTable(extra: readonly string[] = []): Map<string, CueForm> {
  const table = new Map<string, CueForm>();
  for (const verb of inflectedVerbs(extra)) {
    const base = verb.base;
    for (const f of formsOf(verb)) {
      if (table.has(f)) continue;
      const present = f === base || (f.endsWith('s') && !f.endsWith('ss') && f !== base && !/ed$|ing$/.test(f));
      table.set(f, { base, present });
    }
  }
  return table;
}
