// Child process of the benchmark: compromise's bare `nlp(text)` over every text of a JSONL file,
// as the yardstick for the CLI's throughput. Prints one JSON line.
//   node out/scripts/bench/compromise-child.js FILE.jsonl
import * as fs from 'node:fs';

const file = process.argv[2];
const t0 = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded here, timed
const nlp = require('compromise') as (text: string) => { length: number };
const t1 = performance.now();
const texts = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);
const t2 = performance.now();
let sentences = 0;
for (const text of texts) sentences += nlp(text).length;
const t3 = performance.now();
process.stdout.write(JSON.stringify({ loadMs: t1 - t0, readMs: t2 - t1, nlpMs: t3 - t2, texts: texts.length, sentences }) + '\n');
