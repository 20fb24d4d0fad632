// One line of --jsonl input to one line of output. Shared by the main thread and the workers.
import { Analyzer } from '../analysis/analyze';
import { isValidIsoDate } from './args';
import type { JsonlItem } from './input';
import { toContract } from '../analysis/contract';

export function processJsonlLine(analyzer: Analyzer, line: string, defaultReferenceDate: string | null): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ id: null, error: `malformed JSON: ${(e as Error).message}` });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return JSON.stringify({ id: null, error: 'each line must be a JSON object {"id", "text"}' });
  }
  const o = input as Record<string, unknown>;
  const id = typeof o.id === 'string' ? o.id : typeof o.id === 'number' ? String(o.id) : null;
  if (id === null) return JSON.stringify({ id: null, error: 'missing "id" (a string)' });
  if (typeof o.text !== 'string') return JSON.stringify({ id, error: 'missing "text" (a string)' });
  let referenceDate = defaultReferenceDate;
  if (o.referenceDate !== undefined && o.referenceDate !== null) {
    if (typeof o.referenceDate !== 'string' || !isValidIsoDate(o.referenceDate)) {
      return JSON.stringify({ id, error: '"referenceDate" must be a date as YYYY-MM-DD' });
    }
    referenceDate = o.referenceDate;
  }
  try {
    return JSON.stringify(toContract(analyzer.analyze(o.text, { id, referenceDate })));
  } catch (e) {
    // The engine should never throw; if it does, this document is reported and the run goes on.
    return JSON.stringify({ id, error: `analysis failed: ${(e as Error).message}` });
  }
}

/** The output line for one item: an analysis, or the error line of a line that was too long. */
export function processJsonlItem(analyzer: Analyzer, item: JsonlItem, referenceDate: string | null): string {
  return typeof item === 'string' ? processJsonlLine(analyzer, item, referenceDate) : item.out;
}
