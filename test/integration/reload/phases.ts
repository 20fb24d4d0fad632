// A real window reload in the middle of the integration run. The launcher names a state file
// (NEWS_ANNOTATOR_TEST_RELOAD_STATE); the workbench URL, and so that variable, survive the reload.
//   1. After the suites, before-reload.test.js marks quotations through the commands, the counts
//      so far and this extension host's pid go to the state file, and the window reloads.
//   2. The new window runs the tests again: the state file is there, so only after-reload.test.js
//      runs (in a new extension host, a new store, the marks read from disk), and the run ends.
import * as fs from 'fs';
import * as path from 'path';

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export interface ReloadState {
  /** What ran before the reload (added to the final totals). */
  totals: Counts;
  /** The extension host before the reload: after it, another process must answer. */
  pid: number;
  /** What before-reload.test.js did, for after-reload.test.js to find. */
  marks: { verifiedMarkId: string; note: string; correctedMarkId: string; speaker: string };
}

/** The reload is a suite of its own name for --suite (its files live apart from the *.test.js suites). */
export const RELOAD_SUITE = 'reload';

export const stateFile = (): string | undefined => process.env.NEWS_ANNOTATOR_TEST_RELOAD_STATE || undefined;

export function readState(): ReloadState | undefined {
  const file = stateFile();
  if (!file || !fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ReloadState;
}

export function writeState(state: ReloadState): void {
  const file = stateFile();
  if (!file) throw new Error('NEWS_ANNOTATOR_TEST_RELOAD_STATE is not set');
  fs.writeFileSync(file, JSON.stringify(state, null, 2));
}

/** What before-reload.test.js hands over (kept in memory until the state file is written). */
export const handOver: { marks?: ReloadState['marks'] } = {};

/** Splits "--suite" names: the reload scenario, and the ordinary suite names. */
export function wantsReload(only: string | undefined, grep: string | undefined): { reload: boolean; others: string | undefined } {
  if (!only) return { reload: !grep, others: undefined };
  const names = only.split(',').map((s) => s.trim()).filter(Boolean);
  const others = names.filter((n) => n !== RELOAD_SUITE);
  return { reload: names.length !== others.length, others: others.length ? others.join(',') : '' };
}

export const phaseFile = (name: 'before-reload' | 'after-reload'): string => path.join(__dirname, `${name}.test.js`);
