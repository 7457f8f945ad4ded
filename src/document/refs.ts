/**
 * Finds every `$ref` in an OpenAPI document that the suite cannot follow: external ones
 * ("other.yaml#/X", "https://…"), local ones that point nowhere, and chains of bare `$ref`s
 * that loop (A → B → A) without reaching a definition.
 *
 * Hand-written (a short walk): ref-parser libraries resolve or bundle external files, while the
 * suite wants the opposite, a list of what is wrong with the place each ref is used. Example
 * values and `x-` extensions are data, not document structure, and are not searched.
 */
import { isJsonObject, type JsonValue } from '../core/json.ts';
import { pointerOf, resolvePointer } from './resolve.ts';

export interface RefProblem {
  readonly kind: 'external' | 'dangling' | 'cycle';
  readonly ref: string;
  /** Pointer of the object holding the `$ref`. */
  readonly pointer: string;
}

function resolves(root: JsonValue, ref: string): boolean {
  try {
    return resolvePointer(root, ref) !== undefined;
  } catch {
    return false; // a malformed %-escape in the pointer
  }
}

/**
 * True when following `$ref`s from `value` loops without reaching a definition (A → B → A).
 * A chain that ends in an external or dangling `$ref` is no cycle: that `$ref` is reported
 * where it is written.
 */
function isRefCycle(root: JsonValue, value: JsonValue): boolean {
  const seen = new Set<string>();
  let current: JsonValue | undefined = value;
  while (isJsonObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#') || !resolves(root, ref)) return false;
    if (seen.has(ref)) return true;
    seen.add(ref);
    current = resolvePointer(root, ref);
  }
  return false;
}

function isData(key: string, value: JsonValue, parentKey: string | null): boolean {
  if (key === 'example' || key.startsWith('x-')) return true;
  if ((key === 'examples' || key === 'enum') && Array.isArray(value)) return true;
  return key === 'value' && parentKey === 'examples';
}

function walk(
  root: JsonValue,
  value: JsonValue,
  tokens: string[],
  problems: RefProblem[],
  grandparentKey: string | null,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      walk(root, item, [...tokens, String(index)], problems, null);
    });
    return;
  }
  if (!isJsonObject(value)) return;
  const ref = value.$ref;
  if (typeof ref === 'string') {
    const pointer = pointerOf(tokens);
    if (!ref.startsWith('#')) problems.push({ kind: 'external', ref, pointer });
    else if (!resolves(root, ref)) problems.push({ kind: 'dangling', ref, pointer });
    else if (isRefCycle(root, value)) problems.push({ kind: 'cycle', ref, pointer });
  }
  const parentKey = tokens.at(-1) ?? null;
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' || isData(key, child, grandparentKey)) continue;
    walk(root, child, [...tokens, key], problems, parentKey);
  }
}

/** Every `$ref` that is not local or does not resolve, in document order. */
export function findRefProblems(root: JsonValue): RefProblem[] {
  const problems: RefProblem[] = [];
  walk(root, root, [], problems, null);
  return problems;
}
