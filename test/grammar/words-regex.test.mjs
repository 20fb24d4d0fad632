// The colouring grammar lists its cue verbs and titles as word alternations factored by their
// beginnings (scripts/grammar-words.mjs). Factored or listed longest first, an alternation must
// find the same words at the same places: this scans the seed articles and some made-up
// sentences with both and compares every match. Run: node test/grammar/words-regex.test.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordsRegex } from '../../scripts/grammar-words.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const lists = [
  ['[Ss]aid', '[Ss]ays', '[Ss]ay', '[Ss]aying', '[Aa]dded', '[Aa]dds', '[Aa]ccording\\s+to', '[Aa]ccused', '[Aa]ccuse', '[Aa]ccuses', '[Tt]old', '[Tt]ells'],
  ['Lt\\.\\s+Gov\\.', 'Lt\\.', 'Rep\\.', 'Reps\\.', 'Sen\\.', 'Sens\\.', 'Dr\\.', 'Mr\\.', 'Mrs\\.', 'Ms\\.', 'Prime\\s+Minister', 'Minister', 'President', 'Pres\\.'],
  ['press\\s+secretary', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'prime\\s+minister'],
];
const longestFirst = (words) => [...words].sort((a, b) => b.length - a.length || a.localeCompare(b));
const texts = readdirSync(join(root, 'seeds')).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(root, 'seeds', n), 'utf8'));
texts.push('Lt. Gov. Ann Lee said, Lt. Dan says; Reps. Joe Wilson and Rep. Ann Cole, according  to Sens. Lee, accused accuses accuse; said Says saying sayings; Prime Minister Li, prime minister Li Keqiang, press secretary Josh Earnest; Minister Wang told');

const matches = (source, text) => [...text.matchAll(new RegExp(source, 'g'))].map((m) => `${m.index}:${m[0]}`);
let failures = 0;
let compared = 0;
for (const list of lists) {
  const { guard, body } = wordsRegex(list);
  const factored = `\\b${guard}${body}\\b`;
  const plain = `\\b(?:${longestFirst(list).join('|')})\\b`;
  for (const text of texts) {
    const a = matches(plain, text);
    const b = matches(factored, text);
    compared += a.length;
    if (a.join('|') !== b.join('|')) {
      failures++;
      console.error(`✗ ${list.slice(0, 3).join(', ')}…: listed ${a.slice(0, 8).join(' ')} | factored ${b.slice(0, 8).join(' ')}`);
    }
  }
  // Every word of the list is found whole, on its own.
  for (const w of list) {
    const sample = w.replace(/\\s\+/g, ' ').replace(/\\(.)/g, '$1').replace(/\[(.)(.)\]/g, '$2');
    if (matches(`${guard}${body}`, ` ${sample} `).join() !== `1:${sample}`) {
      failures++;
      console.error(`✗ "${sample}" is not found whole by ${guard}${body}`);
    }
  }
}
// The first-character lookahead: a set of plain characters, escaped where a class would read
// them otherwise; none when the words may begin with spaces or a negated class, or there are none.
const guards = [
  [['-b', '^y', ']z', 'a'], '(?=[\\-\\^\\]a])'],
  [['[Ss]aid', '\\.com'], '(?=[Ss\\.])'],
  [['\\s+said'], ''],
  [['[^x]y'], ''],
  [[], ''],
];
for (const [list, expected] of guards) {
  const { guard } = wordsRegex(list);
  if (guard !== expected) {
    failures++;
    console.error(`✗ the lookahead of ${JSON.stringify(list)} is ${guard}, not ${expected}`);
  }
}
if (compared < 20) {
  console.error(`✗ only ${compared} matches compared: the texts do not exercise the lists`);
  failures++;
}
if (failures) process.exit(1);
console.log(`✓ factored word alternations: the same ${compared} matches as the lists longest first`);
