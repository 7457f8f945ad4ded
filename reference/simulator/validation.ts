/**
 * Request-body validation against the component schemas of the simulator's own served document
 * (so a fault that changes the document changes what the server demands), with ajv, plus the
 * product's rules that a JSON Schema reading of the document does not give:
 * - patterns match the whole value, as Java's `String.matches` does (`^a|b$` accepts a or b only);
 * - an explicit null is "absent" for optional properties (Jackson) and "must not be null" for
 *   required ones;
 * - strings with a minimum length must not be blank (`@NotBlank`);
 * - sort fields must be sortable properties of the result items; date filters must parse.
 * Each finding has a kind so that faults can switch single kinds off.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidationKind } from './behaviour.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../src/core/json.ts';
import { invalidDateFilters, readSearchRequest } from './search.ts';
import type { SearchSpec } from './types.ts';

export interface ValidationIssue {
  readonly kind: ValidationKind;
  readonly field: string;
  readonly message: string;
}

export interface CheckedBody {
  /** The body with explicit nulls removed (what the handlers see). */
  readonly body: JsonObject;
  readonly issues: readonly ValidationIssue[];
}

const DOC_ID = 'urn:wm-reference:document';
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** Rewrites every `pattern` so that it must match the whole value (`^(?:p)$`). */
export function wholeMatchPatterns(schema: JsonValue): JsonValue {
  if (Array.isArray(schema)) return schema.map(wholeMatchPatterns);
  if (!isJsonObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] = key === 'pattern' && typeof value === 'string' ? `^(?:${value})$` : wholeMatchPatterns(value);
  }
  return out;
}

/** The pattern as the document writes it (undoing wholeMatchPatterns). */
function documentedPattern(pattern: string): string {
  return pattern.startsWith('^(?:') && pattern.endsWith(')$') ? pattern.slice(4, -2) : pattern;
}

function kindOf(error: ErrorObject): ValidationKind {
  switch (error.keyword) {
    case 'required':
      return 'required';
    case 'minLength':
    case 'maxLength':
      return 'lengths';
    case 'pattern':
    case 'enum':
      return 'patterns';
    case 'minimum':
      return /^\/(page|size)$/.test(error.instancePath) ? 'paging' : 'ranges';
    case 'maximum':
      if (error.instancePath === '/size') return 'pageSizeLimit';
      return error.instancePath === '/page' ? 'paging' : 'ranges';
    default:
      return 'types';
  }
}

function fieldOf(error: ErrorObject): string {
  const path = error.instancePath.split('/').filter((s) => s !== '');
  const missing: unknown = error.params.missingProperty;
  if (error.keyword === 'required' && typeof missing === 'string') path.push(missing);
  return path.join('.') || '(body)';
}

function messageOf(error: ErrorObject): string {
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return 'must not be null';
    case 'minLength':
    case 'maxLength':
      return error.message ?? 'size out of range';
    case 'pattern':
      return `must match "${documentedPattern(String(p.pattern))}"`;
    case 'minimum':
      return `must be greater than or equal to ${String(p.limit)}`;
    case 'maximum':
      return `must be less than or equal to ${String(p.limit)}`;
    default:
      return error.message ?? 'is invalid';
  }
}

export function formatIssues(issues: readonly ValidationIssue[]): string {
  const list = issues.map((i) => `${i.field}: '${i.message}'`).join(', ');
  return `Request validation failed with the following errors: [${list}].`;
}

/** Compiles (lazily) the document's component schemas; returns the lookup of one by name. */
function compileComponents(
  schemas: JsonObject,
  openapi: '3.0' | '3.1',
): (component: string) => ValidateFunction | undefined {
  const options = { strict: false, allErrors: true, logger: false } as const;
  const ajv = openapi === '3.1' ? new Ajv2020(options) : new Ajv(options);
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && n >= INT32_MIN && n <= INT32_MAX,
  });
  ajv.addSchema({ $id: DOC_ID, components: { schemas: wholeMatchPatterns(schemas) } });
  return (component) => ajv.getSchema(`${DOC_ID}#/components/schemas/${component}`);
}

export class RequestValidator {
  private readonly compiled: (component: string) => ValidateFunction | undefined;
  private readonly schemas: JsonObject;

