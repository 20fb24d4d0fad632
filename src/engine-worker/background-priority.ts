// The engine is background work. On a machine with few cores its thread must not take a core
// from the extension host's thread (which every extension shares) or from the editor: it lowers
// its own scheduling priority. Linux lets a thread do that for itself (its id is the last part of
// /proc/thread-self); elsewhere, and where the system refuses, nothing changes.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The niceness the engine's thread asks for: 10 gives it about a tenth of a busy core. */
export const ENGINE_NICENESS = 10;

/** Lowers the calling worker thread's priority; true when it did. Never the process's main thread. */
export function lowerOwnThreadPriority(niceness = ENGINE_NICENESS): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const tid = Number(path.basename(fs.readlinkSync('/proc/thread-self')));
    // The main thread's id is the process id: lowering it would slow every extension.
    if (!Number.isInteger(tid) || tid === process.pid) return false;
    os.setPriority(tid, niceness);
    return os.getPriority(tid) === niceness;
  } catch {
    return false;
  }
}
