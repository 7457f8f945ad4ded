/**
 * unsupported-method: a documented path answers a method the document does not give it with
 * 405 Method Not Allowed and an `Allow` header naming exactly the path's documented methods
 * (RFC 9110 §15.5.6: a 405 MUST carry Allow; §10.2.1: Allow lists the methods the resource
 * supports). Judged per method sent (src/scenario/methods.ts):
 *   - GET, PUT, POST, DELETE, PATCH the path does not document, and HEAD where it documents no
 *     GET: 405, and Allow = the documented methods;
 *   - OPTIONS: 2xx or 405, with the same Allow (a server may answer OPTIONS itself, §9.3.7);
 *   - Allow may also name HEAD where GET is documented (§9.3.2: a GET resource serves HEAD) and
 *     OPTIONS (servers answer it for every resource); any other extra, or a documented method
 *     missing, fails. Method names are compared case-insensitively and the list is read with any
 *     spacing and empty elements (the `#method` list syntax, §5.6.1).
 * TRACE is not sent: servlet containers and proxies answer it before the API (Tomcat refuses it
 * with the servlet's methods), so it would say nothing about the API's paths.
 */
import type { CheckDefinition, Verdict } from '../types.ts';

/** The methods sent to a path that does not document them (besides HEAD and OPTIONS). */
const CORE_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH'] as const;

/** Methods that change nothing on the server (RFC 9110 §9.2.1); the only ones sent with WM_READ_ONLY=true. */
export const SAFE_METHODS: readonly string[] = ['GET', 'HEAD', 'OPTIONS'];

/** The methods to send to a path that documents `documented`: the core methods it lacks, HEAD where it has no GET, OPTIONS. */
export function methodsToProbe(documented: readonly string[]): string[] {
  const has = new Set(documented.map((m) => m.toUpperCase()));
  return [...CORE_METHODS, 'HEAD', 'OPTIONS'].filter((m) => !has.has(m) && !(m === 'HEAD' && has.has('GET')));
}

/** The methods an Allow value names, upper-cased, in order, without repeats; null when there is no Allow header. */
export function allowedMethods(value: string | undefined): string[] | null {
  if (value === undefined) return null;
  return [
    ...new Set(
      value
        .split(',')
        .map((m) => m.trim().toUpperCase())
        .filter((m) => m !== ''),
    ),
  ];
}

export interface MethodAnswer {
  /** The method sent, upper-case. */
  readonly method: string;
  /** The documented path, e.g. /api/v1/files/{fileId}. */
  readonly path: string;
  readonly status: number;
  /** The Allow header as received (undefined: none). */
  readonly allow: string | undefined;
}

function list(methods: readonly string[]): string {
  return methods.length === 0 ? '(none)' : methods.join(', ');
}

export function judgeUnsupportedMethod(answer: MethodAnswer, documented: readonly string[]): Verdict {
  const wanted = [...new Set(documented.map((m) => m.toUpperCase()))].sort();
  const tolerated = new Set(['OPTIONS', ...(wanted.includes('GET') ? ['HEAD'] : [])]);
  const what = `${answer.method} ${answer.path}`;
  const isOptions = answer.method === 'OPTIONS';
  const expected = `${isOptions ? '405 or 2xx' : '405'} with Allow: ${list(wanted)}`;
  const statusOk = answer.status === 405 || (isOptions && answer.status >= 200 && answer.status < 300);
  if (!statusOk) {
    return {
      ok: false,
      message: `${what}, a method the document does not give the path, was answered ${answer.status}`,
      expected,
      actual: String(answer.status),
    };
  }
  const allowed = allowedMethods(answer.allow);
  if (allowed === null)
    return {
      ok: false,
      message: `${what} was answered ${answer.status} without an Allow header`,
      expected,
      actual: `${answer.status}, no Allow`,
    };
  const missing = wanted.filter((m) => !allowed.includes(m));
  const extra = allowed.filter((m) => !wanted.includes(m) && !tolerated.has(m));
  if (missing.length === 0 && extra.length === 0) return { ok: true };
  const problems = [
    missing.length > 0 ? `documented but not allowed: ${list(missing)}` : '',
    extra.length > 0 ? `allowed but not documented: ${list(extra)}` : '',
  ].filter((p) => p !== '');
  return {
    ok: false,
    message: `${what} was answered ${answer.status} with Allow: ${answer.allow ?? ''} — ${problems.join('; ')}`,
    expected,
    actual: `${answer.status} with Allow: ${answer.allow ?? ''}`,
  };
}

/** The answer to one method sent, and the methods the document gives the path. */
export interface MethodSeen {
  readonly answer: MethodAnswer;
  readonly documented: readonly string[];
}

export const unsupportedMethod: CheckDefinition<MethodSeen> = {
  id: 'unsupported-method',
  family: 'status',
  title: 'A method a path does not document gets 405 with an Allow header naming exactly its documented methods',
  judge: ({ answer, documented }) => judgeUnsupportedMethod(answer, documented),
};
