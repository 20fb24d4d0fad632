// The numbers behind the Sources report: quotations per speaker, how quotations are attributed,
// and what kinds of role the quoted people hold. No `vscode` import.
import { Quote } from '../analysis/types';
import { headWord } from '../analysis/source-kind/head-word';
import { IndexedFile, WorkspaceIndexModel } from './index-model';
import { emptyCounts, VerificationCounts } from '../verification';
import { buildWhoModel, WhoModel } from './who-model';

/** How a quotation is attributed, for the share chart. */
export type AttributionShare = 'named' | 'anonymous' | 'continuation' | 'unattributed';
export const SHARES: readonly AttributionShare[] = ['named', 'anonymous', 'continuation', 'unattributed'];

/**
 * Kinds of role, by the role's head word (see roleGroup). Kept deliberately small.
 */
export type RoleGroup = 'president' | 'minister' | 'secretary' | 'lawmaker' | 'spokesperson' | 'official' | 'other' | 'none';
export const ROLE_GROUPS: readonly RoleGroup[] = ['president', 'minister', 'secretary', 'lawmaker', 'spokesperson', 'official', 'other', 'none'];
export const ROLE_GROUP_LABELS: Record<RoleGroup, string> = {
  president: 'President',
  minister: 'Minister',
  secretary: 'Secretary',
  lawmaker: 'Lawmaker',
  spokesperson: 'Spokesperson',
  official: 'Official',
  other: 'Other role',
  none: 'No role stated',
};

const HEAD_WORDS: Record<string, RoleGroup> = {
  president: 'president',
  minister: 'minister',
  premier: 'minister',
  secretary: 'secretary',
  senator: 'lawmaker',
  'sen.': 'lawmaker',
  'sens.': 'lawmaker',
  representative: 'lawmaker',
  'rep.': 'lawmaker',
  'reps.': 'lawmaker',
  congressman: 'lawmaker',
  congresswoman: 'lawmaker',
  lawmaker: 'lawmaker',
  legislator: 'lawmaker',
  councilman: 'lawmaker',
  councilwoman: 'lawmaker',
  councillor: 'lawmaker',
  councilor: 'lawmaker',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  spokesperson: 'spokesperson',
  official: 'official',
  officer: 'official',
  director: 'official',
  commissioner: 'official',
  chairman: 'official',
  chairwoman: 'official',
  chair: 'official',
  mayor: 'official',
  governor: 'official',
  ambassador: 'official',
  administrator: 'official',
  aide: 'official',
};

export { headWord };

/**
 * The kind of a person's roles: the group of the first role whose head word is known
 * (HEAD_WORDS), else 'other' when there is a role, else 'none'.
 */
export function roleGroup(roles: readonly string[]): RoleGroup {
  for (const r of roles) {
    const g = HEAD_WORDS[headWord(r)];
    if (g) return g;
  }
  return roles.length ? 'other' : 'none';
}

export function shareOf(q: Quote): AttributionShare {
  if (q.attribution === 'none') return 'unattributed';
  if (q.attribution === 'continuation') return 'continuation';
  return q.sourceKind === 'anonymous' ? 'anonymous' : 'named';
}

export interface SpeakerRow {
  name: string;
  count: number;
  files: number;
  /** The speaker's first quotation (verbatim article text). */
  example: string;
  group: RoleGroup;
}

export interface ReportModel {
  title: string;
  files: number;
  quotes: number;
  /** People quoted, most quoted first: the first `top` of them. */
  speakers: SpeakerRow[];
  /** How many people are quoted in all. */
  speakerCount: number;
  shares: Record<AttributionShare, number>;
  roleGroups: Record<RoleGroup, number>;
  /** Who is quoted: people and quotations by stated gender and by kind of source. */
  who: WhoModel;
  /** Fact-checking progress per article (file id), when the marks are known. */
  verification?: { file: string; counts: VerificationCounts }[];
}

/** An article's counts by status (the editor's store, or the CLI's sidecars). */
export type CountsOf = (file: IndexedFile) => VerificationCounts | undefined;

export const TOP_SPEAKERS = 15;

/**
 * The report over the files of `model`. A quotation's role group is that of its speaker's roles
 * in the same article, or, when that article states none, of the roles other articles state.
 */
export function buildReportModel(model: WorkspaceIndexModel, title: string, top = TOP_SPEAKERS, countsOf?: CountsOf, genderShown = true): ReportModel {
  const files: IndexedFile[] = model.all();
  const shares: Record<AttributionShare, number> = { named: 0, anonymous: 0, continuation: 0, unattributed: 0 };
  let quotes = 0;
  for (const f of files) {
    for (const q of f.result.quotes) {
      shares[shareOf(q)]++;
      quotes++;
    }
  }
  const roleGroups = Object.fromEntries(ROLE_GROUPS.map((g) => [g, 0])) as Record<RoleGroup, number>;
  const people = model.quotedPeople();
  const rows: SpeakerRow[] = [];
  for (const p of people) {
    const everywhere = p.roles.map((r) => r.text);
    for (const ref of p.quotes) {
      const member = p.members.find((m) => m.file === ref.file);
      const here = member ? member.person.roles.map((r) => r.text) : [];
      roleGroups[roleGroup(here.length ? here : everywhere)]++;
    }
    rows.push({ name: p.name, count: p.quotes.length, files: p.files.length, example: p.quotes[0]?.quote.text ?? '', group: roleGroup(everywhere) });
  }
  const report: ReportModel = { title, files: files.length, quotes, speakers: rows.slice(0, top), speakerCount: rows.length, shares, roleGroups, who: buildWhoModel(model, genderShown) };
  if (countsOf) report.verification = files.map((f) => ({ file: f.id, counts: countsOf(f) ?? { ...emptyCounts(), unchecked: f.result.quotes.length } }));
  return report;
}
