// The workspace index as data: one analysis per article, and the people of all articles merged by
// name. No `vscode` import: the editor layer (src/features/workspace-index.ts) fills it, the tree,
// the exports, the report and the hover read it, and the unit tests exercise it directly.
//
// Merging people across articles:
// - by full name, case-insensitively and with spacing folded ("Jane Doe" = "jane  doe");
// - a one-word name ("Doe") joins the full-name person with that surname when exactly one such
//   person exists in the workspace; otherwise it stays on its own.
import { quotesBy } from '../analysis/lookup';
import { lineOf, lineStarts } from '../analysis/structure/structure';
import { AnalysisResult, Person, Quote } from '../analysis/types';

/** One analysed article of the workspace. */
export interface IndexedFile {
  /** Workspace-relative path: the file's name in the tree, the exports and the report. */
  id: string;
  /** The file's URI, as a string. */
  uri: string;
  result: AnalysisResult;
  /** Offsets where each line starts (line 1 at index 0), for line numbers. */
  lineStarts: number[];
  /** A cheap fingerprint of the text that was analysed (skips re-analysing unchanged files). */
  fingerprint: string;
}

/** A quotation of one article, with its line. */
export interface QuoteRef {
  file: IndexedFile;
  quote: Quote;
  /** 1-based. */
  line: number;
}

/** A role as one article states it. */
export interface RoleRef {
  text: string;
  file: IndexedFile;
}

/** A person as the workspace knows them, merged over the articles that mention them. */
export interface MergedPerson {
  /** The merge key: the folded full name. */
  key: string;
  /** The fullest spelling used by any article. */
  name: string;
  /** Quotations attributed to the person (or naming them as a co-speaker), by file then offset. */
  quotes: QuoteRef[];
  roles: RoleRef[];
  /** Ids of the files that mention the person, sorted. */
  files: string[];
  /** The person as each article has them: file URI → person. */
  members: { file: IndexedFile; person: Person }[];
}

/** Line starts and 1-based line numbers, counted as editors count them (\n, \r\n, lone \r). */
export { lineStarts as lineStartsOf, lineOf };

