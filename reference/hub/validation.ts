/**
 * Request-body validation of the hub-v2 simulator against the component schemas of its own served
 * document (so that a document fault changes what the server demands), with ajv and ajv-formats.
 * The OpenAPI 3.0 schemas are turned into JSON Schema first: `nullable` adds null to the type,
 * and `oneOf` becomes `anyOf` (*assumed*: the server takes whichever shape fits, as Jackson does;
 * the published paging `oneOf` is ambiguous for `{from, limit}`, so `page` is checked by hand).
 * Beyond the schema: explicit nulls (required → "must not be null"; optional and not nullable →
 * absent, knob nullForOptional), blank strings where a minimum length is set, and operators a
 * filter property does not offer. Each issue has a kind so that knobs switch single kinds off.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { ValidationKind } from '../simulator/behaviour.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../src/core/json.ts';
import { unsupportedOperators } from './filters.ts';
import type { HubBehaviour } from './knobs.ts';
import { MAX_LIMIT } from './search.ts';
import type { HubSearchSpec, MultipartPart } from './types.ts';

const addFormats = addFormatsModule.default;

export type HubIssueKind = ValidationKind | 'unknownProperty' | 'operator';

export interface HubIssue {
  readonly kind: HubIssueKind;
  readonly field: string;
  readonly message: string;
}

export interface HubCheckedBody {
  /** The body without the nulls that mean "absent". */
  readonly body: JsonObject;
  /** Top-level properties sent as an explicit null that the schema allows (null clears, null = root). */
  readonly nulls: ReadonlySet<string>;
  readonly issues: readonly HubIssue[];
}

const DOC_ID = 'urn:wm-reference:hub-document';
const INT32 = 2 ** 31;
const KEY_FORMATS = [
  'FileKey',
  'FolderKey',
  'ProjectKey',
  'WorkspaceKey',
  'VersionKey',
  'ProjectSnapshotKey',
  'CatalogAssetKey',
];

/** OpenAPI 3.0 schema → JSON Schema: nullable adds null, oneOf becomes anyOf; annotations stay. */
export function toJsonSchema(schema: JsonValue): JsonValue {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (!isJsonObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable') continue;
    out[key === 'oneOf' ? 'anyOf' : key] = toJsonSchema(value);
  }
  if (schema.nullable !== true) return out;
  if (typeof out.type === 'string') {
    const withNull: JsonObject = { ...out, type: [out.type, 'null'] };
    if (Array.isArray(out.enum)) withNull.enum = [...out.enum, null];
    return withNull;
  }
  return { anyOf: [out, { type: 'null' }] };
}

function kindOf(error: ErrorObject): HubIssueKind {
  switch (error.keyword) {
    case 'required':
      return 'required';
    case 'additionalProperties':
      return 'unknownProperty';
    case 'minLength':
    case 'maxLength':
      return 'lengths';
    case 'enum':
      return 'patterns';
    case 'format':
      return error.params.format === 'email' ? 'patterns' : 'types';
    case 'minimum':
    case 'maximum':
      return 'ranges';
    default:
      return 'types';
  }
}

function fieldOf(error: ErrorObject): string {
  const path = error.instancePath.split('/').filter((s) => s !== '');
  const extra: unknown =
    error.keyword === 'required'
      ? error.params.missingProperty
      : error.keyword === 'additionalProperties'
        ? error.params.additionalProperty
        : undefined;
  if (typeof extra === 'string') path.push(extra);
  return path.join('.') || '(body)';
}

function messageOf(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return 'must not be null';
    case 'additionalProperties':
      return 'is not a known property';
    case 'anyOf':
      return 'has none of the allowed shapes';
    case 'enum':
      return `must be one of ${Array.isArray(error.params.allowedValues) ? error.params.allowedValues.map(String).join(', ') : 'the allowed values'}`;
    default:
      return error.message ?? 'is invalid';
  }
}

