// The extension's settings as one typed object, read from any source of values: VS Code's
// configuration (features/settings.ts) or a language client's workspace/configuration answer
// (lsp/settings.ts). Keys are those of package.json's `contributes.configuration`, without the
// "newsAnnotator." section.
import { AnalyzeOptions, SOURCE_CATEGORIES, SourceCategory } from '../analysis/types';

export const SECTION = 'newsAnnotator';

export type SeverityOption = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface Settings {
  severities: { 'unattributed-quote': SeverityOption; 'unclosed-quote': SeverityOption; 'anonymous-source': SeverityOption };
  inlayHints: boolean;
  referenceDate: string | null;
  extraTitles: string[];
  extraCueVerbs: string[];
  maxFileSizeKB: number;
  debounceMs: number;
  acceptedQuotes: string[];
  /** Gender as the article states it (newsAnnotator.gender.enabled / .fromFirstNames). */
  gender: { enabled: boolean; fromFirstNames: boolean };
  /** More role head words and their kinds of source (newsAnnotator.sourceKinds.extraHeadWords). */
  extraSourceKinds: Record<string, SourceCategory>;
}

/** A setting's raw value by its dotted key ("diagnostics.unattributedQuote"); undefined when unset. */
export type SettingValue = (key: string) => unknown;

/** The kinds a head word may be given in the settings. */
const ROLE_KINDS = new Set<string>(SOURCE_CATEGORIES.filter((k) => k !== 'document' && k !== 'anonymous' && k !== 'unknown'));

function headWords(v: unknown): Record<string, SourceCategory> {
  const out: Record<string, SourceCategory> = {};
  if (!v || typeof v !== 'object' || Array.isArray(v)) return out;
  for (const [word, kind] of Object.entries(v as Record<string, unknown>)) {
    if (word.trim() && typeof kind === 'string' && ROLE_KINDS.has(kind)) out[word.trim().toLowerCase()] = kind as SourceCategory;
  }
  return out;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

function severity(v: unknown, fallback: SeverityOption): SeverityOption {
  return typeof v === 'string' && SEVERITIES.has(v) ? (v as SeverityOption) : fallback;
}

function words(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : [];
}

function numberOr(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

/** Settings from raw values; a missing or malformed value takes its default. */
export function settingsFrom(get: SettingValue): Settings {
  const rawRef = get('referenceDate');
  const ref = typeof rawRef === 'string' ? rawRef.trim() : '';
  return {
    severities: {
      'unattributed-quote': severity(get('diagnostics.unattributedQuote'), 'warning'),
      'unclosed-quote': severity(get('diagnostics.unclosedQuote'), 'error'),
      'anonymous-source': severity(get('diagnostics.anonymousSource'), 'off'),
    },
    inlayHints: get('inlayHints.enabled') !== false,
    referenceDate: /^\d{4}-\d{2}-\d{2}$/.test(ref) ? ref : null,
    extraTitles: words(get('extraTitles')),
    extraCueVerbs: words(get('extraCueVerbs')),
    maxFileSizeKB: Math.max(1, numberOr(get('maxFileSizeKB'), 500)),
    debounceMs: Math.min(5000, Math.max(0, numberOr(get('debounceMs'), 300))),
    acceptedQuotes: words(get('acceptedQuotes')),
    gender: { enabled: get('gender.enabled') !== false, fromFirstNames: get('gender.fromFirstNames') === true },
    extraSourceKinds: headWords(get('sourceKinds.extraHeadWords')),
  };
}

/** The key under which an accepted unattributed quotation is remembered: its words, spacing folded. */
export function acceptedQuoteKey(quoteText: string): string {
  return quoteText.replace(/^[\s"“”‘’']+|[\s"“”‘’']+$/g, '').replace(/\s+/g, ' ');
}

/** The engine's options that the settings give (an Analyzer is made anew when they change). */
export function engineOptions(s: Settings): Pick<AnalyzeOptions, 'extraTitles' | 'extraCueVerbs' | 'gender' | 'extraSourceKinds'> {
  return { extraTitles: s.extraTitles, extraCueVerbs: s.extraCueVerbs, gender: s.gender, extraSourceKinds: s.extraSourceKinds };
}
