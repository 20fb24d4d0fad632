// The JSON Schema (draft-07, what VS Code's `jsonValidation` understands) generated from the same
// field table as the validator. schemas/sources.schema.json is this function's output; a unit test
// fails when the committed file differs, and prints how to regenerate it.
import { FieldSpec, SIDECAR_SPEC } from './sidecar-model';

type Schema = Record<string, unknown>;

function schemaOf(spec: FieldSpec): Schema {
  switch (spec.type) {
    case 'string': {
      const s: Schema = { type: 'string', description: spec.description };
      if (spec.minLength !== undefined) s.minLength = spec.minLength;
      if (spec.pattern !== undefined) s.pattern = spec.pattern;
      return s;
    }
    case 'integer':
      return { type: 'integer', minimum: spec.minimum, description: spec.description };
    case 'enum':
      return { type: 'string', enum: [...spec.values], description: spec.description };
    case 'const':
      return { const: spec.value, description: spec.description };
    case 'array':
      return { type: 'array', items: schemaOf(spec.items), description: spec.description };
    case 'object': {
      const properties: Schema = {};
      for (const [key, field] of Object.entries(spec.properties)) properties[key] = schemaOf(field);
      return { type: 'object', description: spec.description, properties, required: [...spec.required], additionalProperties: false };
    }
    case 'variants':
      return { description: spec.description, oneOf: Object.values(spec.variants).map(schemaOf) };
  }
}

export function buildSidecarSchema(): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'News Source Annotator sidecar',
    // Said here because JSON Schema cannot express it; the extension checks it when reading.
    $comment: 'Also required, and checked by the extension: mark ids are unique, and no object repeats a property.',
    ...schemaOf(SIDECAR_SPEC),
  };
}

/** The schema file's text: 2-space JSON and a final newline, like the sidecars. */
export const sidecarSchemaText = (): string => JSON.stringify(buildSidecarSchema(), null, 2) + '\n';
