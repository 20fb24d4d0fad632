// Worker thread for `news-annotate --jsonl --jobs N`: analyses lines sent by the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer } from '../analysis/analyze';
import { processJsonlLine } from './jsonl-line';

const analyzer = new Analyzer();
const referenceDate = (workerData as { referenceDate: string | null }).referenceDate;

parentPort?.on('message', (batch: { seq: number; lines: string[] }) => {
  const out = batch.lines.map((l) => processJsonlLine(analyzer, l, referenceDate));
  parentPort?.postMessage({ seq: batch.seq, out });
});
