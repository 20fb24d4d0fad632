// What to write when saving a sidecar, decided without touching a file system, so the CLI (Node fs)
// and the extension (workspace.fs, also on virtual file systems) save the same way:
//  - the file on disk is malformed or of an unknown version: refuse, with its line and column;
//    it is never overwritten;
//  - it changed since it was read (another window, a git pull): merge ours into it, three ways;
//  - no file and no marks: write nothing (no empty sidecars beside every article).
import { merge, MergeConflict } from './merge';
import { articleFileNameOf, emptySidecar, fileNameOf, parse, serialize, SidecarError } from './sidecar-format';
import { Sidecar } from './sidecar-model';

export interface SidecarFileError extends SidecarError {
  /** The sidecar's path or URI, as given: messages name the file. */
  file: string;
}

export type SavePlan =
  | {
      ok: true;
      /** The text to write (and the new base for the next save). */
      text: string;
      sidecar: Sidecar;
      conflicts: MergeConflict[];
      /** False when the file already holds exactly this text, or there is nothing to create. */
      write: boolean;
    }
  | { ok: false; error: SidecarFileError };

/** "story.news.sources.json:4:3: JSON syntax error: …", the form editors and terminals link. */
export const describeSidecarError = (e: SidecarFileError): string => `${e.file}:${e.line}:${e.column}: ${e.message}`;

/** Reads a sidecar's text, naming the file in the error. */
export function parseSidecarFile(file: string, text: string): { ok: true; sidecar: Sidecar } | { ok: false; error: SidecarFileError } {
  const r = parse(text);
  return r.ok ? r : { ok: false, error: { ...r.error, file } };
}

/**
 * @param baseText the file's text when it was last read (null: there was no file)
 * @param ours the sidecar as this side wants it (the base with the user's changes applied)
 * @param diskText the file's text now (null: there is no file)
 */
export function planSave(file: string, baseText: string | null, ours: Sidecar, diskText: string | null): SavePlan {
  let theirs: Sidecar;
  if (diskText === null) theirs = emptySidecar(ours.article);
  else {
    const onDisk = parseSidecarFile(file, diskText);
    if (!onDisk.ok) return onDisk;
    theirs = onDisk.sidecar;
  }
  let result: { sidecar: Sidecar; conflicts: MergeConflict[] };
  if (diskText === baseText) result = { sidecar: ours, conflicts: [] };
  else {
    const base = baseText === null ? null : parse(baseText);
    // A base we cannot read merges as "no base": every mark counts as added, nothing is deleted.
    result = merge(base?.ok ? base.sidecar : null, ours, theirs);
  }
  const text = serialize(result.sidecar);
  const write = diskText === null ? result.sidecar.marks.length > 0 : text !== diskText;
  return { ok: true, text, sidecar: result.sidecar, conflicts: result.conflicts, write };
}

/** The sidecar to start from: the parsed base, or an empty one naming the article of `sidecarPath`. */
export function startingSidecar(sidecarPath: string, baseText: string | null): { ok: true; sidecar: Sidecar } | { ok: false; error: SidecarFileError } {
  if (baseText !== null) return parseSidecarFile(sidecarPath, baseText);
  const name = fileNameOf(sidecarPath);
  return { ok: true, sidecar: emptySidecar(articleFileNameOf(name) ?? name) };
}
