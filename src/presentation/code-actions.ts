// The two quick fixes on an unattributed quotation, as both front ends offer them: insert an
// attribution template after it, or accept it (it is then not reported again).
import { acceptedQuoteKey } from './settings';

export const TEMPLATE_TITLE = 'Add an attribution after this quotation';
export const ACCEPT_TITLE = 'Accept this quotation without attribution (workspace setting)';
/** The command that accepts a quotation; its argument is the quotation's text. */
export const ACCEPT_QUOTE_COMMAND = 'newsAnnotator.acceptUnattributedQuote';
/** The template as a snippet: the user lands on the source, then picks a cue. */
export const TEMPLATE_SNIPPET = ' ${1:the source} ${2|said,says,added,told reporters|}.';
/** The template as plain text, for editors that take no snippet in a code action's edit. */
export const TEMPLATE_TEXT = ' the source said.';

/** The accepted list with one more quotation, or undefined when it is already accepted. */
export function withAcceptedQuote(accepted: readonly string[], quoteText: string): string[] | undefined {
  const key = acceptedQuoteKey(quoteText);
  return accepted.map(acceptedQuoteKey).includes(key) ? undefined : [...accepted, key];
}
