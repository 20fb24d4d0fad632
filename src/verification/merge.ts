// Three-way merge of sidecars, mark by mark (by id): what two windows, two colleagues or a git pull
// did to one file since a common base. Rules, so that nothing is lost:
//  - a change on one side wins;
//  - both sides changed the check (status, note, link, speaker, who, when) differently: the later
//    `at` wins and the conflict is reported (equal times: the larger canonical text, so the result
//    does not depend on which side is "ours");
//  - deleted on one side and changed on the other: kept, as changed, and reported;
//  - the anchor merges on its own: re-anchoring after an edit is not a conflicting check.
import { markKey } from './sidecar-format';
import { Anchor, Mark, Sidecar } from './sidecar-model';

export type ConflictKind = 'both-changed' | 'deleted-and-changed';

export interface MergeConflict {
  id: string;
  kind: ConflictKind;
  /** Which side's version is in the result. */
  kept: 'ours' | 'theirs';
  /** Each side's version; null where that side deleted the mark. */
  ours: Mark | null;
  theirs: Mark | null;
}

export interface MergeResult {
  sidecar: Sidecar;
  conflicts: MergeConflict[];
}

const NO_ANCHOR: Anchor = { quote: '', before: '', after: '', offset: 0 };
/** The check without its anchor, as comparable text. */
export const checkKey = (mark: Mark): string => markKey({ ...mark, anchor: NO_ANCHOR });
const anchorKey = (a: Anchor): string => JSON.stringify([a.quote, a.before, a.after, a.offset]);

/** Which of two differing checks is later; independent of the argument order. */
function laterOf(ours: Mark, theirs: Mark): 'ours' | 'theirs' {
  const a = Date.parse(ours.at);
  const b = Date.parse(theirs.at);
  if (a !== b) return a > b ? 'ours' : 'theirs';
  return checkKey(ours) >= checkKey(theirs) ? 'ours' : 'theirs';
}

/** One side's change of a part, else the other's; both changed: `preferred`'s. */
function mergePart<T>(base: T | undefined, ours: T, theirs: T, key: (v: T) => string, preferred: 'ours' | 'theirs'): T {
  const b = base === undefined ? undefined : key(base);
  if (key(ours) === b) return theirs;
  if (key(theirs) === b) return ours;
  return preferred === 'ours' ? ours : theirs;
}

function mergeMark(base: Mark | undefined, ours: Mark, theirs: Mark, conflicts: MergeConflict[]): Mark {
  const check = { ours: checkKey(ours), theirs: checkKey(theirs), base: base && checkKey(base) };
  let winner: 'ours' | 'theirs';
  if (check.ours === check.theirs || check.theirs === check.base) winner = 'ours';
  else if (check.ours === check.base) winner = 'theirs';
  else {
    winner = laterOf(ours, theirs);
    conflicts.push({ id: ours.id, kind: 'both-changed', kept: winner, ours, theirs });
  }
  // Both re-anchored differently: the anchor of the side whose check won; with equal checks, the
  // larger anchor text, so that the result does not depend on the order of the arguments.
  const anchorSide = check.ours !== check.theirs ? winner : anchorKey(ours.anchor) >= anchorKey(theirs.anchor) ? 'ours' : 'theirs';
  const anchor = mergePart(base?.anchor, ours.anchor, theirs.anchor, anchorKey, anchorSide);
  return { ...(winner === 'ours' ? ours : theirs), anchor };
}

export function merge(base: Sidecar | null, ours: Sidecar, theirs: Sidecar): MergeResult {
  const byId = (s: Sidecar | null): Map<string, Mark> => new Map((s?.marks ?? []).map((m) => [m.id, m]));
  const [b, o, t] = [byId(base), byId(ours), byId(theirs)];
  const conflicts: MergeConflict[] = [];
  const marks: Mark[] = [];
  const ids = new Set([...o.keys(), ...t.keys()]);
  for (const id of [...ids].sort()) {
    const [bm, om, tm] = [b.get(id), o.get(id), t.get(id)];
    if (om && tm) marks.push(mergeMark(bm, om, tm, conflicts));
    else {
      const present = (om ?? tm) as Mark;
      const side = om ? 'ours' : 'theirs';
      // Absent on the other side: never there (added here), or deleted there. A changed anchor
      // alone is re-anchoring, not a change of the check, so the deletion stands.
      if (!bm) marks.push(present);
      else if (checkKey(bm) !== checkKey(present)) {
        marks.push(present);
        conflicts.push({ id, kind: 'deleted-and-changed', kept: side, ours: om ?? null, theirs: tm ?? null });
      }
      // else: deleted on the other side and unchanged here, so deleted.
    }
  }
  const article = base && ours.article === base.article ? theirs.article : ours.article;
  return { sidecar: { version: ours.version, article, marks }, conflicts };
}
