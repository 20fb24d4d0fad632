// Child process of the benchmark: analyses one article of the given size (in MB, built from the
// seeds) with a fresh analyser and reports the process's peak memory. Prints one JSON line.
//   node out/scripts/bench/rss-child.js 5
import { Analyzer } from '../../src/analysis/analyze';
import { articleOfSize } from './corpus';

const mb = Number(process.argv[2] ?? '5');
const text = articleOfSize(mb * 1024 * 1024);
const before = process.resourceUsage().maxRSS;
const t0 = performance.now();
const result = new Analyzer().analyze(text);
const ms = performance.now() - t0;
process.stdout.write(
  JSON.stringify({
    chars: text.length,
    bytes: Buffer.byteLength(text),
    ms,
    maxRSSMB: process.resourceUsage().maxRSS / 1024,
    rssBeforeMB: before / 1024,
    quotes: result.quotes.length,
    people: result.people.length,
  }) + '\n',
);
