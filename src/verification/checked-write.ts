// Replacing a sidecar where a complete temporary file cannot be renamed over it (the browser's
// file systems rename by copying, or not at all): a write in place, checked before and after.
// - Before: the file must hold exactly the text the merge was made with (null: no file). A file
//   that cannot be read is not written (the read rejects); one that changed is not written either,
//   and the caller merges again with what is there now (SidecarChangedError).
// - The write puts the whole text in one call; the file systems this is for commit a file in one
//   step (see features/platform-web.ts).
// - After: the file must read back as written; otherwise another writer came in between, and the
//   caller merges again, so that what the other wrote is merged in and not lost.
// Generic over how a file is named, so that it is tested without an editor.

/** The sidecar changed on disk while it was being saved: merge with the new text and try again. */
export class SidecarChangedError extends Error {}

export interface TextFiles<K> {
  /** The file's text, or null when there is none; rejects when it cannot be read. */
  read(file: K): Promise<string | null>;
  write(file: K, text: string): Promise<void>;
  nameOf(file: K): string;
}

/** Rejects with SidecarChangedError unless the file holds `expected` (null: no file). */
export async function expectText<K>(files: TextFiles<K>, file: K, expected: string | null): Promise<void> {
  if ((await files.read(file)) !== expected) throw new SidecarChangedError(`${files.nameOf(file)} changed on disk while it was being saved`);
}

/** Writes `text` in place if the file still holds `expected`, and checks that it then holds `text`. */
export async function writeChecked<K>(files: TextFiles<K>, file: K, text: string, expected: string | null): Promise<void> {
  await expectText(files, file, expected);
  await files.write(file, text);
  if ((await files.read(file)) !== text) throw new SidecarChangedError(`${files.nameOf(file)} was written by someone else while it was being saved`);
}
