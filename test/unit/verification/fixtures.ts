// Small builders shared by the verification tests: marks, sidecars and hand-made quotations.
import type { Quote } from '../../../src/verification/engine-types';
import { Mark, Sidecar } from '../../../src/verification/sidecar-model';

export const SEED = Number(process.env.FC_SEED ?? 20240304);
export const runs = (numRuns: number): { seed: number; numRuns: number; endOnFailure: boolean } => ({ seed: SEED, numRuns, endOnFailure: true });

export function mark(id: string, overrides: Partial<Mark> = {}): Mark {
  return {
    id,
    anchor: { quote: '“We are ready.”', before: 'The mayor said: ', after: ' She left.', offset: 16 },
    status: 'verified',
    by: 'Ana Checker',
    at: '2024-03-04T09:30:00Z',
    ...overrides,
  };
}

export const sidecar = (marks: Mark[], article = 'story.news'): Sidecar => ({ version: 1, article, marks });

/** A quotation as the engine would report it, at [start, start + text.length) of the article. */
export function quoteAt(text: string, start: number, speakerName: string | null = null, speaker: string | null = null): Quote {
  return { start, end: start + text.length, text, speaker, speakerName, source: null, cue: null, attribution: speakerName ? 'explicit' : 'none', rule: null };
}

/** Builds an article from pieces, returning the quotations for the pieces given as { quote }. */
export function article(pieces: (string | { quote: string })[]): { text: string; quotes: Quote[] } {
  let text = '';
  const quotes: Quote[] = [];
  for (const piece of pieces) {
    if (typeof piece === 'string') text += piece;
    else {
      quotes.push(quoteAt(piece.quote, text.length));
      text += piece.quote;
    }
  }
  return { text, quotes };
}
