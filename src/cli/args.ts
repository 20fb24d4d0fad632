// Command-line arguments of news-annotate. Bad arguments throw UsageError (exit 2).
import * as os from 'node:os';
import type { AnalyzeOptions } from '../analysis/types';
import { SOURCE_CATEGORIES, SourceCategory } from '../analysis/types';

export const USAGE = `Usage:
  news-annotate [--reference-date YYYY-MM-DD] FILE...          readable report per file
  news-annotate --json [--reference-date YYYY-MM-DD] FILE...   a JSON array of result objects
  news-annotate --explain [--reference-date YYYY-MM-DD] FILE... per quotation: line, rule, source,
        why it has its speaker and the candidates considered
  news-annotate --jsonl [--reference-date YYYY-MM-DD] [--jobs N] [FILE.jsonl...]
        reads JSON lines {"id", "text", "referenceDate"?} from the files or stdin and
        writes one result object per line, in order
  news-annotate --lsp --stdio                                   a language server for other
        editors (Language Server Protocol over stdin/stdout; settings from the client)
Options:
  --no-marks          ignore the fact-checkers' marks in FILE.sources.json beside each
                      FILE (by default they are applied: corrected speakers, and in --json
                      a "verification" object on each marked quotation and article)
  --gender-from-first-names
                      also read a person's gender from a first name that compromise's
                      lexicon genders (evidence "first name"); off by default
  --no-gender         no gender at all: every person's gender is null
  --source-kind W=K   one more role head word and its kind of source (official, expert,
                      business, advocate, citizen, sports, media, organisation); repeatable
  --reference-date D  publication date used to resolve "Thursday", "next week", ...
                      (default: a date line in the article, else unresolved)
  --jobs N            worker threads for --jsonl (default: number of CPUs)
  --max-size MB       largest file (or --jsonl line) analysed, in megabytes (default: 50,
                      at most 500); larger ones are skipped with a message
  -h, --help          this help
  -v, --version       the version`;

export class UsageError extends Error {}

/** Files (and JSON lines) larger than this many megabytes are refused unless --max-size says more. */
export const DEFAULT_MAX_SIZE_MB = 50;
/** Node cannot hold a string much longer than 2^29 characters: no article may be larger. */
export const MAX_SIZE_LIMIT_MB = 500;

export interface CliArgs {
  mode: 'report' | 'json' | 'jsonl' | 'explain' | 'lsp' | 'help' | 'version';
  referenceDate: string | null;
  jobs: number;
  /** The size limit in bytes (from --max-size, in megabytes). */
  maxBytes: number;
  files: string[];
  /** Apply the sidecars beside the files (not for --jsonl, whose articles are not files). */
  marks: boolean;
  /** The engine's settings: gender (--no-gender, --gender-from-first-names), --source-kind. */
  engine: Pick<AnalyzeOptions, 'gender' | 'extraSourceKinds'>;
}

/** Kinds a role head word may be given (--source-kind, newsAnnotator.sourceKinds.extraHeadWords). */
export const ROLE_KIND_NAMES: readonly SourceCategory[] = SOURCE_CATEGORIES.filter((k) => k !== 'document' && k !== 'anonymous' && k !== 'unknown');

export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { mode: 'report', referenceDate: null, jobs: os.availableParallelism?.() ?? os.cpus().length, maxBytes: DEFAULT_MAX_SIZE_MB * 1024 * 1024, files: [], marks: true, engine: {} };
  const gender = { enabled: true, fromFirstNames: false };
  const extraSourceKinds: Record<string, SourceCategory> = {};
  let json = false;
  let jsonl = false;
  let explain = false;
  let lsp = false;
  let stdio = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (a === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    } else if (flag === '--json') json = true;
    else if (flag === '--jsonl') jsonl = true;
    else if (flag === '--explain') explain = true;
    else if (flag === '--lsp') lsp = true;
    else if (flag === '--stdio') stdio = true;
    else if (flag === '--no-marks') args.marks = false;
    else if (flag === '--no-gender') gender.enabled = false;
    else if (flag === '--gender-from-first-names') gender.fromFirstNames = true;
    else if (flag === '--source-kind') {
      const v = value();
      const m = /^([^=]+)=(.+)$/.exec(v);
      const kind = m?.[2]?.trim() as SourceCategory | undefined;
      if (!m?.[1] || !kind || !ROLE_KIND_NAMES.includes(kind)) throw new UsageError(`--source-kind takes WORD=KIND, KIND one of ${ROLE_KIND_NAMES.join(', ')}; not "${v}"`);
      extraSourceKinds[m[1].trim().toLowerCase()] = kind;
    }
    else if (flag === '--reference-date') {
      const v = value();
      if (!isValidIsoDate(v)) throw new UsageError(`--reference-date takes a date as YYYY-MM-DD, not "${v}"`);
      args.referenceDate = v;
    } else if (flag === '--jobs') {
      const v = value();
      if (!/^\d+$/.test(v) || +v < 1 || +v > 256) throw new UsageError(`--jobs takes a whole number from 1 to 256, not "${v}"`);
      args.jobs = +v;
    } else if (flag === '--max-size') {
      const v = value();
      if (!/^\d+(?:\.\d+)?$/.test(v) || +v <= 0 || +v > MAX_SIZE_LIMIT_MB) {
        throw new UsageError(`--max-size takes a size in megabytes above 0 and at most ${MAX_SIZE_LIMIT_MB}, not "${v}"`);
      }
      args.maxBytes = Math.floor(+v * 1024 * 1024);
    } else if (flag === '-h' || flag === '--help') return { ...args, mode: 'help' };
    else if (flag === '-v' || flag === '--version') return { ...args, mode: 'version' };
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else args.files.push(a);
  }
  args.engine = { gender, extraSourceKinds };
  if (lsp || stdio) {
    // The language server's settings come from the client, so it takes no other option.
    if (!lsp || !stdio || argv.length !== 2) throw new UsageError('the language server runs as exactly `news-annotate --lsp --stdio`');
    return { ...args, mode: 'lsp' };
  }
  if (Number(json) + Number(jsonl) + Number(explain) > 1) throw new UsageError('--json, --jsonl and --explain cannot be used together');
  args.mode = jsonl ? 'jsonl' : json ? 'json' : explain ? 'explain' : 'report';
  if (args.mode !== 'jsonl' && args.files.length === 0) throw new UsageError('no input files');
  return args;
}
