// What attribution finds in one paragraph, offsets relative to the paragraph: the per-paragraph
// facts that the Analyzer caches and the document-level step (resolve-quotes.ts) reads.
import type { QuoteSpan } from '../quotes/quote-spans';
import type { LocalAttribution } from './context';
import type { PatternId } from './rules';

export interface ParagraphQuote extends QuoteSpan {
  /** The attribution found for this quotation within the paragraph, or null. */
  attribution: LocalAttribution | null;
  /** The pattern that found it, or null. */
  rule: PatternId | null;
  /** The patterns tried before it (all of them when none matched). */
  tried: PatternId[];
}

export interface ParagraphQuoteFacts {
  quotes: ParagraphQuote[];
  /** Reported speech outside quotations ("Smith said the plan ..."), in text order. */
  speech: LocalAttribution[];
  /** The paragraph ends with a colon: its last attribution (if any) introduces what follows. */
  endsWithColon: boolean;
  /** A paragraph that is only a dash and a name ("― Ann Doe, teacher"): it signs the quotation
   * that closes the paragraph before. */
  signature: LocalAttribution | null;
}

