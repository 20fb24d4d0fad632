// The extension's settings, read into one typed object. Names match package.json's
// `contributes.configuration` (section "newsAnnotator").
import * as vscode from 'vscode';
import { SOURCE_CATEGORIES, SourceCategory } from '../analysis/types';

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

/** The kinds a head word may be given in the settings. */
const ROLE_KINDS = new Set<string>(SOURCE_CATEGORIES.filter((k) => k !== 'document' && k !== 'anonymous' && k !== 'unknown'));

function headWords(c: vscode.WorkspaceConfiguration, key: string): Record<string, SourceCategory> {
  const v = c.get<unknown>(key, {});
  const out: Record<string, SourceCategory> = {};
  if (!v || typeof v !== 'object' || Array.isArray(v)) return out;
  for (const [word, kind] of Object.entries(v as Record<string, unknown>)) {
    if (word.trim() && typeof kind === 'string' && ROLE_KINDS.has(kind)) out[word.trim().toLowerCase()] = kind as SourceCategory;
  }
  return out;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

function severity(c: vscode.WorkspaceConfiguration, key: string, fallback: SeverityOption): SeverityOption {
  const v = c.get<string>(key, fallback);
  return SEVERITIES.has(v) ? (v as SeverityOption) : fallback;
}

function words(c: vscode.WorkspaceConfiguration, key: string): string[] {
  const v = c.get<unknown>(key, []);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : [];
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const ref = c.get<string>('referenceDate', '').trim();
  return {
    severities: {
      'unattributed-quote': severity(c, 'diagnostics.unattributedQuote', 'warning'),
      'unclosed-quote': severity(c, 'diagnostics.unclosedQuote', 'error'),
      'anonymous-source': severity(c, 'diagnostics.anonymousSource', 'off'),
    },
    inlayHints: c.get<boolean>('inlayHints.enabled', true),
    referenceDate: /^\d{4}-\d{2}-\d{2}$/.test(ref) ? ref : null,
    extraTitles: words(c, 'extraTitles'),
    extraCueVerbs: words(c, 'extraCueVerbs'),
    maxFileSizeKB: Math.max(1, c.get<number>('maxFileSizeKB', 500)),
    debounceMs: Math.min(5000, Math.max(0, c.get<number>('debounceMs', 300))),
    acceptedQuotes: words(c, 'acceptedQuotes'),
    gender: { enabled: c.get<boolean>('gender.enabled', true) !== false, fromFirstNames: c.get<boolean>('gender.fromFirstNames', false) === true },
    extraSourceKinds: headWords(c, 'sourceKinds.extraHeadWords'),
  };
}

/** The key under which an accepted unattributed quotation is remembered: its words, spacing folded. */
export function acceptedQuoteKey(quoteText: string): string {
  return quoteText.replace(/^[\s"“”‘’']+|[\s"“”‘’']+$/g, '').replace(/\s+/g, ' ');
}
