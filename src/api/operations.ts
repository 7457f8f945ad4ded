/**
 * What the suite reads of an operation and of the API's answers: a planned operation's path
 * parameters, whether a status is a success, a resource's id and metadata in a body. Used by
 * the scenarios and by the ledger's clean-up and sweep.
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';
import type { PlannedOperation } from '../plan/classify.ts';

/** The id in a create or get response: `id`, or `metadata.id`. */
export function idOf(body: JsonValue | undefined): string | undefined {
  if (!isJsonObject(body)) return undefined;
  if (typeof body.id === 'string') return body.id;
  return isJsonObject(body.metadata) && typeof body.metadata.id === 'string' ? body.metadata.id : undefined;
}

/** The metadata part of a get response (`metadata`), or the body itself. */
export function metadataOf(body: JsonValue | undefined): JsonObject {
  if (!isJsonObject(body)) return {};
  return isJsonObject(body.metadata) ? body.metadata : body;
}

export function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

export function pathParams(op: PlannedOperation): string[] {
  return [...op.op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
}
