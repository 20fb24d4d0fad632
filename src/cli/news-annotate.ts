// news-annotate: the command-line annotator over the same engine as the extension.
// Exit codes: 0 success; 1 a file could not be read (the others are still reported); 2 usage.
import * as fs from 'node:fs';
import { Analyzer } from '../analysis/analyze';
import { parseArgs, UsageError, USAGE } from './args';
import { runJsonl } from './jsonl';
import { formatReport } from './report';
import { toContract } from './result';

const VERSION = '0.1.0';

function readArticle(file: string): string {
  const buf = fs.readFileSync(file);
  // A byte-order mark is not part of the article.
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
  if (args.mode === 'version') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  if (args.mode === 'jsonl') {
    let failed = false;
    const inputs = args.files.length
      ? args.files.flatMap((f) => {
          try {
            fs.accessSync(f, fs.constants.R_OK);
            return [fs.createReadStream(f)];
          } catch (e) {
            process.stderr.write(`news-annotate: cannot read ${f}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
            failed = true;
            return [];
          }
        })
      : [process.stdin];
    await runJsonl(inputs, { referenceDate: args.referenceDate, jobs: args.jobs, out: process.stdout });
    return failed ? 1 : 0;
  }

  const analyzer = new Analyzer();
  const results = [];
  let failed = false;
  for (const file of args.files) {
    let text: string;
    try {
      text = readArticle(file);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      process.stderr.write(`news-annotate: cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message}\n`);
      failed = true;
      continue;
    }
    const r = analyzer.analyze(text, { id: file, referenceDate: args.referenceDate });
    if (args.mode === 'json') results.push(toContract(r));
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
