// Runs the built CLI (dist/news-annotate.js --jsonl) over an evaluation file, feeding each
// article with the reference date `npm run eval` gives the engine: the day of `publication_date`
// or `dct`. Shared by compare-output.mjs and check-port.mjs.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/news-annotate.js');

/** The CLI's input line for one evaluation record, with its reference date. */
export function inputLine(record) {
  const stamp = record.publication_date ?? record.dct ?? record.referenceDate ?? null;
  const referenceDate = typeof stamp === 'string' && /^\d{4}-\d{2}-\d{2}/.test(stamp) ? stamp.slice(0, 10) : null;
  return JSON.stringify({ id: record.id, text: record.text, referenceDate });
}

/** The CLI's output (JSON lines) for the records of `file`, or for `records` when given; `flags`: more options. */
export function runCli(file, jobs, records = null, flags = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '--jsonl', '--jobs', String(jobs), ...flags], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`CLI exit ${code} on ${file}`))));
    const all = records ?? fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    for (const record of all) child.stdin.write(inputLine(record) + '\n');
    child.stdin.end();
  });
}
