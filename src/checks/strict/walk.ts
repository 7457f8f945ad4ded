/**
 * The strict reading of a response: walks the documented schema and the body side by side and
 * lists what a document-level validation lets through because the published document declares
 * no `required` properties and no `additionalProperties: false`:
 *   missing   – a documented property is absent,
 *   extra     – a property the document does not declare,
 *   null      – null where the schema is not nullable,
 *   uuid      – an id (by the domain's naming) that is not a UUID,
 *   datetime  – a date (by the domain's naming) that is not RFC 3339.
 * Hand-written: no validator offers "the document, read strictly" as a mode.
 */
import { derefObject } from '../../document/resolve.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../core/json.ts';

export type StrictIssueKind = 'missing' | 'extra' | 'null' | 'uuid' | 'datetime';

export interface StrictIssue {
  readonly kind: StrictIssueKind;
  /** JSON pointer into the body. */
  readonly path: string;
  readonly message: string;
}

/** Property names the domain says hold UUIDs (Web Modeler ids and the organization). */
export const UUID_PROPERTIES: ReadonlySet<string> = new Set([
  'id',
  'projectId',
  'folderId',
  'parentId',
  'fileId',
  'milestoneId',
  'versionId',
  'authorizedOrganization',
]);

/** Property names the domain says hold dates. */
export const DATE_PROPERTIES: ReadonlySet<string> = new Set(['created', 'updated']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function isRfc3339(value: string): boolean {
  return RFC3339.test(value) && !Number.isNaN(Date.parse(value));
}

function typesOf(schema: JsonObject): string[] {
  const t = schema.type;
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

function allowsNull(root: JsonObject, schema: JsonObject): boolean {
  if (schema.nullable === true) return true;
  if (typesOf(schema).includes('null')) return true;
  if (Array.isArray(schema.enum) && schema.enum.includes(null)) return true;
  if (schema.const === null) return true;
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = schema[key];
    if (Array.isArray(branches) && branches.some((b) => allowsNull(root, resolve(root, b)))) return true;
  }
  // A schema without any type constraint (e.g. {} or only a description) allows null too.
  return (
    typesOf(schema).length === 0 &&
    !hasProperties(schema) &&
    schema.items === undefined &&
    !('enum' in schema) &&
    !('allOf' in schema)
  );
}

function hasProperties(schema: JsonObject): boolean {
  return isJsonObject(schema.properties);
}

/**
 * What the walk works out per schema, remembered by document and schema object (a document's
 * schemas are the same objects for every response judged against it): a `$ref`'s target, and the
 * merged properties of an object schema. An array of 60 items of one schema resolves and merges
 * it once.
 */
interface Memo {
  readonly resolved: WeakMap<JsonObject, JsonObject>;
  readonly merged: WeakMap<JsonObject, EffectiveProperties>;
}
const memos = new WeakMap<JsonObject, Memo>();
const EMPTY: JsonObject = {};

function memoOf(root: JsonObject): Memo {
  const known = memos.get(root);
  if (known !== undefined) return known;
  const memo: Memo = { resolved: new WeakMap(), merged: new WeakMap() };
  memos.set(root, memo);
  return memo;
}

function resolve(root: JsonObject, schema: JsonValue | undefined): JsonObject {
  if (!isJsonObject(schema)) return EMPTY;
  if (typeof schema.$ref !== 'string') return schema;
  const { resolved } = memoOf(root);
  const known = resolved.get(schema);
  if (known !== undefined) return known;
  const target = derefObject(root, schema)?.value ?? EMPTY;
  resolved.set(schema, target);
  return target;
}

interface EffectiveProperties {
  readonly properties: ReadonlyMap<string, JsonObject>;
  readonly additional: boolean;
}

/** allOf members merged into one schema's properties (what the document composes). */
function effectiveProperties(root: JsonObject, schema: JsonObject): EffectiveProperties {
  const { merged } = memoOf(root);
  const known = merged.get(schema);
  if (known !== undefined) return known;
  const found = mergeProperties(root, schema);
  merged.set(schema, found);
  return found;
}

function mergeProperties(root: JsonObject, schema: JsonObject): EffectiveProperties {
  const properties = new Map<string, JsonObject>();
  let additional = false;
  const visit = (s: JsonObject): void => {
    if (isJsonObject(s.properties)) {
      for (const [name, sub] of Object.entries(s.properties)) properties.set(name, resolve(root, sub));
    }
    // additionalProperties: true or a schema documents a map: its keys are not "undocumented".
    if (s.additionalProperties === true || isJsonObject(s.additionalProperties)) additional = true;
    if (Array.isArray(s.allOf)) for (const member of s.allOf) visit(resolve(root, member));
  };
  visit(schema);
  return { properties, additional };
}

function child(path: string, key: string | number): string {
  const token = String(key);
  // Escaped only when it must be (JSON pointer: "~" → "~0", "/" → "~1"); most keys need nothing.
  return token.includes('~') || token.includes('/')
    ? `${path}/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`
    : `${path}/${token}`;
}

/** Picks the oneOf/anyOf branch that fits the data best (fewest issues). */
function bestBranch(
  root: JsonObject,
  branches: readonly JsonValue[],
  data: JsonValue,
  path: string,
  depth: number,
): StrictIssue[] {
  let best: StrictIssue[] | undefined;
  for (const branch of branches) {
    const issues = walk(root, resolve(root, branch), data, path, depth + 1);
    if (best === undefined || issues.length < best.length) best = issues;
  }
  return best ?? [];
}

function walk(root: JsonObject, schema: JsonObject, data: JsonValue, path: string, depth: number): StrictIssue[] {
  if (depth > 64) return [];
  const issues: StrictIssue[] = [];
  if (data === null) {
    if (!allowsNull(root, schema))
      issues.push({ kind: 'null', path, message: `${path || '(root)'} is null but not nullable` });
    return issues;
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = schema[key];
    if (Array.isArray(branches) && branches.length > 0) return bestBranch(root, branches, data, path, depth);
  }
  if (Array.isArray(data)) {
    const items = schema.items;
    if (items === undefined || Array.isArray(items)) return issues;
    const itemSchema = resolve(root, items);
    data.forEach((item, i) => issues.push(...walk(root, itemSchema, item, child(path, i), depth + 1)));
    return issues;
  }
  if (!isJsonObject(data)) return issues;
  const { properties, additional } = effectiveProperties(root, schema);
  if (properties.size === 0 && !additional) return issues;
  for (const [name, sub] of properties) {
    const at = child(path, name);
    if (!(name in data)) {
      if (sub.writeOnly !== true) issues.push({ kind: 'missing', path: at, message: `${at} is documented but absent` });
      continue;
    }
    const value = data[name];
    if (value === undefined) continue;
    issues.push(...checkDomainValue(name, value, at));
    issues.push(...walk(root, sub, value, at, depth + 1));
  }
  if (!additional) {
    for (const name of Object.keys(data)) {
      if (!properties.has(name)) {
        const at = child(path, name);
        issues.push({ kind: 'extra', path: at, message: `${at} is not documented` });
      }
    }
  }
  return issues;
}

function checkDomainValue(name: string, value: JsonValue, at: string): StrictIssue[] {
  if (typeof value !== 'string') return [];
  if (UUID_PROPERTIES.has(name) && !isUuid(value)) {
    return [{ kind: 'uuid', path: at, message: `${at} is "${value.slice(0, 60)}", not a UUID` }];
  }
  if (DATE_PROPERTIES.has(name) && !isRfc3339(value)) {
    return [{ kind: 'datetime', path: at, message: `${at} is "${value.slice(0, 60)}", not an RFC 3339 date-time` }];
  }
  return [];
}

/**
 * All strict issues of `data` against the schema at `pointer` in `root`; `uuidNames`: the
 * property names that hold UUIDs in this API (default the Web Modeler ones).
 */
export function strictIssues(
  root: JsonObject,
  schemaPointer: string,
  data: JsonValue,
  uuidNames: ReadonlySet<string> = UUID_PROPERTIES,
): StrictIssue[] {
  const schema = derefObject(root, { $ref: schemaPointer })?.value ?? {};
  const issues = walk(root, schema, data, '', 0);
  return issues.filter((i) => i.kind !== 'uuid' || uuidNames.has(i.path.slice(i.path.lastIndexOf('/') + 1)));
}
