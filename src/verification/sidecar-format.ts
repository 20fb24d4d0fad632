// The sidecar file: its name beside the article, and its text (serialize / parse).
//
// Name: `<article file name>.sources.json`, e.g. `story.news` -> `story.news.sources.json`.
//  - it sorts right after the article in every file list, so the two travel together;
//  - it keeps the article's whole name, so `a.txt` and `a.news` in one folder get different sidecars;
//  - it ends in `.json`, so every editor highlights it and VS Code validates it against the schema
//    (`jsonValidation` with fileMatch `*.sources.json`); `.sources` says what it holds.
//
// Text: pretty JSON (2 spaces), keys in the order of the field table, marks sorted by anchor offset
// then id, a final newline: two people's changes make small diffs that git merges line by line.
import { lineColumnAt, readJson } from './json-positions';
import { keyOrder, Mark, MARK_SPEC, ANCHOR_SPEC, Sidecar, SIDECAR_SPEC, SIDECAR_VERSION } from './sidecar-model';
import { validateAgainstSpec } from './sidecar-validate';

export const SIDECAR_SUFFIX = '.sources.json';

/** The sidecar's file name for an article's file name (no folder). */
export const sidecarFileName = (articleFileName: string): string => articleFileName + SIDECAR_SUFFIX;

/** The sidecar's path or URI path for an article's: same folder, so plain string concatenation. */
export const sidecarPathFor = (articlePath: string): string => articlePath + SIDECAR_SUFFIX;

/** The article's file name for a sidecar's file name, or null when it is not a sidecar's name. */
export function articleFileNameOf(sidecarName: string): string | null {
  return sidecarName.endsWith(SIDECAR_SUFFIX) && sidecarName.length > SIDECAR_SUFFIX.length ? sidecarName.slice(0, -SIDECAR_SUFFIX.length) : null;
}

/** The last segment of a POSIX, Windows or URI path: what goes in the sidecar's `article`. */
export const fileNameOf = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

export const emptySidecar = (article: string): Sidecar => ({ version: SIDECAR_VERSION, article, marks: [] });

/** Disk order of marks: by where they are in the article, then by id, so the order is total. */
export function compareMarks(a: Mark, b: Mark): number {
  return a.anchor.offset - b.anchor.offset || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A copy of an object with its keys in `order`, leaving out undefined values. */
function ordered(value: object, order: string[]): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of order) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

const speakerOrder = ['kind', 'name'];

function orderedMark(mark: Mark): Record<string, unknown> {
  const out = ordered(mark, keyOrder(MARK_SPEC));
  out.anchor = ordered(mark.anchor, keyOrder(ANCHOR_SPEC));
  if (mark.speaker) out.speaker = ordered(mark.speaker, speakerOrder);
  return out;
}

/** One mark as canonical text: equal marks give equal text (used by merge to compare marks). */
export const markKey = (mark: Mark): string => JSON.stringify(orderedMark(mark));

export function serialize(sidecar: Sidecar): string {
  const doc = ordered(sidecar, keyOrder(SIDECAR_SPEC));
  doc.marks = [...sidecar.marks].sort(compareMarks).map(orderedMark);
  return JSON.stringify(doc, null, 2) + '\n';
}

export type SidecarErrorKind = 'syntax' | 'version' | 'schema';

export interface SidecarError {
  kind: SidecarErrorKind;
  message: string;
  /** 1-based, where the problem is (for a schema error, the offending value or entry). */
  line: number;
  column: number;
}

export type ParseResult = { ok: true; sidecar: Sidecar } | { ok: false; error: SidecarError };

/** Reads a sidecar's text. Never throws: a malformed file gives an error with its line and column. */
export function parse(text: string): ParseResult {
  const failAt = (kind: SidecarErrorKind, message: string, offset: number): ParseResult => ({ ok: false, error: { kind, message, ...lineColumnAt(text, offset) } });
  const read = readJson(text);
  if (!read.ok) return failAt('syntax', `JSON syntax error: ${read.message}`, read.offset);
  const root = read.root;

  // The version first: a newer format is not "malformed", and must say so rather than list fields.
  const version = root.type === 'object' ? root.entries.find((e) => e.key === 'version') : undefined;
  if (version && !(version.value.type === 'number' && version.value.value === SIDECAR_VERSION)) {
    const found = version.value.type === 'number' || version.value.type === 'string' ? JSON.stringify(version.value.value) : version.value.type;
    return failAt('version', `unknown sidecar version ${found}: this version of News Source Annotator reads version ${SIDECAR_VERSION}; the marks are not applied and the file is left as it is`, version.value.offset);
  }

  const checked = validateAgainstSpec(root, SIDECAR_SPEC, '');
  if (!checked.ok) return failAt('schema', `${checked.error.path}: ${checked.error.message}`, checked.error.offset);
  const sidecar = checked.value as Sidecar;

  // Merges match marks by id, so ids must be unique (JSON Schema cannot say this of a property).
  const ids = new Set<string>();
  const marksNode = root.type === 'object' ? root.entries.find((e) => e.key === 'marks')?.value : undefined;
  for (const [i, mark] of sidecar.marks.entries()) {
    if (ids.has(mark.id)) {
      const at = marksNode?.type === 'array' ? marksNode.items[i].offset : 0;
      return failAt('schema', `marks[${i}].id: duplicate mark id ${JSON.stringify(mark.id)}`, at);
    }
    ids.add(mark.id);
  }
  return { ok: true, sidecar };
}
