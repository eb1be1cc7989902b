// A small JSON Schema (2020-12) checker for the subset our published schemas use: type,
// const, enum, required, properties, additionalProperties, propertyNames, minProperties,
// items, prefixItems, minItems, maxItems, minimum, maximum, pattern, format (date, email),
// oneOf and local $ref. Each problem names the path of the field and a code the editor
// words in its own language; no network, no eval, nothing leaves the page.

export type Schema = {
  $ref?: string;
  $defs?: Record<string, Schema>;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  propertyNames?: Schema;
  minProperties?: number;
  items?: Schema;
  prefixItems?: Schema[];
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  oneOf?: Schema[];
};

export type ProblemCode =
  | 'required' | 'type' | 'const' | 'enum' | 'pattern' | 'format' | 'minimum' | 'maximum'
  | 'minItems' | 'maxItems' | 'minProperties' | 'unknownField' | 'oneOf';

export interface SchemaProblem {
  /** JSON Pointer of the value (`/partnerships/0/cities/1/country`); a missing field's own path. */
  path: string;
  code: ProblemCode;
  /** What the rule asks: the expected type, the allowed values, the limit, the pattern or format. */
  expected?: unknown;
}

const pointer = (path: string, key: string | number) => `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const typeMatches = (value: unknown, type: string) => {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
};

const FORMATS: Record<string, (value: string) => boolean> = {
  // A real calendar day: 2025-02-30 is refused.
  date: (value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  },
  email: (value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
};

/** Checks `value` against `schema`; the root schema's `$defs` resolve `#/$defs/…` references. */
export function checkSchema(value: unknown, schema: Schema, root: Schema = schema, path = ''): SchemaProblem[] {
  if (schema.$ref) {
    const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name ? root.$defs?.[name] : undefined;
    if (!target) throw new Error(`Unsupported $ref ${schema.$ref}`);
    return checkSchema(value, { ...target, ...schema, $ref: undefined }, root, path);
  }
  const problems: SchemaProblem[] = [];
  const add = (code: ProblemCode, expected?: unknown, at = path) => problems.push({ path: at, code, expected });

  if (schema.oneOf) {
    const passing = schema.oneOf.map((option) => checkSchema(value, option, root, path));
    const ok = passing.filter((list) => list.length === 0).length;
    if (ok !== 1) {
      // Report the closest option's problems: the one whose type fits, or the fewest problems.
      const fitting = schema.oneOf.findIndex((option) => !option.type || [option.type].flat().some((t) => typeMatches(value, t)));
      if (ok === 0 && fitting >= 0) problems.push(...passing[fitting]);
      else add('oneOf', schema.oneOf.map((option) => option.type).filter(Boolean));
    }
  }
  if (schema.type) {
    const types = [schema.type].flat();
    if (!types.some((type) => typeMatches(value, type))) {
      add('type', types.join(' | '));
      return problems; // the other rules would only repeat it
    }
  }
  if ('const' in schema && value !== schema.const) add('const', schema.const);
  if (schema.enum && !schema.enum.includes(value)) add('enum', schema.enum);

  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) add('pattern', schema.pattern);
    if (schema.format && FORMATS[schema.format] && !FORMATS[schema.format](value)) add('format', schema.format);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) add('minimum', schema.minimum);
    if (schema.maximum !== undefined && value > schema.maximum) add('maximum', schema.maximum);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) add('minItems', schema.minItems);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) add('maxItems', schema.maxItems);
    value.forEach((item, i) => {
      const itemSchema = schema.prefixItems?.[i] ?? schema.items;
      if (itemSchema) problems.push(...checkSchema(item, itemSchema, root, pointer(path, i)));
    });
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object).filter((key) => object[key] !== undefined);
    for (const key of schema.required ?? []) if (object[key] === undefined) add('required', key, pointer(path, key));
    if (schema.minProperties !== undefined && keys.length < schema.minProperties) add('minProperties', schema.minProperties);
    for (const key of keys) {
      const at = pointer(path, key);
      if (schema.propertyNames) problems.push(...checkSchema(key, schema.propertyNames, root, at));
      const own = schema.properties?.[key];
      if (own) problems.push(...checkSchema(object[key], own, root, at));
      else if (schema.additionalProperties === false) add('unknownField', key, at);
      else if (typeof schema.additionalProperties === 'object') problems.push(...checkSchema(object[key], schema.additionalProperties, root, at));
    }
  }
  return problems;
}
