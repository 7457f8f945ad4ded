/**
 * auth-no-data-leak: a 401/403 answer carries none of the data the request would have read —
 * no id, name or content of the resource(s), as the full client sees them. The request's own
 * path (which a problem's `instance` may echo) and body are not data the answer leaks.
 */
import type { JsonValue } from '../../document/types.ts';
import type { CheckId, Verdict } from '../types.ts';

export const authNoDataLeak: CheckId = { id: 'auth-no-data-leak', family: 'auth', title: 'A 401/403 answer carries no data of the resource' };

const DATA_FIELDS = new Set(['id', 'name', 'content', 'email']);
/** Shorter values ("bpmn", small numbers) would match by accident. */
const MIN_LENGTH = 6;

/** The values of id/name/content/email fields anywhere in a representation. */
export function sensitiveValues(body: JsonValue | undefined): string[] {
  const out = new Set<string>();
  const walk = (value: JsonValue | undefined, key: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    } else if (typeof value === 'string' && DATA_FIELDS.has(key) && value.length >= MIN_LENGTH) {
      out.add(value);
    }
  };
  walk(body, '');
  return [...out];
}

/**
 * @param bodyText the refused answer's body
 * @param data what the full client read (sensitiveValues of its answer)
 * @param request the refused request's path and body text, which the answer may echo
 */
export function judgeNoDataLeak(bodyText: string, data: readonly string[], request: readonly string[], what: string): Verdict {
  const echoed = data.filter((value) => request.some((r) => r.includes(value)));
  let text = bodyText;
  for (const r of request.filter((r) => r !== '')) text = text.split(r).join('');
  const leaked = data.filter((value) => !echoed.includes(value) && text.includes(value));
  if (leaked.length === 0) return { ok: true };
  return { ok: false, message: `${what}: the refused answer carries data of the resource (${leaked.length} value${leaked.length === 1 ? '' : 's'})`, expected: 'no id, name or content', actual: leaked.map((v) => v.slice(0, 60)).join(', ') };
}
