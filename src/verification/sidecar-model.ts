// The sidecar's data model, as TypeScript types and as one table of fields (SIDECAR_SPEC).
// Why a table: the validator behind `parse` (sidecar-validate.ts) and the JSON Schema shipped for
// hand edits (sidecar-schema.ts, schemas/sources.schema.json) both read it, so what the editor
// flags and what the extension accepts cannot drift apart.

export const SIDECAR_VERSION = 1;

export const MARK_STATUSES = ['verified', 'needs-check', 'disputed'] as const;
export type MarkStatus = (typeof MARK_STATUSES)[number];

/** Context kept on each side of the quotation in an anchor, in UTF-16 code units (at most). */
export const ANCHOR_CONTEXT_LENGTH = 32;

export interface Anchor {
  /** The quotation's text exactly as the engine reported it (quotation marks included). */
  quote: string;
  /** Up to ANCHOR_CONTEXT_LENGTH code units of the article just before the quotation. */
  before: string;
  /** Up to ANCHOR_CONTEXT_LENGTH code units just after it. */
  after: string;
  /** The quotation's start offset (UTF-16) when the mark was last anchored. */
  offset: number;
}

/** One of the article's people, a name typed by the user, or "nobody in the text said it". */
export type SpeakerCorrection = { kind: 'person'; name: string } | { kind: 'name'; name: string } | { kind: 'none' };

export interface Mark {
  id: string;
  anchor: Anchor;
  status: MarkStatus;
  note?: string;
  /** An http(s) URL, or a path relative to the article's folder. */
  link?: string;
  speaker?: SpeakerCorrection;
  /** Who checked: git user.name, else the OS user. */
  by: string;
  /** When: ISO 8601 date and time with a zone. */
  at: string;
}

export interface Sidecar {
  version: typeof SIDECAR_VERSION;
  /** The article's file name (no folder), to tell a stray sidecar from its article. */
  article: string;
  marks: Mark[];
}

// ---- patterns: ECMAScript regular expressions, the same source in the validator and the schema ----

/** Letters, digits, '-' and '_', so ids are safe in command arguments, URIs and file diffs. */
export const MARK_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$';
/** ISO 8601 date and time, seconds and fraction optional, with Z or an offset: sortable and unambiguous. */
export const TIMESTAMP_PATTERN =
  '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)$';
/**
 * An http(s) URL without spaces, or a relative path (no scheme such as file: or C:, no leading slash
 * or backslash, no control characters): an absolute path would break on a colleague's machine.
 */
export const LINK_PATTERN = '^(https?://[^\\s]+|(?![A-Za-z][A-Za-z0-9+.-]*:)(?![/\\\\])[^\\u0000-\\u001f]+)$';
/** A file name, not a path. */
export const ARTICLE_NAME_PATTERN = '^[^/\\\\]+$';

// ---- the field table ---------------------------------------------------------------------------

export type FieldSpec =
  | { type: 'string'; minLength?: number; pattern?: string; description: string }
  | { type: 'integer'; minimum: number; description: string }
  | { type: 'enum'; values: readonly string[]; description: string }
  | { type: 'const'; value: number | string; description: string }
  | { type: 'object'; properties: Record<string, FieldSpec>; required: readonly string[]; description: string }
  | { type: 'array'; items: FieldSpec; description: string }
  /** An object told apart by its `kind` property; each variant is a closed object. */
  | { type: 'variants'; variants: Record<string, ObjectSpec>; description: string };

export type ObjectSpec = Extract<FieldSpec, { type: 'object' }>;

const nonEmpty = (description: string): FieldSpec => ({ type: 'string', minLength: 1, description });

const SPEAKER_SPEC: FieldSpec = {
  type: 'variants',
  description: "The speaker as the fact-checker corrected it; it replaces the engine's speaker.",
  variants: {
    person: {
      type: 'object',
      description: 'One of the people the article names.',
      properties: { kind: { type: 'const', value: 'person', description: 'A person of the article.' }, name: nonEmpty("The person's name as the article gives it.") },
      required: ['kind', 'name'],
    },
    name: {
      type: 'object',
      description: 'A name typed by the fact-checker.',
      properties: { kind: { type: 'const', value: 'name', description: 'A typed name.' }, name: nonEmpty('The name.') },
      required: ['kind', 'name'],
    },
    none: {
      type: 'object',
      description: 'Nobody in the text said it.',
      properties: { kind: { type: 'const', value: 'none', description: 'No speaker in the text.' } },
      required: ['kind'],
    },
  },
};

export const ANCHOR_SPEC: ObjectSpec = {
  type: 'object',
  description: 'Where the mark belongs: the quotation and a little context, so it survives edits.',
  properties: {
    quote: nonEmpty("The quotation's text, quotation marks included."),
    before: { type: 'string', description: 'Text just before the quotation.' },
    after: { type: 'string', description: 'Text just after the quotation.' },
    offset: { type: 'integer', minimum: 0, description: "The quotation's start, in UTF-16 code units." },
  },
  required: ['quote', 'before', 'after', 'offset'],
};

export const MARK_SPEC: ObjectSpec = {
  type: 'object',
  description: "A fact-checker's mark on one quotation.",
  properties: {
    id: { type: 'string', pattern: MARK_ID_PATTERN, description: 'Unique within the file; merges match marks by id.' },
    anchor: ANCHOR_SPEC,
    status: { type: 'enum', values: MARK_STATUSES, description: 'What the check found.' },
    note: nonEmpty('A note for colleagues.'),
    link: { type: 'string', minLength: 1, pattern: LINK_PATTERN, description: "Evidence: an http(s) URL, or a path relative to the article's folder." },
    speaker: SPEAKER_SPEC,
    by: nonEmpty('Who checked.'),
    at: { type: 'string', pattern: TIMESTAMP_PATTERN, description: 'When, ISO 8601 with a time zone.' },
  },
  required: ['id', 'anchor', 'status', 'by', 'at'],
};

export const SIDECAR_SPEC: ObjectSpec = {
  type: 'object',
  description: "News Source Annotator: a fact-checker's marks on the quotations of one article.",
  properties: {
    version: { type: 'const', value: SIDECAR_VERSION, description: 'Format version.' },
    article: { type: 'string', minLength: 1, pattern: ARTICLE_NAME_PATTERN, description: "The article's file name." },
    marks: { type: 'array', items: MARK_SPEC, description: 'One entry per mark, sorted by anchor offset, then id.' },
  },
  required: ['version', 'article', 'marks'],
};

/** Key order on disk: the order of each spec's properties, so diffs stay small and stable. */
export const keyOrder = (spec: ObjectSpec): string[] => Object.keys(spec.properties);
