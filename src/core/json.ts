/**
 * JSON data types and the guards for parsed-JSON borders: the one `isJsonValue` and
 * `isJsonObject` of the suite and the reference target.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `value` is plain JSON data (no cycles, no functions, dates or undefined). */
export function isJsonValue(value: unknown, ancestors: Set<object> = new Set<object>()): value is JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || ancestors.has(value)) return false;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return false;
  ancestors.add(value);
  const ok = Object.values(value).every((child: unknown) => isJsonValue(child, ancestors));
  ancestors.delete(value);
  return ok;
}
