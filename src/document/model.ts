/**
 * Builds the operations model (`LiveDocument`) from a validated document: operations in
 * document order with unique keys, parameters merged from path and operation level, bodies and
 * responses followed through `$ref`, effective security, resource and API prefix, and findings.
 */
import {
  HTTP_METHODS,
  type HttpMethod,
  type LiveDocument,
  type MediaTypeModel,
  type OpenApiVersion,
  type OperationModel,
  type ParameterModel,
  type ResponseModel,
  type SecurityRequirementModel,
} from './types.ts';
import { derefObject, encodePointerToken, pointerOf } from './resolve.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';
import { apiPrefixOf, resourceOf } from './prefix.ts';
import { collectFindings } from './findings.ts';

/** A resolved object and the pointer it lives at. */
interface Located {
  readonly value: JsonObject;
  readonly pointer: string;
}

const PARAMETER_LOCATIONS: readonly ParameterModel['in'][] = ['path', 'query', 'header', 'cookie'];

function stringOr(value: JsonValue | undefined, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function locate(root: JsonObject, value: JsonValue | undefined, pointer: string): Located | null {
  const found = derefObject(root, value, pointer);
  return found ? { value: found.value, pointer: found.pointer ?? pointer } : null;
}

function contentsOf(holder: Located): MediaTypeModel[] {
  const content = holder.value.content;
  if (!isJsonObject(content)) return [];
  return Object.entries(content).map(([mediaType, media]) => {
    const hasSchema = isJsonObject(media) && media.schema !== undefined;
    return {
      mediaType,
      schemaPointer: hasSchema ? `${holder.pointer}/content/${encodePointerToken(mediaType)}/schema` : null,
    };
  });
}

function parameterOf(root: JsonObject, value: JsonValue, pointer: string): ParameterModel | null {
  const located = locate(root, value, pointer);
  if (!located) return null;
  const { name, required } = located.value;
  const location = PARAMETER_LOCATIONS.find((candidate) => candidate === located.value.in);
  if (typeof name !== 'string' || location === undefined) return null;
  const schemaPointer =
    located.value.schema !== undefined ? `${located.pointer}/schema` : (contentsOf(located)[0]?.schemaPointer ?? null);
  return { name, in: location, required: required === true || location === 'path', schemaPointer };
}

function parametersAt(root: JsonObject, holder: Located): ParameterModel[] {
  const list = holder.value.parameters;
  if (!Array.isArray(list)) return [];
  return list.flatMap((value, index) => parameterOf(root, value, `${holder.pointer}/parameters/${index}`) ?? []);
}

/** Path-level parameters, each replaced in place by an operation-level one with the same name and location. */
function mergeParameters(pathLevel: ParameterModel[], operationLevel: ParameterModel[]): ParameterModel[] {
  const sameAs = (a: ParameterModel) => (b: ParameterModel) => a.name === b.name && a.in === b.in;
  const merged = pathLevel.map((p) => operationLevel.find(sameAs(p)) ?? p);
  return [...merged, ...operationLevel.filter((p) => !merged.some(sameAs(p)))];
}

function requestBodyOf(root: JsonObject, operation: Located): OperationModel['requestBody'] {
  const body = locate(root, operation.value.requestBody, `${operation.pointer}/requestBody`);
  return body ? { required: body.value.required === true, contents: contentsOf(body) } : null;
}

function responsesOf(root: JsonObject, operation: Located): ResponseModel[] {
  const responses = operation.value.responses;
  if (!isJsonObject(responses)) return [];
  return Object.entries(responses).flatMap(([status, value]) => {
    const response = locate(root, value, `${operation.pointer}/responses/${status}`);
    if (!response) return [];
    return [{ status, description: stringOr(response.value.description, ''), contents: contentsOf(response) }];
  });
}

function securityOf(root: JsonObject, operation: JsonObject): SecurityRequirementModel[] {
  const security = operation.security ?? root.security;
  if (!Array.isArray(security)) return [];
  return security
    .filter(isJsonObject)
    .map((requirement) =>
      Object.fromEntries(
        Object.entries(requirement).map(([scheme, scopes]) => [
          scheme,
          Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : [],
        ]),
      ),
    );
}

function stringsOf(value: JsonValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

interface RawOperation {
  readonly method: HttpMethod;
  readonly path: string;
  readonly operation: Located;
  readonly pathItem: Located;
}

/**
 * The path part of the document's first server URL ("{schema}://{host}:{port}/api/v2" or "/api/v2"
 * → "/api/v2"; "/" or a bare origin → ""): the Hub API v2 writes its paths relative to it.
 */
export function serverPathOf(root: JsonObject): string {
  const servers = root.servers;
  const first = Array.isArray(servers) ? servers[0] : undefined;
  const url = isJsonObject(first) && typeof first.url === 'string' ? first.url : '';
  const path = url.replace(/^[^/]*\/\/[^/]*/, '').replace(/[?#].*$/, '');
  return path.startsWith('/') ? path.replace(/\/+$/, '') : '';
}

/**
 * Operations in document order: paths as written (behind the server URL's path when no path
 * already carries it), methods in the order the path item lists them.
 */
function rawOperations(root: JsonObject): RawOperation[] {
  const paths = root.paths;
  if (!isJsonObject(paths)) return [];
  const server = serverPathOf(root);
  const written = Object.keys(paths);
  const base = server !== '' && !written.some((p) => p === server || p.startsWith(`${server}/`)) ? server : '';
  return Object.entries(paths).flatMap(([path, value]) => {
    const pathItem = locate(root, value, pointerOf(['paths', path]));
    if (!pathItem) return [];
    return Object.keys(pathItem.value).flatMap((key) => {
      const method = HTTP_METHODS.find((m) => m === key);
      const operation = method && locate(root, pathItem.value[method], `${pathItem.pointer}/${method}`);
      return method && operation ? [{ method, path: base + path, operation, pathItem }] : [];
    });
  });
}

/** operationId, else "METHOD /path"; a repeated key gets "_2", "_3", … appended. */
function uniqueKeys(operations: readonly RawOperation[]): string[] {
  const used = new Set<string>();
  return operations.map(({ method, path, operation }) => {
    const base = stringOr(operation.value.operationId, `${method.toUpperCase()} ${path}`);
    let key = base;
    for (let n = 2; used.has(key); n += 1) key = `${base}_${n}`;
    used.add(key);
    return key;
  });
}

function operationModel(root: JsonObject, raw: RawOperation, key: string, apiPrefix: string): OperationModel {
  const { value, pointer } = raw.operation;
  return {
    key,
    operationId: typeof value.operationId === 'string' ? value.operationId : null,
    method: raw.method,
    path: raw.path,
    resource: resourceOf(raw.path, apiPrefix),
    tags: stringsOf(value.tags),
    summary: stringOr(value.summary, ''),
    deprecated: value.deprecated === true,
    parameters: mergeParameters(parametersAt(root, raw.pathItem), parametersAt(root, raw.operation)),
    requestBody: requestBodyOf(root, raw.operation),
    responses: responsesOf(root, raw.operation),
    security: securityOf(root, value),
    pointer,
  };
}

/** The operations model of a document that `validateDocument` accepted. */
export function buildDocumentModel(raw: JsonObject, openapi: string, version: OpenApiVersion): LiveDocument {
  const found = rawOperations(raw);
  const apiPrefix = apiPrefixOf(found.map((o) => o.path));
  const keys = uniqueKeys(found);
  const operations = found.map((o, index) => operationModel(raw, o, keys[index] ?? '', apiPrefix));
  const info = isJsonObject(raw.info) ? raw.info : {};
  return {
    raw,
    openapi,
    version,
    title: stringOr(info.title, ''),
    infoVersion: stringOr(info.version, ''),
    apiPrefix,
    operations,
    findings: collectFindings(raw, operations),
  };
}