/** Length and a 32-bit FNV-1a hash of the text: enough to tell an unchanged file. */
export function fingerprintOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(16)}`;
}

export function indexedFile(id: string, uri: string, text: string, result: AnalysisResult): IndexedFile {
  return { id, uri, result, lineStarts: lineStarts(text), fingerprint: fingerprintOf(text) };
}

/** The folded form of a name used to merge people: lower case, single spaces, no trailing dot. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

const surnameOf = (key: string): string => key.slice(key.lastIndexOf(' ') + 1);

/** Quotations of `person` in `result`: as speaker or as co-speaker. */
export class WorkspaceIndexModel {
  private readonly files = new Map<string, IndexedFile>();
  private merged: { people: MergedPerson[]; byKey: Map<string, MergedPerson>; bySurname: Map<string, MergedPerson | null> } | undefined;
  private sortedFiles: IndexedFile[] | undefined;

  get size(): number {
    return this.files.size;
  }

  /** Adds or replaces the analysis of a file (by URI). */
  set(file: IndexedFile): void {
    this.files.set(file.uri, file);
    this.invalidate();
  }

  get(uri: string): IndexedFile | undefined {
    return this.files.get(uri);
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  delete(uri: string): boolean {
    const had = this.files.delete(uri);
    if (had) this.invalidate();
    return had;
  }

  /** Removes every file under a folder URI (a folder was deleted); returns how many. */
  deleteUnder(folderUri: string): number {
    const prefix = folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
    let n = 0;
    for (const uri of [...this.files.keys()]) if (uri.startsWith(prefix) && this.files.delete(uri)) n++;
    if (n) this.invalidate();
    return n;
  }

  clear(): void {
    this.files.clear();
    this.invalidate();
  }

  uris(): string[] {
    return [...this.files.keys()];
  }

  /** Every file, sorted by id. */
  all(): IndexedFile[] {
    this.sortedFiles ??= [...this.files.values()].sort((a, b) => compareIds(a.id, b.id));
    return this.sortedFiles;
  }

  /** Every person of the workspace, merged across files (quoted or not). */
  people(): MergedPerson[] {
    return this.merge().people;
  }

  /** The people quoted at least once, most quoted first (then by name). */
  quotedPeople(): MergedPerson[] {
    return this.people()
      .filter((p) => p.quotes.length > 0)
      .sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name));
  }

  /** The merged person a name stands for, with the same rules as the merge itself. */
  find(name: string): MergedPerson | undefined {
    const { byKey, bySurname } = this.merge();
    const key = nameKey(name);
    const direct = byKey.get(key);
    if (direct) return direct;
    if (!key.includes(' ')) return bySurname.get(key) ?? undefined;
    return undefined;
  }

  /**
   * Roles that other articles state for the person called `name`, one per distinct wording,
   * leaving out the file `exceptUri`.
   */
  rolesElsewhere(name: string, exceptUri: string): RoleRef[] {
    const person = this.find(name);
    if (!person) return [];
    const seen = new Set<string>();
    const out: RoleRef[] = [];
    for (const r of person.roles) {
      if (r.file.uri === exceptUri) continue;
      const k = r.text.toLowerCase();
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(r);
    }
    return out;
  }

  private invalidate(): void {
    this.merged = undefined;
    this.sortedFiles = undefined;
  }

  private merge(): NonNullable<WorkspaceIndexModel['merged']> {
    if (this.merged) return this.merged;
    const byKey = new Map<string, MergedPerson>();
    const single: { file: IndexedFile; person: Person; key: string }[] = [];
    const files = this.all();
    const add = (target: MergedPerson, file: IndexedFile, person: Person): void => {
      target.members.push({ file, person });
      if (person.name.length > target.name.length) target.name = person.name;
      for (const r of person.roles) target.roles.push({ text: r.text, file });
    };
    const fresh = (key: string, name: string): MergedPerson => ({ key, name, quotes: [], roles: [], files: [], members: [] });
    for (const file of files) {
      for (const person of file.result.people) {
        const key = nameKey(person.name);
        if (!key) continue;
        if (!key.includes(' ')) {
          single.push({ file, person, key });
          continue;
        }
        let target = byKey.get(key);
        if (!target) byKey.set(key, (target = fresh(key, person.name)));
        add(target, file, person);
      }
    }
    // Surnames of full names: a one-word name joins the full name only when it is unique.
    const bySurname = new Map<string, MergedPerson | null>();
    for (const p of byKey.values()) {
      const s = surnameOf(p.key);
      bySurname.set(s, bySurname.has(s) ? null : p);
    }
    for (const { file, person, key } of single) {
      let target = bySurname.get(key) ?? byKey.get(key);
      if (!target) byKey.set(key, (target = fresh(key, person.name)));
      add(target, file, person);
    }
    for (const p of byKey.values()) {
      const ids = new Set<string>();
      for (const { file, person } of p.members) {
        ids.add(file.id);
        for (const quote of quotesBy(file.result, person.id)) p.quotes.push({ file, quote, line: lineOf(file.lineStarts, quote.start) });
      }
      p.files = [...ids].sort(compareIds);
      p.quotes.sort((a, b) => compareIds(a.file.id, b.file.id) || a.quote.start - b.quote.start);
    }
    const people = [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name));
    this.merged = { people, byKey, bySurname };
    return this.merged;
  }
}

/** A role as a phrase on its own: without a leading article ("the mayor of Riverton" → "mayor of Riverton"). */
export function plainRole(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/i, '');
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The speaker's roles in the article of a quotation (verbatim, joined with "; "). */
export function speakerRoles(file: IndexedFile, quote: Quote): string {
  if (!quote.speaker) return '';
  const person = file.result.people.find((p) => p.id === quote.speaker);
  return person ? person.roles.map((r) => r.text).join('; ') : '';
}
