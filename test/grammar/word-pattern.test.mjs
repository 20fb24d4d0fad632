// Checks the wordPattern of language-configuration.json the way VS Code applies it (a global
// RegExp scanned over the line): abbreviations, party-state tags and contractions stay whole.
// Run: node test/grammar/word-pattern.test.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const config = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8'));
const source = typeof config.wordPattern === 'string' ? config.wordPattern : config.wordPattern.pattern;
const flags = typeof config.wordPattern === 'string' ? '' : config.wordPattern.flags ?? '';
const words = (line) => line.match(new RegExp(source, flags.includes('g') ? flags : flags + 'g')) ?? [];

// Each case: a line from the seed articles (or a short sentence) and words that must come out whole.
const cases = [
  ['Lawmakers have pushed for swift action. Earlier this month, Reps. Joe Wilson (R-S.C.) and Randy Forbes (R-Va.) called on the administration',
    ['Reps.', 'R-S.C.', 'R-Va.', 'action', 'month', 'Lawmakers']],
  ['President Xi is scheduled to arrive Sept. 25.', ['Sept.', '25', 'President']],
  ['statements or actions that harm China’s interests', ['China’s']],
  ["\"We don't get to pick the year a bridge wears out,\" Doe said.", ["don't", 'said', 'out']],
  ['A senior Chinese official said Thursday that Beijing opposes cyberattacks and wants to work with the U.S. to boost Internet security', ['U.S.', 'Thursday']],
  ['Committee Chairman Ron Johnson (R-Wis.) on Wednesday', ['R-Wis.', 'Chairman']],
  ['written by Reps. Maria Delgado (D-N.Y.) and Tom Becker (R-Ohio), passed', ['D-N.Y.', 'R-Ohio']],
  ['who has lived in Harbor View since the ’80s. “You don’t close that', ['’80s', 'don’t']],
  ['The project is expected to cost $14.5 million, roughly 60% of that amount.', ['$14.5', '60%', 'amount']],
  ['Sen. Ann Cole said the state-backed plan was Dr. Das’s idea, at 3 p.m. next week.', ['Sen.', 'state-backed', 'Dr.', 'Das’s', 'p.m.', 'week']],
  ['Zoë Ça Über-cool état', ['Zoë', 'Ça', 'Über-cool', 'état']],
];
// Words that must not appear: an ordinary word keeps its sentence period outside.
const forbidden = ['action.', 'week.', 'amount.', '25.', '(R-S.C.)', 'Doe said'];

let checks = 0;
const failures = [];
for (const [line, expected] of cases) {
  const found = words(line);
  for (const w of expected) {
    checks++;
    if (!found.includes(w)) failures.push(`"${w}" is not one word in: ${line}\n    got: ${found.join(' | ')}`);
  }
  for (const w of forbidden) {
    checks++;
    if (found.includes(w)) failures.push(`"${w}" should not be one word in: ${line}`);
  }
}
checks++;
if (new RegExp(source, flags).test('')) failures.push('wordPattern matches the empty string');

if (failures.length) {
  for (const f of failures) console.error('✖ ' + f);
  console.error(`wordPattern checks: ${failures.length} of ${checks} failed`);
  process.exit(1);
}
console.log(`✓ wordPattern checks: ${checks} passed`);
