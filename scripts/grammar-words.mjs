// Word lists as regular expressions for the colouring grammar (scripts/build-grammar.mjs).

/** A fragment's parts: an escaped character, a class such as [Ss], a run of spaces, a character. */
export const partsOf = (fragment) => fragment.match(/\[[^\]]+\]|\\s\+|\\.|./g) ?? [];

/**
 * A lookahead for the characters the words can begin with, or '' when that is not a plain set:
 * no words, a run of spaces first, or a negated class.
 */
function firstCharacterGuard(parts) {
  if (!parts.length) return '';
  const members = [];
  for (const part of parts) {
    if (part === '\\s+' || part.startsWith('[^')) return '';
    if (part.startsWith('[')) members.push(part.slice(1, -1));
    else if (part.startsWith('\\')) members.push(part);
    else members.push(part.replace(/[\]\\^-]/g, '\\$&'));
  }
  return `(?=[${[...new Set(members)].join('')}])`;
}

/**
 * The alternation of word fragments (escaped text, [Xx] classes, \s+), factored by common
 * beginnings: "(?:said|says|saying)" becomes "(?:sa(?:id|ys|ying))". It matches the same
 * words, a longer one before its own beginning as when they are listed longest first, but the
 * regex engine no longer tries every word at every position: with a few hundred words the
 * colouring of a long article took several times longer. A lookahead on the possible first
 * characters lets it skip the other positions at once.
 */
export function wordsRegex(fragments) {
  const root = { next: new Map(), ends: false };
  for (const f of fragments) {
    let node = root;
    for (const part of partsOf(f)) {
      if (!node.next.has(part)) node.next.set(part, { next: new Map(), ends: false });
      node = node.next.get(part);
    }
    node.ends = true;
  }
  const emit = (node) => {
    const alternatives = [...node.next].map(([part, child]) => part + emit(child));
    if (!alternatives.length) return '';
    if (alternatives.length === 1 && !node.ends) return alternatives[0];
    // A word that ends here comes after the longer ones that go on (greedy ?).
    return `(?:${alternatives.join('|')})${node.ends ? '?' : ''}`;
  };
  return { guard: firstCharacterGuard([...root.next.keys()]), body: emit(root) };
}

