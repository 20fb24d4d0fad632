// Public surface of the verification core: fact-checkers' marks on quotations, kept in a sidecar
// beside the article. Nothing here imports `vscode`, so the extension, the CLI and a language server
// share it; only atomic-write.ts (not re-exported here) touches a file system, through Node's fs.
export * from './sidecar-model';
export { SIDECAR_SUFFIX, sidecarFileName, sidecarPathFor, articleFileNameOf, fileNameOf, emptySidecar, compareMarks, serialize, parse } from './sidecar-format';
export type { ParseResult, SidecarError, SidecarErrorKind } from './sidecar-format';
export { buildSidecarSchema, sidecarSchemaText } from './sidecar-schema';
export { anchorFor, reattach, quoteIndexAt } from './anchoring';
export type { Attachment, AttachHow, ReattachStats } from './anchoring';
export { FUZZY_THRESHOLD, similarity } from './similarity';
export { merge } from './merge';
export type { MergeConflict, MergeResult, ConflictKind } from './merge';
export { applyChange, undo, newMarkId, DEFAULT_STATUS } from './mark-changes';
export type { MarkChange, MarkFields, UndoRecord, ChangeResult } from './mark-changes';
export { applyMarks, correctedResult, effectiveSpeaker, emptyCounts, addCounts, STATUS_ORDER } from './marks-on-result';
export type { QuoteVerification, EffectiveSpeaker, VerificationCounts, VerifiedResult } from './marks-on-result';
export { planSave, parseSidecarFile, startingSidecar, describeSidecarError } from './save-plan';
export type { SavePlan, SidecarFileError } from './save-plan';
export { expectText, SidecarChangedError, writeChecked } from './checked-write';
export type { TextFiles } from './checked-write';
