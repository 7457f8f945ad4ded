/**
 * www-authenticate: every 401 carries a `WWW-Authenticate` challenge with scheme Bearer
 * (RFC 6750 §3), with `error="invalid_token"` where a token was sent (expired, malformed,
 * forged…); a request without credentials gets the bare challenge (an error code is allowed
 * but not required there).
 *
 * The challenge parser is hand-written: none of the installed libraries parses RFC 9110
 * challenges, and the grammar needed here (scheme, then comma-separated auth-params with
 * token or quoted-string values) is a few lines.
 */
import type { CheckDefinition, Verdict } from '../types.ts';

/** A 401 as the check reads it: its WWW-Authenticate header, whether a token was sent, and the request. */
export interface ChallengeSeen {
  readonly header: string | undefined;
  readonly tokenSent: boolean;
  readonly what: string;
}

export const wwwAuthenticate: CheckDefinition<ChallengeSeen> = {
  id: 'www-authenticate',
  family: 'auth',
  title: 'Every 401 carries WWW-Authenticate: Bearer (error="invalid_token" where a token was sent)',
  judge: ({ header, tokenSent, what }) => judgeChallenge(header, tokenSent, what),
};

export interface Challenge {
  /** Lower-case scheme, e.g. "bearer". */
  readonly scheme: string;
  /** Auth-params, names lower-case, quoted values unquoted. */
  readonly params: Readonly<Record<string, string>>;
}

const PARAM = /^\s*([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s,]*)\s*,?/;
const SCHEME = /^\s*,*\s*([A-Za-z0-9!#$%&'*+.^_`|~-]+)(?:\s+|$|,)/;

function unquote(value: string): string {
  return value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
}

/** The challenges of a WWW-Authenticate value, in order. */
export function parseChallenges(value: string): Challenge[] {
  const out: Challenge[] = [];
  let rest = value;
  for (;;) {
    const scheme = SCHEME.exec(rest);
    if (scheme === null) return out;
    rest = rest.slice(scheme[0].length);
    const params: Record<string, string> = {};
    for (let param = PARAM.exec(rest); param !== null; param = PARAM.exec(rest)) {
      params[(param[1] ?? '').toLowerCase()] = unquote(param[2] ?? '');
      rest = rest.slice(param[0].length);
    }
    out.push({ scheme: (scheme[1] ?? '').toLowerCase(), params });
  }
}

/** Judges the WWW-Authenticate header of a 401; `tokenSent`: a bearer token was sent and refused. */
export function judgeChallenge(header: string | undefined, tokenSent: boolean, what: string): Verdict {
  if (header === undefined || header.trim() === '') {
    return {
      ok: false,
      message: `${what}: the 401 carries no WWW-Authenticate header`,
      expected: tokenSent ? 'Bearer error="invalid_token"' : 'Bearer',
      actual: 'none',
    };
  }
  const bearer = parseChallenges(header).find((c) => c.scheme === 'bearer');
  if (bearer === undefined)
    return {
      ok: false,
      message: `${what}: WWW-Authenticate offers no Bearer challenge`,
      expected: 'Bearer',
      actual: header,
    };
  if (tokenSent && bearer.params.error !== 'invalid_token') {
    return {
      ok: false,
      message: `${what}: the refused token is not named in the challenge`,
      expected: 'Bearer error="invalid_token"',
      actual: header,
    };
  }
  return { ok: true };
}
