/**
 * The operations of one OpenAPI document as the classifier pairs them: keyed by method and
 * normalized path (`/a/{x}` equals `/a/{y}`), with `$ref`'d path items, responses and request
 * bodies followed. Hand-written: it reads raw documents of either version without building the
 * full operations model (src/document), which needs a validated document.
 */
import { HTTP_METHODS, type HttpMethod } from '../document/types.ts';
import { derefObject } from '../document/resolve.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';

export interface OperationSide {
  /** The whole document the operation belongs to (for `$ref`s). */
  readonly root: JsonObject;
  /** Path template as written. */
  readonly path: string;
  readonly normalizedPath: string;
  readonly method: HttpMethod;
  readonly operation: JsonObject;
  readonly pathItem: JsonObject;
  readonly operationId: string | null;
  readonly deprecated: boolean;
}

/** "/a/{x}/b/{y}" → "/a/{}/b/{}". */
export function normalizePath(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}');
}

export function operationKey(method: string, normalizedPath: string): string {
  return `${method} ${normalizedPath}`;
}

function pathsOf(root: JsonObject): JsonObject {
  return isJsonObject(root.paths) ? root.paths : {};
}

/** The operations of a document by `operationKey`. */
export function collectOperations(root: JsonObject): Map<string, OperationSide> {
  const operations = new Map<string, OperationSide>();
  for (const [path, rawItem] of Object.entries(pathsOf(root))) {
    const pathItem = derefObject(root, rawItem)?.value;
    if (pathItem === undefined) continue;
    const normalizedPath = normalizePath(path);
    for (const method of HTTP_METHODS) {
      const operation = derefObject(root, pathItem[method])?.value;
      if (operation === undefined) continue;
      const operationId = typeof operation.operationId === 'string' ? operation.operationId : null;
      const side = {
        root,
        path,
        normalizedPath,
        method,
        operation,
        pathItem,
        operationId,
        deprecated: operation.deprecated === true,
      };
      operations.set(operationKey(method, normalizedPath), side);
    }
  }
  return operations;
}

/** Normalized path → the path as written, for every path of the document. */
export function collectPaths(root: JsonObject): Map<string, string> {
  return new Map(Object.keys(pathsOf(root)).map((path) => [normalizePath(path), path]));
}

/** Follows a `$ref` and returns the object, or undefined. */
export function objectAt(root: JsonObject, value: JsonValue | undefined): JsonObject | undefined {
  return derefObject(root, value)?.value;
}

/** Status ("200", "4XX", "default") → response object. */
export function responsesOf(side: OperationSide): Map<string, JsonObject> {
  const responses = objectAt(side.root, side.operation.responses) ?? {};
  const result = new Map<string, JsonObject>();
  for (const [status, raw] of Object.entries(responses)) {
    const response = objectAt(side.root, raw);
    if (response !== undefined) result.set(status, response);
  }
  return result;
}

export function isSuccessStatus(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

export function requestBodyOf(side: OperationSide): JsonObject | undefined {
  return objectAt(side.root, side.operation.requestBody);
}

/** Media type name → media type object of a request body or response. */
export function contentOf(holder: JsonObject | undefined): Map<string, JsonObject> {
  const content = holder !== undefined && isJsonObject(holder.content) ? holder.content : {};
  const result = new Map<string, JsonObject>();
  for (const [name, mediaType] of Object.entries(content)) if (isJsonObject(mediaType)) result.set(name, mediaType);
  return result;
}
