// The speech verbs' forms as the people stage reads them, from the cue lexicon and the user's
// extra cue verbs: made once per Analyzer and passed to name and role finding.
import { speechVerbForms } from '../lexicon/cues';

/** The forms of the speech verbs, as name finding reads them. */
export interface SpeechForms {
  /** Every verb that reports or characterises speech: ends a role ("the mayor blasted"). */
  all: ReadonlySet<string>;
  /** Verbs that report speech: a capitalised word right before one is likely a name, and one
   * ending a capitalised run is not part of the name ("Clinton Says"). */
  reporting: ReadonlySet<string>;
}

/** The speech forms of the lexicon and the user's extra verbs (base forms). */
export function speechForms(extra: readonly string[] = []): SpeechForms {
  return { all: speechVerbForms(extra), reporting: speechVerbForms(extra, { characterising: false }) };
}
