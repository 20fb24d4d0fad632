// --jsonl mode: JSON lines in, one result line out per input line, in input order.
// With more than one job, batches of lines go to worker threads; results are written in order.
// An input that cannot be read (a directory, a file that vanished) is reported on stderr by name
// and the run goes on with the next one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { Analyzer } from '../analysis/analyze';
import type { AnalyzeOptions } from '../analysis/types';

export type EngineOptions = Pick<AnalyzeOptions, 'gender' | 'extraSourceKinds'>;
import { describeReadError, JsonlItem, jsonLines } from './input';
import { processJsonlItem } from './jsonl-line';

const BATCH_LINES = 16;
const MAX_BATCHES_IN_FLIGHT_PER_WORKER = 4;

export interface JsonlInput {
  /** For messages: the file name, or "stdin". */
  name: string;
  open: () => Readable;
}

export interface JsonlOptions {
  referenceDate: string | null;
  /** The engine's settings (each worker makes its Analyzer with them). */
  engine?: EngineOptions;
  jobs: number;
  /** Longest line read, in bytes; longer lines get an error line. */
  maxBytes: number;
  out: Writable;
  /** Called when an input fails; the run goes on with the next input. */
  onInputError: (name: string, reason: string) => void;
}

/** Reads every input in order, line by line; skips blank lines; reports unreadable inputs. */
async function* inputLines(inputs: JsonlInput[], opts: JsonlOptions): AsyncGenerator<JsonlItem> {
  for (const input of inputs) {
    let stream: Readable;
    try {
      stream = input.open();
    } catch (e) {
      opts.onInputError(input.name, describeReadError(e));
      continue;
    }
    try {
      yield* jsonLines(stream, opts.maxBytes);
    } catch (e) {
      opts.onInputError(input.name, describeReadError(e));
    } finally {
      if (stream !== process.stdin) stream.destroy();
    }
  }
}

function write(out: Writable, s: string): Promise<void> {
  return new Promise((resolve) => {
    if (out.write(s)) resolve();
    else out.once('drain', resolve);
  });
}

export async function runJsonl(inputs: JsonlInput[], opts: JsonlOptions): Promise<void> {
  if (opts.jobs <= 1) {
    const analyzer = new Analyzer(opts.engine);
    for await (const item of inputLines(inputs, opts)) {
      await write(opts.out, processJsonlItem(analyzer, item, opts.referenceDate) + '\n');
    }
    return;
  }
  await runParallel(inputs, opts);
}

async function runParallel(inputs: JsonlInput[], opts: JsonlOptions): Promise<void> {
  const workerFile = path.join(__dirname, 'worker.js');
  if (!fs.existsSync(workerFile)) throw new Error(`worker script not found at ${workerFile}`);
  const workers = Array.from({ length: opts.jobs }, () => new Worker(workerFile, { workerData: { referenceDate: opts.referenceDate, engine: opts.engine ?? {} } }));
  const done = new Map<number, string[]>();
  let nextToWrite = 0;
  let sent = 0;
  let waitingForRoom: (() => void) | null = null;
  let failure: Error | null = null;
  let flushing = Promise.resolve();

  const flush = async (): Promise<void> => {
    for (let out = done.get(nextToWrite); out; out = done.get(nextToWrite)) {
      done.delete(nextToWrite++);
      await write(opts.out, out.map((l) => l + '\n').join(''));
    }
  };
  for (const w of workers) {
    w.on('message', (m: { seq: number; out: string[] }) => {
      done.set(m.seq, m.out);
      // Wake the reader only after the flush has moved nextToWrite on.
      flushing = flushing.then(flush).then(() => waitingForRoom?.());
    });
    w.on('error', (e) => {
      failure = e;
      waitingForRoom?.();
    });
  }
  const inFlight = (): number => sent - nextToWrite;
  const limit = opts.jobs * MAX_BATCHES_IN_FLIGHT_PER_WORKER;
  let batch: JsonlItem[] = [];
  const send = async (): Promise<void> => {
    while (inFlight() >= limit && !failure) await new Promise<void>((r) => (waitingForRoom = r));
    if (failure) throw failure;
    workers[sent % workers.length].postMessage({ seq: sent, lines: batch });
    sent++;
    batch = [];
  };
  try {
    for await (const item of inputLines(inputs, opts)) {
      batch.push(item);
      if (batch.length >= BATCH_LINES) await send();
    }
    if (batch.length) await send();
    while (nextToWrite < sent && !failure) await new Promise<void>((r) => (waitingForRoom = r));
    await flushing;
    if (failure) throw failure;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
