/**
 * Document findings: things in the live document worth a reader's eye (undocumented 401/403,
 * error responses without a schema, ungrouped alternations in patterns, dates without a format,
 * response DTOs without `required`, operations without an id or without security). Never a
 * failure by itself; the report lists them.
 */
import type { DocumentFinding, OperationModel, ResponseModel } from './types.ts';
import { decodePointerToken, derefObject, encodePointerToken, pointerOf, resolvePointer } from './resolve.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';
import { findUngroupedAlternation } from './patterns.ts';
import { listSchemas, subschemasOf } from './walk-schemas.ts';

const AUTH_STATUSES = [
  { status: '401', name: 'Unauthorized' },
  { status: '403', name: 'Forbidden' },
] as const;
const DATE_FORMATS = new Set(['date-time', 'date']);
const DATE_NAME = /^(created|updated|modified|timestamp|date)$|[a-z0-9](Date|At|Time|Timestamp)$|_(at|date|time)$/;

function finding(code: string, operation: string | null, pointer: string, message: string): DocumentFinding {
  return { code, operation, pointer, message };
}

function isSecured(operation: OperationModel): boolean {
  return (
    operation.security.length > 0 && operation.security.every((requirement) => Object.keys(requirement).length > 0)
  );
}

function identityFindings(operation: OperationModel): DocumentFinding[] {
  if (operation.operationId === null) {
    return [
      finding(
        'operation-without-id',
        operation.key,
        operation.pointer,
        `operation has no operationId; the suite calls it "${operation.key}"`,
      ),
    ];
  }
  if (operation.operationId !== operation.key) {
    return [
      finding(
        'duplicate-operation-id',
        operation.key,
        operation.pointer,
        `operationId "${operation.operationId}" is used by more than one operation; the suite calls this one "${operation.key}"`,
      ),
    ];
  }
  return [];
}

function securityFindings(operation: OperationModel): DocumentFinding[] {
  if (operation.security.length === 0) {
    return [
      finding(
        'no-security',
        operation.key,
        operation.pointer,
        "operation declares no security requirement (neither its own nor the document's)",
      ),
    ];
  }
  if (!isSecured(operation)) {
    return [
      finding(
        'no-security',
        operation.key,
        operation.pointer,
        'operation allows anonymous access (an empty security requirement "{}")',
      ),
    ];
  }
  return [];
}

function documents(operation: OperationModel, status: string): boolean {
  return operation.responses.some((r) => r.status === status || r.status.toUpperCase() === `${status[0] ?? ''}XX`);
}

function authStatusFindings(operation: OperationModel): DocumentFinding[] {
  if (!isSecured(operation)) return [];
  return AUTH_STATUSES.filter(({ status }) => !documents(operation, status)).map(({ status, name }) =>
    finding(
      'auth-status-undocumented',
      operation.key,
      `${operation.pointer}/responses`,
      `secured operation does not document ${status} ${name}`,
    ),
  );
}

/** Where a response of the operation is written (through its `$ref`, when it has one). */
function responsePointer(raw: JsonObject, operation: OperationModel, status: string): string {
  const written = `${operation.pointer}/responses/${encodePointerToken(status)}`;
  return derefObject(raw, resolvePointer(raw, written), written)?.pointer ?? written;
}

function errorSchemaFindings(raw: JsonObject, operation: OperationModel): DocumentFinding[] {
  const isError = (r: ResponseModel) => /^[45]/.test(r.status);
  return operation.responses
    .filter(isError)
    .flatMap((response) =>
      response.contents
        .filter((content) => content.schemaPointer === null)
        .map((content) =>
          finding(
            'error-without-schema',
            operation.key,
            `${responsePointer(raw, operation, response.status)}/content/${encodePointerToken(content.mediaType)}`,
            `${response.status} response (${content.mediaType}) has content but no schema (an example at most), so error bodies cannot be checked against the document`,
          ),
        ),
    );
}

/** Operation keys by the pointer of their operation object ("#/paths/<path>/<method>"). */
type Owners = ReadonlyMap<string, string>;

