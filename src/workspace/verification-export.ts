// The fact-checkers' marks in exports, shared by the extension's export commands and the CLI so
// both write the same: six CSV columns, and in JSON a `verification` object on each marked
// quotation plus a per-article summary (counts by status, orphaned marks). An article without
// marks exports exactly as before (no `verification` fields). No `vscode` import.
import type { ContractResult } from '../analysis/contract';
import { Mark, QuoteVerification, SpeakerCorrection, VerificationCounts, VerifiedResult } from '../verification';

export const VERIFICATION_CSV_COLUMNS = ['status', 'note', 'link', 'checked by', 'checked at', 'corrected speaker'] as const;

/** How a correction reads in a CSV cell and in the report. */
export const correctionText = (c: SpeakerCorrection | undefined): string => (!c ? '' : c.kind === 'none' ? '(no speaker in the text)' : c.name);

/** The six cells of a quotation; "unchecked" and empty cells when it has no mark. */
export function verificationCells(v: QuoteVerification | null | undefined): string[] {
  if (!v) return ['unchecked', '', '', '', '', ''];
  return [v.status, v.note ?? '', v.link ?? '', v.by, v.at, correctionText(v.correctedSpeaker)];
}

/** The `verification` field of a marked quotation in JSON. */
export interface QuoteVerificationJson {
  status: QuoteVerification['status'];
  note?: string;
  link?: string;
  checkedBy: string;
  checkedAt: string;
  correctedSpeaker?: SpeakerCorrection;
}

/** The `verification` field of an article with marks in JSON. */
export interface ArticleVerificationJson {
  counts: VerificationCounts;
  /** Marks that found no quotation, as the sidecar holds them. */
  orphans: Mark[];
}

export type VerifiedContractResult = Omit<ContractResult, 'quotes'> & {
  quotes: (ContractResult['quotes'][number] & { verification?: QuoteVerificationJson })[];
  verification?: ArticleVerificationJson;
};

function quoteJson(v: QuoteVerification): QuoteVerificationJson {
  const out: QuoteVerificationJson = { status: v.status, checkedBy: v.by, checkedAt: v.at };
  if (v.note !== undefined) out.note = v.note;
  if (v.link !== undefined) out.link = v.link;
  if (v.correctedSpeaker) out.correctedSpeaker = v.correctedSpeaker;
  return out;
}

/** Adds the marks to a result object (already made from the corrected result). */
export function withVerification(contract: ContractResult, verified: VerifiedResult | undefined): VerifiedContractResult {
  const hasMarks = verified && (verified.orphans.length > 0 || verified.verifications.some((v) => v !== null));
  if (!verified || !hasMarks) return contract;
  return {
    ...contract,
    quotes: contract.quotes.map((q, i) => {
      const v = verified.verifications[i];
      return v ? { ...q, verification: quoteJson(v) } : q;
    }),
    verification: { counts: verified.counts, orphans: verified.orphans },
  };
}