/** The ajv errors as issues; a failed anyOf is one issue, its branches' errors are left out. */
function issuesOf(errors: readonly ErrorObject[]): HubIssue[] {
  const failedAlternatives = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const inside = (e: ErrorObject): boolean =>
    failedAlternatives.some(
      (p) => e.keyword !== 'anyOf' && (e.instancePath === p || e.instancePath.startsWith(`${p}/`)),
    );
  const outer = errors.filter(
    (e) =>
      !inside(e) &&
      !failedAlternatives.some(
        (p) => p !== e.instancePath && e.keyword === 'anyOf' && e.instancePath.startsWith(`${p}/`),
      ),
  );
  const seen = new Set<string>();
  const out: HubIssue[] = [];
  for (const error of outer) {
    if (error.instancePath === '/page' || error.instancePath.startsWith('/page/')) continue;
    const issue = { kind: kindOf(error), field: fieldOf(error), message: messageOf(error) };
    const id = `${issue.field}\n${issue.message}`;
    if (!seen.has(id)) out.push(issue);
    seen.add(id);
  }
  return out;
}

function isBlank(value: JsonValue | undefined): boolean {
  return typeof value === 'string' && value.length > 0 && value.trim() === '';
}

/** `page`: an object with from ≥ 0 and 1 ≤ limit ≤ 10,000, both integers. */
function pageIssues(page: JsonValue | undefined): HubIssue[] {
  if (page === undefined) return [];
  if (!isJsonObject(page)) return [{ kind: 'types', field: 'page', message: 'must be an object' }];
  const issues: HubIssue[] = [];
  for (const [name, min] of [
    ['from', 0],
    ['limit', 1],
  ] as const) {
    const value = page[name];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) >= INT32) {
      issues.push({ kind: 'types', field: `page.${name}`, message: 'must be an int32 integer' });
    } else if (value < min) {
      issues.push({ kind: 'paging', field: `page.${name}`, message: `must be >= ${min}` });
    } else if (name === 'limit' && value > MAX_LIMIT) {
      issues.push({ kind: 'pageSizeLimit', field: 'page.limit', message: `must be <= ${MAX_LIMIT}` });
    }
  }
  return issues;
}

export function formatHubIssues(issues: readonly HubIssue[]): string {
  return `Validation failed for request body: ${issues.map((i) => `'${i.field}' ${i.message}`).join('; ')}.`;
}

export class HubValidator {
  private readonly schemas: JsonObject;
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction | undefined>();

  constructor(document: JsonObject) {
    const components = isJsonObject(document.components) ? document.components : {};
    this.schemas = isJsonObject(components.schemas) ? components.schemas : {};
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(this.ajv, ['date-time', 'email', 'uri', 'uri-reference']);
    this.ajv.addFormat('int32', {
      type: 'number',
      validate: (n: number) => Number.isInteger(n) && Math.abs(n) < INT32,
    });
    this.ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
    for (const format of KEY_FORMATS) this.ajv.addFormat(format, true);
    this.ajv.addSchema({ $id: DOC_ID, components: { schemas: toJsonSchema(this.schemas) } });
  }

  private validator(component: string): ValidateFunction | undefined {
    if (!this.compiled.has(component))
      this.compiled.set(component, this.ajv.getSchema(`${DOC_ID}#/components/schemas/${component}`));
    return this.compiled.get(component);
  }

  /** A schema with its `$ref` or single-`allOf` reference followed. */
  private resolve(schema: JsonValue | undefined): JsonObject | undefined {
    if (!isJsonObject(schema)) return undefined;
    const target =
      typeof schema.$ref === 'string'
        ? schema.$ref
        : Array.isArray(schema.allOf) && schema.allOf.length === 1 && isJsonObject(schema.allOf[0])
          ? schema.allOf[0].$ref
          : undefined;
    if (typeof target !== 'string') return schema;
    const found = this.schemas[target.replace('#/components/schemas/', '')];
    return isJsonObject(found) ? { ...found, ...(schema.nullable === true ? { nullable: true } : {}) } : schema;
  }

