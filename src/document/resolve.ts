/**
 * Local JSON-pointer and `$ref` resolution inside one OpenAPI document.
 *
 * Hand-written because the suite needs lazy, cycle-aware, one-step resolution while walking
 * schemas and data side by side (strict reading, synthesis, the breaking-change classifier);
 * ref-parser libraries dereference whole documents eagerly and turn recursion into object cycles.
 * Only local references ("#/…") are supported; the document validator rejects others.
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';

export function decodePointerToken(token: string): string {
  return decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
}

export function encodePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds "#/a/b~1c" from ["a", "b/c"]. */
export function pointerOf(tokens: readonly string[]): string {
  return `#${tokens.map((t) => `/${encodePointerToken(t)}`).join('')}`;
}

/** The value at a local pointer ("#/components/schemas/X"), or undefined when it does not exist. */
export function resolvePointer(root: JsonValue, pointer: string): JsonValue | undefined {
  if (!pointer.startsWith('#')) return undefined;
  const path = pointer.slice(1);
  if (path === '') return root;
  if (!path.startsWith('/')) return undefined;
  let current: JsonValue | undefined = root;
  for (const raw of path.slice(1).split('/')) {
    const token = decodePointerToken(raw);
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(token)) return undefined;
      current = current[Number(token)];
    } else if (isJsonObject(current)) {
      current = Object.prototype.hasOwnProperty.call(current, token) ? current[token] : undefined;
    } else {
      return undefined;
    }
    if (current === undefined) return undefined;
  }
  return current;
}

export class DanglingRefError extends Error {
  readonly ref: string;
  constructor(ref: string, message: string) {
    super(message);
    this.name = 'DanglingRefError';
    this.ref = ref;
  }
}

/**
 * Follows a chain of `$ref`s starting at `value` until an object without `$ref` (siblings of a
 * `$ref` are ignored, as OpenAPI 3.0 prescribes; the Web Modeler documents put none there).
 * Returns the resolved object and the pointer it was found at (null when `value` was inline).
 */
export function derefObject(
  root: JsonValue,
  value: JsonValue | undefined,
  pointer: string | null = null,
): { value: JsonObject; pointer: string | null } | undefined {
  let current = value;
  let at = pointer;
  const seen = new Set<string>();
  while (isJsonObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (seen.has(ref)) throw new DanglingRefError(ref, `$ref cycle through ${ref}`);
    seen.add(ref);
    const target = resolvePointer(root, ref);
    if (target === undefined) throw new DanglingRefError(ref, `$ref "${ref}" does not resolve`);
    current = target;
    at = ref;
  }
  return isJsonObject(current) ? { value: current, pointer: at } : undefined;
}

/** The schema at a pointer with `$ref`s followed; an empty schema when nothing is there. */
export function schemaAt(root: JsonValue, pointer: string): JsonObject {
  return derefObject(root, resolvePointer(root, pointer), pointer)?.value ?? {};
}
