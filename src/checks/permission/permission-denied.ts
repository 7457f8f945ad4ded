/**
 * permission-denied: an operation whose permission the client lacks is refused — 403 (the
 * foreign client: WM_FOREIGN_TOKEN_STATUS, default 401). Judged per client: the result's
 * `case` names the client role, so the reporter can rebuild the operation × client matrix.
 */
import type { CheckDefinition } from '../types.ts';

export interface DeniedSeen {
  readonly status: number;
  readonly expected: number;
  /** The request, e.g. "createProject as the limited client". */
  readonly what: string;
  /** Where the expectation comes from, e.g. "it lacks create". */
  readonly why: string;
}

export const permissionDenied: CheckDefinition<DeniedSeen> = {
  id: 'permission-denied',
  family: 'permission',
  title: 'An operation whose permission the client lacks is refused',
  judge({ status, expected, what, why }) {
    if (status === expected) return { ok: true };
    const served = status >= 200 && status < 300 ? ' — the request was carried out' : '';
    return {
      ok: false,
      message: `${what} was answered ${status}, expected ${expected} (${why})${served}`,
      expected: String(expected),
      actual: String(status),
    };
  },
};
