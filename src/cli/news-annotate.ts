// news-annotate: the command-line annotator over the same engine as the extension.
// Exit codes: 0 success; 1 a file could not be read or was over the size limit, or a sidecar of
// marks beside it is malformed (the others are still reported); 2 usage.
import * as fs from 'node:fs';
import { Analyzer } from '../analysis/analyze';
import { parseArgs, UsageError, USAGE } from './args';
import { InputError, readArticle } from './input';
import { JsonlInput, runJsonl } from './jsonl';
import { formatExplanations, formatReport, visible } from './report';
import { toContract } from '../analysis/contract';
import { withVerification } from '../workspace/verification-export';
import { applySidecar, MarkedResult } from './sidecar-marks';

const VERSION = '0.1.0';

/** One line on stderr about an input, with any control characters in its name made visible. */
function complain(file: string, reason: string): void {
  process.stderr.write(`news-annotate: cannot read ${visible(file)}: ${reason}\n`);
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`news-annotate: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args.mode === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args.mode === 'lsp') {
    // Runs until the client sends exit or closes stdin; nothing else may write to stdout. Loaded
    // here, so the other modes do not pay for the protocol packages.
    const { startLanguageServer } = await import('../lsp/server');
    startLanguageServer(process.stdin, process.stdout);
    return new Promise<number>(() => undefined);
  }
  if (args.mode === 'version') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  if (args.mode === 'jsonl') {
    let failed = false;
    const inputs: JsonlInput[] = args.files.length
      ? args.files.map((f) => ({
          name: f,
          open: () => {
            if (f === '-') return process.stdin;
            // Opened here, so that an error names the file before any of its lines are read.
            const fd = fs.openSync(f, 'r');
            if (fs.fstatSync(fd).isDirectory()) {
              fs.closeSync(fd);
              throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
            }
            return fs.createReadStream(f, { fd });
          },
        }))
      : [{ name: 'stdin', open: () => process.stdin }];
    await runJsonl(inputs, {
      referenceDate: args.referenceDate,
      engine: args.engine,
      jobs: args.jobs,
      maxBytes: args.maxBytes,
      out: process.stdout,
      onInputError: (name, reason) => {
        complain(name, reason);
        failed = true;
      },
    });
    return failed ? 1 : 0;
  }

  const analyzer = new Analyzer(args.engine);
  const results = [];
  let failed = false;
  for (const file of args.files) {
    let text: string;
    try {
      text = readArticle(file, args.maxBytes);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      complain(file, e.message);
      failed = true;
      continue;
    }
    const engine = analyzer.analyze(text, { id: file, referenceDate: args.referenceDate });
    const marked: MarkedResult = args.marks ? await applySidecar(file, text, engine) : { result: engine };
    if (marked.problem) {
      process.stderr.write(`news-annotate: ${visible(marked.problem)}\n`);
      failed = true;
    }
    const r = marked.result;
    if (args.mode === 'json') results.push(withVerification(toContract(r), marked.verified));
    else if (args.mode === 'explain') process.stdout.write(formatExplanations(file, text, r));
    else process.stdout.write(formatReport(file, text, r));
  }
  if (args.mode === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  return failed ? 1 : 0;
}

// A closed pipe (`news-annotate ... | head`) ends the run quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: Error) => {
    process.stderr.write(`news-annotate: ${e.message}\n`);
    process.exitCode = 1;
  },
);
