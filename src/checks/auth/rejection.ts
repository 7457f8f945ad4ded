/**
 * The auth rejection checks: a request whose credentials are missing, malformed, expired,
 * forged, unsigned, for another API or of the wrong scheme is refused with 401 (the foreign
 * client's status is configurable: WM_FOREIGN_TOKEN_STATUS). One check ID per kind of bad
 * credential (one definition a file, auth-*.ts beside this one), all judged by `judgeAuthStatus`.
 */
import type { CheckDefinition, Verdict } from '../types.ts';

/** What the scenario saw: the status of the request with the bad credential, and what to expect. */
export interface AuthStatusSeen {
  readonly status: number;
  readonly expected: number;
  /** The request, e.g. "getInfo with no token". */
  readonly what: string;
  /** Where the expectation comes from, when it is configured (e.g. "WM_FOREIGN_TOKEN_STATUS=403"). */
  readonly why?: string;
}

/** The request with the bad credential must get exactly `expected`; `why` says where that expectation comes from. */
export function judgeAuthStatus(status: number, expected: number, what: string, why = ''): Verdict {
  if (status === expected) return { ok: true, message: `${what}: ${status}` };
  const hint = status >= 200 && status < 300 ? ' — the target served a request it should have refused' : '';
  return {
    ok: false,
    message: `${what} was answered ${status}, expected ${expected}${why === '' ? '' : ` (${why})`}${hint}`,
    expected: String(expected),
    actual: String(status),
  };
}

/** An auth rejection check: the request with its kind of bad credential gets exactly the expected status. */
export function rejectionCheck(id: string, title: string): CheckDefinition<AuthStatusSeen> {
  return {
    id,
    family: 'auth',
    title,
    judge: ({ status, expected, what, why }) => judgeAuthStatus(status, expected, what, why),
  };
}