  /** Removes the nulls that mean "absent" (recursively along the schema) and reports the forbidden ones. */
  private nulls(
    value: JsonObject,
    schema: JsonObject | undefined,
    at: string,
    hub: HubBehaviour,
    issues: HubIssue[],
    kept: Set<string>,
  ): JsonObject {
    const required = Array.isArray(schema?.required) ? schema.required : [];
    const properties = isJsonObject(schema?.properties) ? schema.properties : {};
    const out: JsonObject = {};
    for (const [key, child] of Object.entries(value)) {
      const field = at === '' ? key : `${at}.${key}`;
      const childSchema = this.resolve(properties[key]);
      if (child === null && properties[key] === undefined) {
        out[key] = null; // not a known property: the schema decides (additionalProperties)
        continue;
      }
      if (child === null) {
        if (isJsonObject(properties[key]) && (properties[key].nullable === true || childSchema?.nullable === true)) {
          out[key] = null;
          if (at === '') kept.add(key);
        } else if (required.includes(key)) issues.push({ kind: 'nullRequired', field, message: 'must not be null' });
        else if (hub.nullForOptional === 'reject' && properties[key] !== undefined)
          issues.push({ kind: 'types', field, message: 'must not be null' });
        continue;
      }
      out[key] = isJsonObject(child) ? this.nulls(child, childSchema, field, hub, issues, kept) : child;
    }
    return out;
  }

  private blanks(component: string, body: JsonObject): HubIssue[] {
    const properties = isJsonObject(this.schemas[component]) ? this.schemas[component].properties : undefined;
    if (!isJsonObject(properties)) return [];
    return Object.entries(properties)
      .filter(
        ([name, s]) => isJsonObject(s) && typeof s.minLength === 'number' && s.minLength > 0 && isBlank(body[name]),
      )
      .map(([name]) => ({ kind: 'lengths', field: name, message: 'must not be blank' }));
  }

  /**
   * The parts of a multipart body against its schema: every property is a part name; a required
   * one must come (at least minItems times), an unknown name is refused when the schema forbids
   * additional properties.
   */
  checkParts(component: string, parts: readonly MultipartPart[]): HubIssue[] {
    const schema = this.schemas[component];
    if (!isJsonObject(schema)) return [];
    const properties = isJsonObject(schema.properties) ? schema.properties : {};
    const required = Array.isArray(schema.required) ? schema.required : [];
    const issues: HubIssue[] = [];
    for (const [name, property] of Object.entries(properties)) {
      const count = parts.filter((p) => p.field === name).length;
      const min = isJsonObject(property) && typeof property.minItems === 'number' ? property.minItems : 0;
      if (count === 0 && required.includes(name))
        issues.push({ kind: 'required', field: name, message: 'must not be null (the part is missing)' });
      else if (count < min) issues.push({ kind: 'lengths', field: name, message: `must come at least ${min} times` });
    }
    if (schema.additionalProperties === false) {
      for (const field of new Set(parts.map((p) => p.field))) {
        if (properties[field] === undefined)
          issues.push({ kind: 'unknownProperty', field, message: 'is not a known part' });
      }
    }
    return issues;
  }

  check(component: string, raw: JsonObject, hub: HubBehaviour, search?: HubSearchSpec): HubCheckedBody {
    const issues: HubIssue[] = [];
    const kept = new Set<string>();
    const input = hub.acceptSortObject && isJsonObject(raw.sort) ? { ...raw, sort: [raw.sort] } : raw;
    const body = this.nulls(
      input,
      isJsonObject(this.schemas[component]) ? this.schemas[component] : undefined,
      '',
      hub,
      issues,
      kept,
    );
    const exempt = new Set(issues.map((i) => i.field));
    const validate = this.validator(component);
    if (validate !== undefined && !validate(body)) {
      issues.push(...issuesOf(validate.errors ?? []).filter((i) => !(i.kind === 'required' && exempt.has(i.field))));
    }
    issues.push(...this.blanks(component, body));
    if (search !== undefined) {
      issues.push(...pageIssues(body.page));
      const filter = isJsonObject(body.filter) ? body.filter : {};
      issues.push(...unsupportedOperators(filter, search).map((i) => ({ kind: 'operator' as const, ...i })));
    }
    return { body, nulls: kept, issues };
  }
}
