// "Who is quoted": the people quoted and their quotations by gender as the articles state it
// (women, men, not stated) and by kind of source, for the workspace and per article. People are
// counted once each (distinct contributors, as the 50:50 method counts them) as well as by their
// quotations. No `vscode` import.
import type { Person, Quote, SourceCategory } from '../analysis/types';
import type { IndexedFile, MergedPerson, WorkspaceIndexModel } from './index-model';
import { KINDS, STATED_GROUPS, StatedGroup, statedGroup } from './who-labels';

export interface Tally<K extends string> {
  people: Record<K, number>;
  quotes: Record<K, number>;
}

export interface ArticleWho {
  file: string;
  gender: Tally<StatedGroup>;
  kind: Tally<SourceCategory>;
}

export interface WhoModel {
  gender: Tally<StatedGroup>;
  kind: Tally<SourceCategory>;
  /** Quotations whose source is not a person of the article (organisations, documents, unnamed). */
  notPeople: number;
  articles: ArticleWho[];
  /** False when newsAnnotator.gender.enabled is off: the gender tallies are all "not stated". */
  genderShown: boolean;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const tally = <K extends string>(keys: readonly K[]): Tally<K> => ({ people: zeros(keys), quotes: zeros(keys) });

/** A merged person's gender: the one their articles state, when they agree; else not stated. */
export function mergedGender(members: readonly { person: Person }[]): StatedGroup {
  const stated = new Set(members.map((m) => m.person.gender).filter((g): g is 'male' | 'female' => !!g));
  return stated.size === 1 ? ([...stated][0] as 'male' | 'female') : 'unstated';
}

/** A merged person's kind: the most frequent known kind over their articles, else unknown. */
export function mergedKind(members: readonly { person: Person }[]): SourceCategory {
  const counts = new Map<SourceCategory, number>();
  for (const m of members) {
    const k = m.person.sourceKind ?? 'unknown';
    if (k !== 'unknown') counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best: SourceCategory = 'unknown';
  for (const [k, n] of counts) if (n > (counts.get(best) ?? 0)) best = k;
  return best;
}

/** The quotation's kind of source as the engine gave it (the speaker's, or the source's). */
const kindOfQuote = (q: Quote): SourceCategory | null => q.sourceCategory ?? null;

function articleWho(file: IndexedFile): ArticleWho {
  const gender = tally(STATED_GROUPS);
  const kind = tally(KINDS);
  const byId = new Map(file.result.people.map((p) => [p.id, p]));
  const quoted = new Set<string>();
  for (const q of file.result.quotes) {
    const k = kindOfQuote(q);
    if (k) kind.quotes[k]++;
    const p = q.speaker ? byId.get(q.speaker) : undefined;
    if (!p) continue;
    gender.quotes[statedGroup(p.gender)]++;
    if (!quoted.has(p.id)) {
      quoted.add(p.id);
      gender.people[statedGroup(p.gender)]++;
      kind.people[p.sourceKind ?? 'unknown']++;
    }
  }
  return { file: file.id, gender, kind };
}

export function buildWhoModel(model: WorkspaceIndexModel, genderShown = true): WhoModel {
  const gender = tally(STATED_GROUPS);
  const kind = tally(KINDS);
  let notPeople = 0;
  const people: MergedPerson[] = model.quotedPeople();
  for (const p of people) {
    const g = mergedGender(p.members);
    const k = mergedKind(p.members);
    gender.people[g]++;
    kind.people[k]++;
    gender.quotes[g] += p.quotes.length;
    // A person's quotations take the kind their articles together give them (roles stated elsewhere too).
    kind.quotes[k] += p.quotes.length;
  }
  for (const f of model.all()) {
    for (const q of f.result.quotes) {
      const k = kindOfQuote(q);
      if (!k || q.speaker) continue;
      kind.quotes[k]++;
      notPeople++;
    }
  }
  return { gender, kind, notPeople, articles: model.all().map(articleWho), genderShown };
}
