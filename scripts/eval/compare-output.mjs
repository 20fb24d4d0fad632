// node scripts/eval/compare-output.mjs --save DIR | --against DIR  [--jobs N] [--no-rule-check] [FILE.jsonl...]
// Behaviour check for refactorings: runs the built CLI (dist/news-annotate.js --jsonl) over
// evaluation files and either saves its output (--save) or compares it object by object with a
// saved run (--against), ignoring only the fields a refactoring may add (`rule`, `explanation`).
// Keep DIR outside the repository: the outputs quote copyrighted evaluation texts.
// Also checks that every attributed quotation names the attribution rule that found it.
// Reference dates are fed as `npm run eval` does: the day of `publication_date` or `dct`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { root, runCli } from './cli-run.mjs';

const DEFAULT_FILES = ['polnear-train.jsonl', 'polnear-dev.jsonl', 'tbaq-timex.jsonl'].map((f) => path.join(root, '../shared/eval', f));
/** Fields added by issue 11 that the baseline does not have. */
const NEW_QUOTE_FIELDS = new Set(['rule', 'explanation']);

function parseArgs(argv) {
  const opts = { save: null, against: null, jobs: 2, ruleCheck: true, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--save') opts.save = argv[++i];
    else if (a === '--against') opts.against = argv[++i];
    else if (a === '--jobs') opts.jobs = Number(argv[++i]);
    else if (a === '--no-rule-check') opts.ruleCheck = false;
    else opts.files.push(a);
  }
  if (!opts.save === !opts.against) {
    process.stderr.write('usage: compare-output.mjs --save DIR | --against DIR [--jobs N] [FILE.jsonl...]\n');
    process.exit(2);
  }
  if (!opts.files.length) opts.files = DEFAULT_FILES;
  return opts;
}

/** A copy without the fields that the comparison ignores. */
function withoutNewFields(result) {
  if (!Array.isArray(result.quotes)) return result;
  return { ...result, quotes: result.quotes.map((q) => Object.fromEntries(Object.entries(q).filter(([k]) => !NEW_QUOTE_FIELDS.has(k)))) };
}

/** Paths (like quotes[3].speaker) where a and b differ. */
function differences(a, b, at = '', out = []) {
  if (a === b) return out;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    out.push(at || '(root)');
    return out;
  }
  if (Array.isArray(a) && a.length !== b.length) out.push(`${at}.length ${a.length} -> ${b.length}`);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (Array.isArray(a) && Number(k) >= Math.min(a.length, b.length)) continue;
    differences(a[k], b[k], Array.isArray(a) ? `${at}[${k}]` : at ? `${at}.${k}` : k, out);
  }
  return out;
}

/** The rule ids of the engine's rule book (src/analysis/attribution/rules.ts). */
const RULE_IDS = new Set([...fs.readFileSync(path.join(root, 'src/analysis/attribution/rules.ts'), 'utf8').matchAll(/^\s*id: '([^']+)'/gm)].map((m) => m[1]));

/** Attributed quotations (a speaker, or an attribution other than none) whose rule is not an id of
 * the rule book; and unattributed ones with a rule. */
function missingRules(result) {
  if (!Array.isArray(result.quotes)) return [];
  return result.quotes.flatMap((q, i) => {
    const attributed = q.speaker !== null || q.speakerName !== null || q.attribution !== 'none';
    const ok = attributed ? RULE_IDS.has(q.rule) : q.rule === null;
    return ok ? [] : [`quotes[${i}] (rule ${JSON.stringify(q.rule)})`];
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  let failures = 0;
  for (const file of opts.files) {
    const name = path.basename(file);
    const output = await runCli(file, opts.jobs);
    if (opts.save) {
      fs.mkdirSync(opts.save, { recursive: true });
      fs.writeFileSync(path.join(opts.save, name), output);
      process.stdout.write(`${name}: saved ${output.split('\n').filter(Boolean).length} results to ${opts.save}\n`);
      continue;
    }
    const before = fs.readFileSync(path.join(opts.against, name), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const after = output.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    let differing = 0;
    let unruled = 0;
    let quotes = 0;
    let ruled = 0;
    if (before.length !== after.length) {
      process.stdout.write(`${name}: ${before.length} results before, ${after.length} after\n`);
      failures++;
    }
    for (let i = 0; i < Math.min(before.length, after.length); i++) {
      const diff = differences(withoutNewFields(before[i]), withoutNewFields(after[i]));
      if (diff.length) {
        differing++;
        process.stdout.write(`${name} ${after[i].id}: ${diff.slice(0, 12).join(', ')}${diff.length > 12 ? ` … (${diff.length})` : ''}\n`);
      }
      const missing = opts.ruleCheck ? missingRules(after[i]) : [];
      if (missing.length) {
        unruled += missing.length;
        if (unruled <= 20) process.stdout.write(`${name} ${after[i].id}: attributed without rule: ${missing.join(', ')}\n`);
      }
      for (const q of after[i].quotes ?? []) {
        quotes++;
        if (typeof q.rule === 'string') ruled++;
      }
    }
    failures += differing + unruled;
    process.stdout.write(`${name}: ${after.length} results, ${differing} differ, ${quotes} quotes, ${ruled} with a rule, ${unruled} attributed without a rule\n`);
  }
  if (!RULE_IDS.size) throw new Error('no rule ids found in src/analysis/attribution/rules.ts');
  process.exitCode = failures ? 1 : 0;
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exitCode = 2;
});
