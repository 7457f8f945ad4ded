/**
 * The auth rejection checks: a request whose credentials are missing, malformed, expired,
 * forged, unsigned, for another API or of the wrong scheme is refused with 401 (the foreign
 * client's status is configurable: WM_FOREIGN_TOKEN_STATUS). One check ID per kind of bad
 * credential, all judged by `judgeAuthStatus`.
 */
import type { CheckId, Verdict } from '../types.ts';

function auth(id: string, title: string): CheckId {
  return { id, family: 'auth', title };
}

export const authMissingToken = auth('auth-missing-token', 'A request without an Authorization header gets 401');
export const authMalformedToken = auth('auth-malformed-token', 'An empty, garbage or truncated bearer token gets 401');
export const authExpiredToken = auth('auth-expired-token', 'An expired token gets 401');
export const authWrongSignature = auth('auth-wrong-signature', 'A token signed by a key the issuer never published gets 401');
export const authAlgNone = auth('auth-alg-none', 'An unsigned token (alg "none") gets 401');
export const authWrongAudience = auth('auth-wrong-audience', 'A token without the Web Modeler API audience gets 401 (or the configured 403)');
export const authBasicScheme = auth('auth-basic-scheme', 'Basic credentials instead of a bearer token get 401');

export const AUTH_REJECTION_CHECKS: readonly CheckId[] = [
  authMissingToken,
  authMalformedToken,
  authExpiredToken,
  authWrongSignature,
  authAlgNone,
  authWrongAudience,
  authBasicScheme,
];

/** The request with the bad credential must get exactly `expected`; `why` says where that expectation comes from. */
export function judgeAuthStatus(status: number, expected: number, what: string, why = ''): Verdict {
  if (status === expected) return { ok: true, message: `${what}: ${status}` };
  const hint = status >= 200 && status < 300 ? ' — the target served a request it should have refused' : '';
  return { ok: false, message: `${what} was answered ${status}, expected ${expected}${why === '' ? '' : ` (${why})`}${hint}`, expected: String(expected), actual: String(status) };
}
