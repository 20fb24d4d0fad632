// The operations a user performs on marks (set a status, note, link or speaker; clear a mark), as
// pure functions over sidecars, each returning an undo record; and undo itself, which refuses
// rather than overwrite a change made since (by another window or a git pull).
import { checkKey } from './merge';
import { emptySidecar, parse, serialize } from './sidecar-format';
import { Anchor, Mark, MarkStatus, Sidecar, SpeakerCorrection } from './sidecar-model';

/**
 * Status of a mark created by a change that gives none (say, a speaker correction alone): the
 * quotation is not thereby verified, and "needs-check" keeps it in the to-do list.
 */
export const DEFAULT_STATUS: MarkStatus = 'needs-check';

/** Fields to change: undefined leaves a field as it is, null removes it. */
export interface MarkFields {
  status?: MarkStatus;
  note?: string | null;
  link?: string | null;
  speaker?: SpeakerCorrection | null;
}

export type MarkChange =
  /** Updates the mark `markId` (re-anchored to `anchor`), or creates it with that id. */
  | { op: 'set'; markId: string; anchor: Anchor; fields: MarkFields; by: string; at: string }
  | { op: 'clear'; markId: string };

/** The mark before and after a change; undoing puts `before` back. */
export interface UndoRecord {
  markId: string;
  before: Mark | null;
  after: Mark | null;
}

export type ChangeResult = { ok: true; sidecar: Sidecar; mark: Mark | null; undo: UndoRecord } | { ok: false; error: string };

/** A new mark id: 'm', the time and randomness in base 36; unique enough within one article's sidecar. */
export function newMarkId(now = Date.now(), random: () => number = Math.random): string {
  const noise = Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0');
  return `m${now.toString(36)}${noise}`;
}

/** The mark's problem as parse would report it, or null: one validator for files and changes. */
function problemOf(mark: Mark): string | null {
  const r = parse(serialize({ ...emptySidecar('x'), marks: [mark] }));
  return r.ok ? null : r.error.message.replace(/^marks\[0\]\.?/, '') || r.error.message;
}

/** `sidecar` with the mark `id` replaced by `mark` (or removed when null), order kept. */
function withMark(sidecar: Sidecar, id: string, mark: Mark | null): Sidecar {
  const rest = sidecar.marks.filter((m) => m.id !== id);
  return { ...sidecar, marks: mark ? [...rest, mark] : rest };
}

function updated(current: Mark | undefined, change: Extract<MarkChange, { op: 'set' }>): Mark {
  const mark: Mark = current ? { ...current } : { id: change.markId, anchor: change.anchor, status: change.fields.status ?? DEFAULT_STATUS, by: change.by, at: change.at };
  const { status, note, link, speaker } = change.fields;
  if (status !== undefined) mark.status = status;
  for (const [key, value] of [['note', note], ['link', link], ['speaker', speaker]] as const) {
    if (value === null) delete mark[key];
    else if (value !== undefined) (mark as unknown as Record<string, unknown>)[key] = value;
  }
  return { ...mark, anchor: change.anchor, by: change.by, at: change.at };
}

export function applyChange(sidecar: Sidecar, change: MarkChange): ChangeResult {
  const current = sidecar.marks.find((m) => m.id === change.markId);
  if (change.op === 'clear') {
    return { ok: true, sidecar: withMark(sidecar, change.markId, null), mark: null, undo: { markId: change.markId, before: current ?? null, after: null } };
  }
  const mark = updated(current, change);
  const problem = problemOf(mark);
  if (problem) return { ok: false, error: problem };
  return { ok: true, sidecar: withMark(sidecar, mark.id, mark), mark, undo: { markId: mark.id, before: current ?? null, after: mark } };
}

/**
 * Puts back the mark as it was before the change. Refused when the mark's check has changed since
 * the change (undo would silently discard that); a newer anchor is kept, as it is the fresher one.
 * The result's undo record redoes.
 */
export function undo(sidecar: Sidecar, record: UndoRecord): ChangeResult {
  const current = sidecar.marks.find((m) => m.id === record.markId) ?? null;
  const unchanged = current === null || record.after === null ? current === record.after : checkKey(current) === checkKey(record.after);
  if (!unchanged) return { ok: false, error: 'the mark was changed again since, so undoing would lose that change' };
  const restored = record.before && current ? { ...record.before, anchor: current.anchor } : record.before;
  return { ok: true, sidecar: withMark(sidecar, record.markId, restored), mark: restored, undo: { markId: record.markId, before: current, after: restored } };
}
