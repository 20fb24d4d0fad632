// The kind of source a person or a quotation is, from the roles the article states: the head word of
// the first role that has a kind (lexicon/source-kinds.ts, plus the user's extra head words); a head
// used in every kind of organisation ("spokesman", "president") takes the kind of the organisation
// the role names ("of the teachers' union" → advocate), else its own. A person with no such role
// but a party tag is an official; else unknown. A quotation takes its speaker's kind, else the kind
// of its source (organisation, document, anonymous), else unknown; null when it has no source.
import type { Person, Quote, SourceCategory, Span } from '../types';
import { CONTEXT_WORDS, RoleKind, SOURCE_KIND_WORDS, SourceKindWord, TITLE_KINDS } from '../lexicon/source-kinds';
import { headWord } from './head-word';

const CONTEXT = new Map(CONTEXT_WORDS.map((w) => [w.word, w.kind]));

export class SourceKinds {
  private readonly heads: Map<string, SourceKindWord>;
  /** Kinds by role text: the same roles come back on every run of an Analyzer. */
  private readonly byRole = new Map<string, SourceCategory | null>();

  /** `extra`: head word → kind (user settings); it replaces the built-in kind of that word. */
  constructor(extra: Readonly<Record<string, SourceCategory>> = {}) {
    this.heads = new Map(SOURCE_KIND_WORDS.map((w) => [w.word, w]));
    for (const [word, kind] of Object.entries(extra)) {
      const w = word.trim().toLowerCase();
      if (w) this.heads.set(w, { word: w, kind: kind as RoleKind });
    }
  }

  /** The kind a role gives, or null when its head word has none. */
  ofRole(role: string): SourceCategory | null {
    let k = this.byRole.get(role);
    if (k === undefined) {
      if (this.byRole.size > 10_000) this.byRole.clear();
      k = this.kindOfRole(role);
      this.byRole.set(role, k);
    }
    return k;
  }

  private kindOfRole(role: string): SourceCategory | null {
    const title = TITLE_KINDS.get(role.trim());
    if (title) return title;
    const head = headWord(role);
    // A plural head ("campaigners", "residents") has its singular's kind.
    const w = this.heads.get(head) ?? (head.endsWith('s') ? this.heads.get(head.slice(0, -1)) : undefined);
    if (!w) return null;
    return (w.byContext && contextKind(role)) || w.kind;
  }

  /** The kind of the first role that has one, and that role. */
  ofRoles(roles: readonly Span[]): { kind: SourceCategory; from: Span } | null {
    for (const r of roles) {
      const k = this.ofRole(r.text);
      if (k) return { kind: k, from: r };
    }
    return null;
  }

  /** The person's kind and the role it comes from (null: from the party tag, or unknown). */
  ofPerson(p: Person): { kind: SourceCategory; from: Span | null } {
    return this.ofRoles(p.roles) ?? { kind: p.affiliation ? 'official' : 'unknown', from: null };
  }

  /** `kinds`: the kind of each person by id (ofPerson). */
  ofQuote(q: Quote, kinds: ReadonlyMap<string, SourceCategory>): SourceCategory | null {
    if (q.attribution === 'none' && !q.speaker) return null;
    if (q.speaker) return kinds.get(q.speaker) ?? 'unknown';
    switch (q.sourceKind) {
      case 'organisation': return (q.source && contextKind(q.source.text)) || 'organisation';
      case 'document': return 'document';
      case 'anonymous': return 'anonymous';
      // An unresolved pronoun, or a source that is no person of the article ("Judge", "residents").
      default: return q.source ? this.ofRole(q.source.text) ?? 'unknown' : q.speakerName ? 'unknown' : null;
    }
  }
}

/** The kind of organisation a role or a source names: its last word (or two words) that tells one. */
function contextKind(text: string): RoleKind | null {
  let kind: RoleKind | null = null;
  const words = text.toLowerCase().split(/[\s,’']+/);
  words.forEach((w, i) => {
    kind = CONTEXT.get(`${words[i - 1] ?? ''} ${w}`) ?? CONTEXT.get(w) ?? kind;
  });
  return kind;
}
