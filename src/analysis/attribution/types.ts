// What attribution finds in one paragraph, offsets relative to the paragraph: the per-paragraph
// facts that the Analyzer caches and the document-level step (resolve-quotes.ts) reads.
import type { QuoteSpan } from '../quotes/quote-spans';
import type { SourceKind, Span } from '../types';

/** A cue and source found in the paragraph, offsets relative to the paragraph. */
export interface LocalAttribution {
  cue: Span | null;
  source: Span | null;
  sourceKind: SourceKind | null;
  /** The individual names (or the phrase) inside the source, for linking to people. */
  names: Span[];
  /** For a definite description ("the senator"): its head noun. */
  description?: string;
}

export interface ParagraphQuote extends QuoteSpan {
  /** The attribution found for this quotation within the paragraph, or null. */
  attribution: LocalAttribution | null;
}

export interface ParagraphQuoteFacts {
  quotes: ParagraphQuote[];
  /** Reported speech outside quotations ("Smith said the plan ..."), in text order. */
  speech: LocalAttribution[];
  /** The paragraph ends with a colon: its last attribution (if any) introduces what follows. */
  endsWithColon: boolean;
}

