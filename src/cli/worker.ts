// Worker thread for `news-annotate --jsonl --jobs N`: analyses lines sent by the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer } from '../analysis/analyze';
import type { JsonlItem } from './input';
import { processJsonlItem } from './jsonl-line';

const analyzer = new Analyzer();
const referenceDate = (workerData as { referenceDate: string | null }).referenceDate;

parentPort?.on('message', (batch: { seq: number; lines: JsonlItem[] }) => {
  const out = batch.lines.map((l) => processJsonlItem(analyzer, l, referenceDate));
  parentPort?.postMessage({ seq: batch.seq, out });
});
