// A small JSON Schema checker for exactly the keywords schemas/sources.schema.json uses, written
// from the draft-07 text and independent of the extension's validator: the tests compare the two
// verdicts, so the schema shipped for hand edits agrees with what the extension reads.
// Any keyword it does not know fails loudly, so a schema growing a keyword cannot pass unchecked.

type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', '$comment', 'title', 'description']);
const KNOWN = new Set([...ANNOTATIONS, 'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'pattern', 'minLength', 'minimum', 'oneOf']);

const typeMatches = (type: string, v: unknown): boolean => {
  switch (type) {
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    default:
      throw new Error(`mini-schema: type ${type} not supported`);
  }
};

/** True when `value` is valid against `schema`. */
export function schemaAccepts(schema: Schema, value: unknown): boolean {
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`mini-schema: keyword ${key} not supported`);
  if (schema.type !== undefined && !typeMatches(schema.type as string, value)) return false;
  if (schema.const !== undefined && value !== schema.const) return false;
  if (schema.enum !== undefined && !(schema.enum as unknown[]).includes(value)) return false;
  if (typeof value === 'string') {
    // minLength counts code points in JSON Schema.
    if (schema.minLength !== undefined && [...value].length < (schema.minLength as number)) return false;
    if (schema.pattern !== undefined && !new RegExp(schema.pattern as string, 'u').test(value)) return false;
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < (schema.minimum as number)) return false;
  if (Array.isArray(value) && schema.items !== undefined && !value.every((item) => schemaAccepts(schema.items as Schema, item))) return false;
  if (typeMatches('object', value)) {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in obj)) return false;
    for (const [key, v] of Object.entries(obj)) {
      if (key in props) {
        if (!schemaAccepts(props[key], v)) return false;
      } else if (schema.additionalProperties === false) return false;
    }
  }
  if (schema.oneOf !== undefined && (schema.oneOf as Schema[]).filter((s) => schemaAccepts(s, value)).length !== 1) return false;
  return true;
}
