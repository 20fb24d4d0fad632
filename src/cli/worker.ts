// Worker thread for `news-annotate --jsonl --jobs N`: analyses lines sent by the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer } from '../analysis/analyze';
import type { JsonlItem } from './input';
import { processJsonlItem } from './jsonl-line';
import type { EngineOptions } from './jsonl';

const data = workerData as { referenceDate: string | null; engine: EngineOptions };
const analyzer = new Analyzer(data.engine);
const referenceDate = data.referenceDate;

parentPort?.on('message', (batch: { seq: number; lines: JsonlItem[] }) => {
  const out = batch.lines.map((l) => processJsonlItem(analyzer, l, referenceDate));
  parentPort?.postMessage({ seq: batch.seq, out });
});