function ownersOf(operations: readonly OperationModel[]): Owners {
  return new Map(operations.map((o) => [o.pointer, o.key]));
}

/** The operation whose object holds `pointer`, or null (components): a lookup, not a scan. */
function ownerOf(owners: Owners, pointer: string): string | null {
  return owners.get(pointer.split('/').slice(0, 4).join('/')) ?? null;
}

function patternFindings(schema: JsonObject, pointer: string, owner: string | null): DocumentFinding[] {
  const problem = typeof schema.pattern === 'string' ? findUngroupedAlternation(schema.pattern) : null;
  return problem ? [finding('ungrouped-alternation', owner, `${pointer}/pattern`, problem.explanation)] : [];
}

function typesOf(schema: JsonObject): JsonValue[] {
  const type = schema.type;
  return Array.isArray(type) ? type : type === undefined ? [] : [type];
}

function isDateWithoutFormat(raw: JsonObject, name: string, property: JsonValue): boolean {
  if (!DATE_NAME.test(name)) return false;
  const schema = derefObject(raw, property)?.value;
  if (!schema || !typesOf(schema).includes('string')) return false;
  return typeof schema.format !== 'string' || !DATE_FORMATS.has(schema.format);
}

function dateFindings(raw: JsonObject, schema: JsonObject, pointer: string, owner: string | null): DocumentFinding[] {
  const properties = schema.properties;
  if (!isJsonObject(properties)) return [];
  return Object.entries(properties)
    .filter(([name, property]) => isDateWithoutFormat(raw, name, property))
    .map(([name]) =>
      finding(
        'date-without-format',
        owner,
        `${pointer}/properties/${encodePointerToken(name)}`,
        `string property "${name}" holds a date or time by its name but has no format "date-time" or "date"`,
      ),
    );
}

/** Every schema a response can reach (through `$ref`s and subschemas), keyed by where it is written. */
function responseSchemas(raw: JsonObject, operations: readonly OperationModel[]): Map<string, JsonObject> {
  const reached = new Map<string, JsonObject>();
  const pending = operations.flatMap((o) =>
    o.responses.flatMap((r) => r.contents.flatMap((c) => c.schemaPointer ?? [])),
  );
  for (let pointer = pending.pop(); pointer !== undefined; pointer = pending.pop()) {
    const found = derefObject(raw, resolvePointer(raw, pointer), pointer);
    const at = found?.pointer ?? pointer;
    if (!found || reached.has(at)) continue;
    reached.set(at, found.value);
    const tokens = at.slice(2).split('/').map(decodePointerToken);
    for (const sub of subschemasOf(found.value, tokens)) pending.push(pointerOf(sub.tokens));
  }
  return reached;
}

function requiredFindings(raw: JsonObject, operations: readonly OperationModel[], owners: Owners): DocumentFinding[] {
  return [...responseSchemas(raw, operations)]
    .filter(([, schema]) => {
      const required = schema.required;
      const hasProperties = isJsonObject(schema.properties) && Object.keys(schema.properties).length > 0;
      return hasProperties && (!Array.isArray(required) || required.length === 0);
    })
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([pointer]) =>
      finding(
        'response-without-required',
        ownerOf(owners, pointer),
        pointer,
        'response object schema lists properties but none as required, so a response that drops any field still matches',
      ),
    );
}

/** All findings of a modelled document: per operation first, then per schema. */
export function collectFindings(raw: JsonObject, operations: readonly OperationModel[]): DocumentFinding[] {
  const owners = ownersOf(operations);
  const perOperation = operations.flatMap((operation) => [
    ...identityFindings(operation),
    ...securityFindings(operation),
    ...authStatusFindings(operation),
    ...errorSchemaFindings(raw, operation),
  ]);
  const perSchema = listSchemas(raw).flatMap(({ schema, pointer }) => {
    const owner = ownerOf(owners, pointer);
    return [...patternFindings(schema, pointer, owner), ...dateFindings(raw, schema, pointer, owner)];
  });
  return [...perOperation, ...perSchema, ...requiredFindings(raw, operations, owners)];
}
