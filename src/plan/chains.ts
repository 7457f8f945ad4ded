/**
 * Set-up chains read from the document's chaining annotations (the Hub API v2 carries them):
 * `x-semantic-provider` on a create names the keys its answer provides (`createProject` →
 * `projectKey`), so a create whose request requires a key another create provides needs that
 * resource first (`createProject` requires `workspaceKey` → a workspace). `x-semantic-requires`
 * on the other operations names the kind they need and where its key goes (path or body); the
 * plan's kinds already say that for the operations the suite knows. A document without the
 * annotations (Web Modeler v1, beta) has no chains: the World's hand-written knowledge applies.
 * Hand-written: no library reads these vendor extensions.
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';
import { derefObject, resolvePointer } from '../document/resolve.ts';
import type { PlannedOperation, ResourceKind } from './classify.ts';

export interface CreateChain {
  readonly kind: ResourceKind;
  /** The key the create's answer provides (`x-semantic-provider`, first entry), e.g. "projectKey". */
  readonly key: string;
  /** Keys the create's request requires that another create provides, e.g. ["workspaceKey"]. */
  readonly needs: readonly string[];
}

/** The schema object behind a value: `$ref`s followed, a lone `allOf` member unwrapped. */
export function objectSchema(root: JsonValue, value: JsonValue | undefined): JsonObject {
  let schema = derefObject(root, value)?.value ?? {};
  for (let depth = 0; depth < 8 && schema.properties === undefined; depth++) {
    const members = Array.isArray(schema.allOf) ? schema.allOf : [];
    const [only] = members;
    if (members.length !== 1 || only === undefined) break;
    schema = derefObject(root, only)?.value ?? {};
  }
  return schema;
}

/** The operation object of a planned operation in the raw document. */
export function operationObject(root: JsonValue, p: PlannedOperation): JsonObject {
  const found = resolvePointer(root, p.op.pointer);
  return isJsonObject(found) ? found : {};
}

/** The JSON request body schema of an operation, or an empty schema. */
export function requestBodySchema(root: JsonValue, p: PlannedOperation): JsonObject {
  const pointer = p.op.requestBody?.contents.find((c) => /json/i.test(c.mediaType))?.schemaPointer;
  return pointer == null ? {} : objectSchema(root, resolvePointer(root, pointer));
}

function strings(value: JsonValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The keys an operation's answer provides (`x-semantic-provider`). */
export function providedKeys(root: JsonValue, p: PlannedOperation): string[] {
  return strings(operationObject(root, p)['x-semantic-provider']);
}

/** The create chains of the plan's known kinds, from the annotations; empty without them. */
export function createChains(root: JsonValue, plan: readonly PlannedOperation[]): Map<ResourceKind, CreateChain> {
  const creates = plan.filter((p) => p.role === 'create' && p.kind !== 'other');
  const providerOf = new Map<string, ResourceKind>();
  for (const p of creates) for (const key of providedKeys(root, p)) providerOf.set(key, p.kind);
  const chains = new Map<ResourceKind, CreateChain>();
  for (const p of creates) {
    const [key] = providedKeys(root, p);
    if (key === undefined) continue;
    const required = strings(requestBodySchema(root, p).required);
    const needs = required.filter((r) => providerOf.has(r) && providerOf.get(r) !== p.kind);
    chains.set(p.kind, { kind: p.kind, key, needs });
  }
  return chains;
}

/** The kind whose create provides `key`, if any. */
export function providerKind(chains: ReadonlyMap<ResourceKind, CreateChain>, key: string): ResourceKind | undefined {
  return [...chains.values()].find((c) => c.key === key)?.kind;
}
