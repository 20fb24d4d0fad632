// Guesses whether a bare date word ("Thursday", "in March") points back or forward from the
// publication date, from the verbs nearest to it in the same clause. News convention: an
// unmarked weekday is the most recent one, so 'past' is the caller's default.

export type Tense = 'past' | 'future' | null;

/** Words that put the clause in the future ("will meet Friday", "is scheduled for Monday"). */
const FUTURE = new Set([
  'will', 'would', 'shall', "won't", 'wont', 'scheduled', 'slated', 'expected', 'expects', 'expect', 'planned',
  'planning', 'due', 'upcoming', 'next', 'coming', 'going', 'intends', 'hopes', 'payable', 'effective',
  'supposed',
]);

/** Common irregular past forms; regular ones are caught by their -ed ending. */
const PAST = new Set([
  'said', 'was', 'were', 'had', 'did', 'told', 'met', 'took', 'made', 'came', 'went', 'left',
  'began', 'won', 'lost', 'saw', 'gave', 'held', 'fell', 'rose', 'sent', 'spoke', 'wrote',
  'broke', 'struck', 'got', 'paid', 'sold', 'bought', 'found', 'became', 'ran', 'brought',
  'thought', 'felt', 'kept', 'led', 'meant', 'put', 'read', 'set', 'shot', 'stood', 'taught',
  'ago', 'last', 'earlier', 'since', 'knew', 'grew', 'drew', 'flew', 'threw', 'chose',
]);

/** -ed words that are not past verbs. */
const NOT_PAST = new Set(['need', 'indeed', 'hundred', 'proceed', 'exceed', 'succeed', 'speed', 'seed', 'feed', 'breed', 'shed', 'bed', 'red', 'fed', 'embed', 'united', 'limited', 'scheduled', 'expected', 'planned']);

const WORD = /[A-Za-z][A-Za-z']*/g;

function classify(words: string[], i: number): Tense {
  const word = words[i];
  if (word === undefined) return null;
  const w = word.toLowerCase();
  // "set to" / "set for" look ahead; "set on Aug. 6" is a past event.
  if (w === 'set') return /^(?:to|for)$/i.test(words[i + 1] ?? '') ? 'future' : 'past';
  // "plans to" is a verb of intent, "the plan" is not; sentence-initial "Until X, ..." looks back.
  if (w === 'plan' || w === 'plans') return /^to$/i.test(words[i + 1] ?? '') ? 'future' : null;
  if (word === 'until' || word === 'till') return 'future';
  if (FUTURE.has(w) || w.endsWith("'ll")) return 'future';
  if (PAST.has(w)) return 'past';
  if (w.length >= 5 && w.endsWith('ed') && !NOT_PAST.has(w) && word[0] === w[0]) return 'past';
  return null;
}

/** "will be held", "to be announced": a past participle after an auxiliary of the future. */
function futureAux(words: string[], i: number): boolean {
  for (const word of words.slice(Math.max(0, i - 3), Math.max(0, i)).reverse()) {
    const w = word.toLowerCase();
    if (/^(?:be|been|being|not|still|also|never|then|soon|only)$/.test(w)) continue;
    return w === 'will' || w === 'would' || w === 'to' || w.endsWith("'ll");
  }
  return false;
}

function scan(words: string[], order: number[]): Tense {
  for (const i of order) {
    const t = classify(words, i);
    if (t === 'past' && futureAux(words, i)) return 'future';
    if (t) return t;
  }
  return null;
}

/**
 * The tense around paragraph[start, end): the nearest cue before it in the clause, else the
 * nearest after it. Windows are bounded, so the cost does not grow with the paragraph.
 */
export function tenseAround(paragraph: string, start: number, end: number): Tense {
  const before = clauseBefore(paragraph, start);
  if (/\b(?:as (?:soon|early) as|of record)\s*$/i.test(before)) return 'future';
  const after = clauseAfter(paragraph, end);
  const bw = before.match(WORD) ?? [];
  const back = scan(bw, bw.map((_, i) => bw.length - 1 - i).slice(0, 10));
  if (back) return back;
  const aw = after.match(WORD) ?? [];
  return scan(aw, aw.map((_, i) => i).slice(0, 8));
}

function clauseBefore(p: string, start: number): string {
  const from = Math.max(0, start - 100);
  const s = p.slice(from, start);
  const cut = Math.max(s.lastIndexOf('. '), s.lastIndexOf('? '), s.lastIndexOf('! '), s.lastIndexOf(';'));
  return cut >= 0 ? s.slice(cut + 1) : s;
}

function clauseAfter(p: string, end: number): string {
  const s = p.slice(end, end + 80);
  const m = /[.;?!](?:\s|$)/.exec(s);
  return m ? s.slice(0, m.index) : s;
}
