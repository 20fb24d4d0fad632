// Whole-article checks of the TextMate grammar against every article in seeds/, tokenized line by
// line the way VS Code does (lines without their \r\n, state carried from line to line).
// The *.test.news files pin scopes on chosen lines; this script checks properties that hold for
// every line of every article: the headline is line 1 and only line 1, the footer is scoped,
// no quotation state leaks into the next paragraph, and apostrophes are never quotation marks.
// Run: node test/grammar/seeds.test.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');
const { parseGrammarTestCase } = require('vscode-tmgrammar-test/dist/unit/index.js');

await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
const registry = new vsctm.Registry({
  onigLib: Promise.resolve({
    createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
    createOnigString: (s) => new oniguruma.OnigString(s),
  }),
  loadGrammar: async (scopeName) =>
    scopeName === 'text.news'
      ? vsctm.parseRawGrammar(readFileSync(join(root, 'syntaxes', 'news.tmLanguage.json'), 'utf8'), 'news.tmLanguage.json')
      : null,
});
const grammar = await registry.loadGrammar('text.news');

let checks = 0;
const failures = [];
function check(ok, where, message) {
  checks++;
  if (!ok) failures.push(`${where}: ${message}`);
}

const HEADING = 'markup.heading.news';
const FOOTER = 'comment.line.footer.news';
const STRING = /^string\.quoted\./;
const MARK = /^punctuation\.definition\.string\.(begin|end)\.news$/;
const LETTER = /\p{L}/u;

const seedDir = join(root, 'seeds');
const seeds = readdirSync(seedDir).filter((f) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(f)).sort();
check(seeds.length >= 5, 'seeds/', `expected the seed article and at least 4 more, found ${seeds.length}`);

for (const file of seeds) {
  const lines = readFileSync(join(seedDir, file), 'utf8').split(/\r?\n/);
  const lastText = lines.map((l) => l.trim() !== '').lastIndexOf(true);
  let state = vsctm.INITIAL;
  lines.forEach((line, n) => {
    const where = `seeds/${file}:${n + 1}`;
    const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
    state = ruleStack;
    const scopesAt = (i) => tokens.find((t) => t.startIndex <= i && i < t.endIndex)?.scopes ?? [];
    const everyToken = (scope) => tokens.every((t) => t.scopes.includes(scope));
    const someToken = (scope) => tokens.some((t) => t.scopes.includes(scope));

    if (n === 0) check(everyToken(HEADING), where, 'the first line is not entirely markup.heading.news');
    else check(!someToken(HEADING), where, 'markup.heading.news outside the first line');
    if (n === lastText) check(everyToken(FOOTER), where, 'the footer line is not entirely comment.line.footer.news');

    // Paragraphs are lines: nothing may stay open into the next one.
    check(ruleStack.depth === vsctm.INITIAL.depth, where, `rule stack depth ${ruleStack.depth} at end of line`);

    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      const scopes = scopesAt(i);
      const isMark = scopes.some((s) => MARK.test(s));
      if (ch === '“') check(isMark && scopes.includes('punctuation.definition.string.begin.news'), where, `col ${i + 1}: “ is not an opening mark`);
      if (ch === '”') check(isMark && scopes.includes('punctuation.definition.string.end.news'), where, `col ${i + 1}: ” is not a closing mark`);
      if ((ch === '’' || ch === "'") && (LETTER.test(line[i + 1] ?? '') || /\d/.test(line[i + 1] ?? ''))) {
        // An apostrophe inside or before a word (don’t, China’s, ’90s) is never a quotation mark.
        if (LETTER.test(line[i - 1] ?? '') || /\d/.test(line[i + 1] ?? '')) {
          check(!isMark, where, `col ${i + 1}: apostrophe in "${line.slice(Math.max(0, i - 6), i + 4)}" scoped as a quotation mark`);
        }
      }
      if (/[“”"]/.test(ch) && !isMark) check(false, where, `col ${i + 1}: ${ch} outside a quotation scope`);
      if (ch === '“') {
        // From an opening mark to its closing mark (or the end of the paragraph) is all quotation.
        const close = line.indexOf('”', i + 1);
        const stop = close === -1 ? line.length : close + 1;
        let covered = true;
        for (let j = i; j < stop; j++) if (!scopesAt(j).some((s) => STRING.test(s))) covered = false;
        check(covered, where, `col ${i + 1}: quotation not covered by string.quoted.* to its end`);
      }
    }
  });
}

// Count the scope assertions that vscode-tmgrammar-test checked in test/grammar/*.test.news.
const testDir = join(root, 'test', 'grammar');
const testFiles = readdirSync(testDir).filter((f) => f.endsWith('.test.news'));
let assertions = 0;
for (const f of testFiles) {
  const tc = parseGrammarTestCase(readFileSync(join(testDir, f), 'utf8'));
  for (const line of tc.assertions) assertions += line.scopeAssertions.length;
}

if (failures.length) {
  for (const f of failures) console.error('✖ ' + f);
  console.error(`grammar seed checks: ${failures.length} of ${checks} failed`);
  process.exit(1);
}
console.log(`✓ grammar scope assertions: ${assertions} in ${testFiles.length} *.test.news files (vscode-tmgrammar-test)`);
console.log(`✓ grammar seed checks: ${checks} passed over ${seeds.length} articles in seeds/`);
