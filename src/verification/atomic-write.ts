// Saving sidecars with Node's fs: the one file of src/verification that touches a file system.
// The CLI uses it; the extension writes through workspace.fs with the same save-plan.ts.
// Why so careful: a sidecar holds a newsroom's checking work, so a crash mid-write must leave the
// old file or the new one, never half of one (temporary file in the same folder, then rename), and
// a save must not undo what another window or a git pull wrote meanwhile (read, merge, write).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { planSave, SavePlan, SidecarFileError, startingSidecar, parseSidecarFile } from './save-plan';
import { Sidecar } from './sidecar-model';

/** Windows refuses a rename for a moment while another process (an indexer, antivirus) has the file open. */
const RENAME_RETRIES = 5;
const RENAME_RETRY_MS = 40;
/** Saves that found the file changed between their merge and their rename start over, this often. */
const SAVE_ATTEMPTS = 5;

const isMissing = (e: unknown): boolean => (e as NodeJS.ErrnoException)?.code === 'ENOENT';
const isBusy = (e: unknown): boolean => ['EPERM', 'EACCES', 'EBUSY'].includes((e as NodeJS.ErrnoException)?.code ?? '');
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The file's text, or null when there is no file. */
export async function readTextOrNull(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (e) {
    if (isMissing(e)) return null;
    throw e;
  }
}

async function renameWithRetries(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fs.rename(from, to);
    } catch (e) {
      if (!isBusy(e) || attempt >= RENAME_RETRIES) throw e;
      await sleep(RENAME_RETRY_MS * attempt);
    }
  }
}

/** A temporary file beside `file` (same folder, so the rename stays on one file system). */
async function writeTemp(file: string, text: string): Promise<string> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  const handle = await fs.open(temp, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync(); // on disk before the rename makes it the file
  } finally {
    await handle.close();
  }
  return temp;
}

/** Writes `text` to `file` so that readers see the old text or the new, never a part. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const temp = await writeTemp(file, text);
  try {
    await renameWithRetries(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}

export type SidecarRead = { kind: 'missing' } | { kind: 'ok'; text: string; sidecar: Sidecar } | { kind: 'invalid'; text: string; error: SidecarFileError };

export async function readSidecarFile(file: string): Promise<SidecarRead> {
  const text = await readTextOrNull(file);
  if (text === null) return { kind: 'missing' };
  const r = parseSidecarFile(file, text);
  return r.ok ? { kind: 'ok', text, sidecar: r.sidecar } : { kind: 'invalid', text, error: r.error };
}

/** Saves of one file in this process, one after another: two at once would each miss the other. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Applies `update` to the sidecar as it was read (`baseText`; null: there was no file), merges what
 * changed on disk since, and writes the result atomically. A malformed file, or one of an unknown
 * version, is refused and left as it is. The result's `text` is the base for the next save.
 */
export function saveSidecar(file: string, baseText: string | null, update: (sidecar: Sidecar) => Sidecar): Promise<SavePlan> {
  const key = path.resolve(file);
  const run = (queues.get(key) ?? Promise.resolve()).catch(() => undefined).then(() => saveNow(file, baseText, update));
  queues.set(key, run);
  void run.finally(() => queues.get(key) === run && queues.delete(key)).catch(() => undefined);
  return run;
}

async function saveNow(file: string, baseText: string | null, update: (sidecar: Sidecar) => Sidecar): Promise<SavePlan> {
  const start = startingSidecar(file, baseText);
  if (!start.ok) return start;
  const ours = update(start.sidecar);
  for (let attempt = 1; ; attempt++) {
    const diskText = await readTextOrNull(file);
    const plan = planSave(file, baseText, ours, diskText);
    if (!plan.ok || !plan.write) return plan;
    const temp = await writeTemp(file, plan.text);
    try {
      // Another process may have written while we merged: then merge again with what it wrote.
      if ((await readTextOrNull(file)) !== diskText) {
        await fs.rm(temp, { force: true });
        if (attempt < SAVE_ATTEMPTS) continue;
        throw new Error(`${file} changed on disk during each of ${SAVE_ATTEMPTS} attempts to save it; not saved, so as not to overwrite those changes`);
      }
      await renameWithRetries(temp, file);
      return plan;
    } catch (e) {
      await fs.rm(temp, { force: true });
      throw e;
    }
  }
}
