/**
 * auth-no-data-leak: an answer gives nothing away it must not —
 *   - a 401/403 carries none of the data the request would have read: no id, name or content of
 *     the resource(s), as the full client sees them. The request's own path (which a problem's
 *     `instance` may echo) and body are not data the answer leaks;
 *   - a 401/403, and any answer of `GET …/info`, carries none of the credentials it was sent (the
 *     bearer token, the Basic credentials): not in its body, not in any header — found in every
 *     form src/core/secret-match.ts knows (as is, escaped, URL- or base64-encoded, split across
 *     lines). A target that echoes the Authorization header hands live tokens to every log,
 *     proxy and report on the way.
 */
import type { CheckDefinition, Verdict } from '../types.ts';
import { findSecrets, MIN_SECRET_LENGTH, type Needle } from '../../core/secret-match.ts';
import type { JsonValue } from '../../core/json.ts';

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
export function judgeNoDataLeak(
  bodyText: string,
  data: readonly string[],
  request: readonly string[],
  what: string,
): Verdict {
  const echoed = data.filter((value) => request.some((r) => r.includes(value)));
  let text = bodyText;
  for (const r of request.filter((r) => r !== '')) text = text.split(r).join('');
  const leaked = data.filter((value) => !echoed.includes(value) && text.includes(value));
  if (leaked.length === 0) return { ok: true };
  return {
    ok: false,
    message: `${what}: the refused answer carries data of the resource (${leaked.length} value${leaked.length === 1 ? '' : 's'})`,
    expected: 'no id, name or content',
    actual: leaked.map((v) => v.slice(0, 60)).join(', '),
  };
}

/**
 * The credentials an Authorization value carries: what follows the scheme (a token, Basic's
 * base64) and, for Basic, the decoded `id:secret` and the secret alone. Nothing for a scheme
 * without credentials ("Bearer ").
 */
export function credentialsOf(authorization: string): string[] {
  const match = /^(\S+)\s+(\S.*)$/.exec(authorization.trim());
  if (match === null) return [];
  const scheme = (match[1] ?? '').toLowerCase();
  const value = match[2] ?? '';
  const out = [value];
  if (scheme === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) out.push(decoded, decoded.slice(colon + 1));
  }
  return out.filter((c) => c.length >= MIN_SECRET_LENGTH);
}

/** An answer as the check reads it: its body and every header (lower-case names). */
export interface Answer {
  readonly bodyText: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Where in the answer a credential sent shows up: "the body", "header x-echo", …; empty when nowhere. */
export function credentialEchoes(answer: Answer, credentials: readonly string[]): string[] {
  const needles: Needle[] = credentials.map((value) => ({ value, what: 'the credential' }));
  if (needles.length === 0) return [];
  const where = findSecrets(answer.bodyText, needles, []).length > 0 ? ['the body'] : [];
  for (const [name, value] of Object.entries(answer.headers)) {
    if (findSecrets(value, needles, []).length > 0) where.push(`header ${name}`);
  }
  return where;
}

/** @param credentials the credentials the request was sent with (credentialsOf its Authorization value) */
export function judgeNoCredentialEcho(answer: Answer, credentials: readonly string[], what: string): Verdict {
  const where = credentialEchoes(answer, credentials);
  if (where.length === 0) return { ok: true };
  return {
    ok: false,
    message: `${what}: the answer echoes the credentials it was sent (in ${where.join(', ')})`,
    expected: 'no credential in the answer',
    actual: `the credential sent, in ${where.join(', ')}`,
  };
}

/** An answer the check reads, with what it must not carry. */
export interface LeakSeen {
  readonly answer: Answer;
  /** What the full client read of the resource (sensitiveValues of its answer); empty where only credentials are looked for (/info). */
  readonly data: readonly string[];
  /** The refused request's path and body text, which the answer may echo. */
  readonly request: readonly string[];
  /** The credentials the request was sent with (credentialsOf its Authorization value). */
  readonly credentials: readonly string[];
  readonly what: string;
}

/** Both halves of the check for one answer: the first that fails, else a pass. */
export const authNoDataLeak: CheckDefinition<LeakSeen> = {
  id: 'auth-no-data-leak',
  family: 'auth',
  title: 'A 401/403 answer carries no data of the resource; no 401/403 or /info answer echoes the credentials sent',
  judge({ answer, data, request, credentials, what }) {
    const leak = data.length > 0 ? judgeNoDataLeak(answer.bodyText, data, request, what) : null;
    return leak === null || leak.ok ? judgeNoCredentialEcho(answer, credentials, what) : leak;
  },
};
