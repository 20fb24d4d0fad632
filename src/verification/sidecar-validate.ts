// Checks a JSON tree against a FieldSpec of sidecar-model.ts and builds the plain value. It reads
// the same table the JSON Schema is generated from, so both accept the same documents; errors carry
// the offset of the offending value (or of the object missing a property), for a line and column.
import { JsonNode } from './json-positions';
import { FieldSpec, ObjectSpec } from './sidecar-model';

export interface SpecError {
  /** Where in the document, for people: `marks[2].status`. */
  path: string;
  message: string;
  offset: number;
}

export type SpecResult = { ok: true; value: unknown } | { ok: false; error: SpecError };

const kindOf = (node: JsonNode): string => (node.type === 'number' && Number.isInteger(node.value) ? 'integer' : node.type);
const shown = (node: JsonNode): string =>
  node.type === 'string' ? JSON.stringify(node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value) : node.type === 'number' || node.type === 'boolean' ? String(node.value) : `an ${kindOf(node)}`;

/** Compiled once: patterns are used with the 'u' flag, as VS Code's JSON validation does. */
const patterns = new Map<string, RegExp>();
const regexOf = (source: string): RegExp => {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source, 'u')));
  return re;
};

class SpecViolation extends Error {
  constructor(readonly detail: SpecError) {
    super(detail.message);
  }
}

export function validateAgainstSpec(node: JsonNode, spec: FieldSpec, path: string): SpecResult {
  try {
    return { ok: true, value: check(node, spec, path) };
  } catch (e) {
    if (e instanceof SpecViolation) return { ok: false, error: e.detail };
    throw e;
  }
}

function violation(path: string, message: string, offset: number): never {
  throw new SpecViolation({ path, message, offset });
}

function check(node: JsonNode, spec: FieldSpec, path: string): unknown {
  const wrongType = (expected: string): never => violation(path, `expected ${expected}, found ${shown(node)}`, node.offset);
  switch (spec.type) {
    case 'string': {
      if (node.type !== 'string') return wrongType('a string');
      if (spec.minLength !== undefined && node.value.length < spec.minLength) violation(path, 'must not be empty', node.offset);
      if (spec.pattern !== undefined && !regexOf(spec.pattern).test(node.value)) violation(path, `${shown(node)} is not ${describePattern(path)}`, node.offset);
      return node.value;
    }
    case 'integer':
      if (node.type !== 'number' || !Number.isInteger(node.value)) return wrongType('an integer');
      if (node.value < spec.minimum) violation(path, `must be at least ${spec.minimum}`, node.offset);
      return node.value;
    case 'enum':
      if (node.type !== 'string' || !spec.values.includes(node.value)) {
        violation(path, `expected one of ${spec.values.map((v) => JSON.stringify(v)).join(', ')}, found ${shown(node)}`, node.offset);
      }
      return (node as { value: string }).value;
    case 'const':
      if ((node.type !== 'string' && node.type !== 'number') || node.value !== spec.value) return wrongType(JSON.stringify(spec.value));
      return spec.value;
    case 'array':
      if (node.type !== 'array') return wrongType('an array');
      return node.items.map((item, i) => check(item, spec.items, `${path}[${i}]`));
    case 'object':
      return checkObject(node, spec, path);
    case 'variants': {
      if (node.type !== 'object') return wrongType('an object');
      const kind = node.entries.find((e) => e.key === 'kind');
      const names = Object.keys(spec.variants);
      if (!kind) violation(path, 'missing property "kind"', node.offset);
      if (kind.value.type !== 'string' || !Object.prototype.hasOwnProperty.call(spec.variants, kind.value.value)) {
        violation(`${path}.kind`, `expected one of ${names.map((v) => JSON.stringify(v)).join(', ')}, found ${shown(kind.value)}`, kind.value.offset);
      }
      return checkObject(node, spec.variants[(kind.value as { value: string }).value], path);
    }
  }
}

function checkObject(node: JsonNode, spec: ObjectSpec, path: string): Record<string, unknown> {
  if (node.type !== 'object') return violation(path, `expected an object, found ${shown(node)}`, node.offset);
  const out: Record<string, unknown> = {};
  for (const entry of node.entries) {
    const field = Object.prototype.hasOwnProperty.call(spec.properties, entry.key) ? spec.properties[entry.key] : undefined;
    const where = path ? `${path}.${entry.key}` : entry.key;
    if (!field) violation(where, `unknown property ${JSON.stringify(entry.key)} (allowed: ${Object.keys(spec.properties).join(', ')})`, entry.keyOffset);
    out[entry.key] = check(entry.value, field, where);
  }
  for (const key of spec.required) {
    if (!(key in out)) violation(path || '(top level)', `missing property ${JSON.stringify(key)}`, node.offset);
  }
  return out;
}

/** A few words for a pattern error, by the field's name: more helpful than the regex. */
function describePattern(path: string): string {
  const field = path.slice(path.lastIndexOf('.') + 1);
  const words: Record<string, string> = {
    id: 'a mark id (letters, digits, - and _, at most 64)',
    at: 'an ISO 8601 date and time with a time zone, such as 2024-03-04T09:30:00Z',
    link: "an http(s) URL or a path relative to the article's folder",
    article: 'a file name without a folder',
  };
  return words[field] ?? 'in the expected form';
}