  constructor(document: JsonObject, openapi: '3.0' | '3.1') {
    const components = isJsonObject(document.components) ? document.components : {};
    this.schemas = isJsonObject(components.schemas) ? components.schemas : {};
    this.compiled = compileComponents(this.schemas, openapi);
  }

  schema(component: string): JsonObject | undefined {
    const schema = this.schemas[component];
    return isJsonObject(schema) ? schema : undefined;
  }

  private resolve(schema: JsonValue | undefined): JsonObject | undefined {
    if (!isJsonObject(schema)) return undefined;
    const ref = schema.$ref;
    if (typeof ref === 'string') return this.schema(ref.replace('#/components/schemas/', ''));
    return schema;
  }

  /** Removes explicit nulls (recursively along the schema), reporting those of required fields. */
  private dropNulls(
    value: JsonObject,
    schema: JsonObject | undefined,
    at: string,
    issues: ValidationIssue[],
  ): JsonObject {
    const required = Array.isArray(schema?.required) ? schema.required : [];
    const properties = isJsonObject(schema?.properties) ? schema.properties : {};
    const out: JsonObject = {};
    for (const [key, child] of Object.entries(value)) {
      const field = at === '' ? key : `${at}.${key}`;
      if (child === null) {
        if (required.includes(key)) issues.push({ kind: 'nullRequired', field, message: 'must not be null' });
        continue;
      }
      const childSchema = this.resolve(properties[key]);
      out[key] = isJsonObject(child) ? this.dropNulls(child, childSchema, field, issues) : child;
    }
    return out;
  }

  /** Sorts by these fields are not allowed: not a property, or not a plain value. */
  sortableFields(spec: SearchSpec): string[] {
    const properties = this.schema(spec.itemSchema)?.properties;
    if (!isJsonObject(properties)) return [];
    return Object.entries(properties)
      .filter(
        ([name, s]) => isJsonObject(s) && s.$ref === undefined && s.type !== 'array' && !spec.unsortable.includes(name),
      )
      .map(([name]) => name);
  }

  private notBlank(component: string, body: JsonObject): ValidationIssue[] {
    const properties = this.schema(component)?.properties;
    if (!isJsonObject(properties)) return [];
    return Object.entries(properties)
      .filter(
        ([name, s]) => isJsonObject(s) && typeof s.minLength === 'number' && s.minLength > 0 && isBlankText(body[name]),
      )
      .map(([name]) => ({ kind: 'lengths', field: name, message: 'must not be blank' }));
  }

  private searchIssues(spec: SearchSpec, body: JsonObject): ValidationIssue[] {
    const request = readSearchRequest(body);
    const sortable = this.sortableFields(spec);
    const issues: ValidationIssue[] = request.sort
      .filter((s) => !sortable.includes(s.field))
      .map((s) => ({ kind: 'paging', field: 'sort.field', message: `sorting by ${s.field} is not supported` }));
    for (const field of invalidDateFilters(request.filter)) {
      issues.push({
        kind: 'types',
        field: `filter.${field}`,
        message: 'must be a java.time.ZonedDateTime, optionally with a range prefix or suffix',
      });
    }
    return issues;
  }

  /** Validates a JSON object body against a request component (and a search spec, if any). */
  check(component: string, value: JsonObject, search?: SearchSpec): CheckedBody {
    const issues: ValidationIssue[] = [];
    const body = this.dropNulls(value, this.schema(component), '', issues);
    const exempt = new Set(issues.map((i) => i.field));
    const validate = this.compiled(component);
    if (validate !== undefined && !validate(body)) {
      for (const error of validate.errors ?? []) {
        const issue = { kind: kindOf(error), field: fieldOf(error), message: messageOf(error) };
        if (!(issue.kind === 'required' && exempt.has(issue.field))) issues.push(issue);
      }
    }
    issues.push(...this.notBlank(component, body));
    if (search !== undefined) issues.push(...this.searchIssues(search, body));
    return { body, issues };
  }
}

function isBlankText(value: JsonValue | undefined): boolean {
  return typeof value === 'string' && value.length > 0 && value.trim() === '';
}
