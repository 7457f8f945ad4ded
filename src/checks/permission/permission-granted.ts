/** permission-granted: an operation whose permission the client has succeeds (2xx). */
import type { CheckDefinition } from '../types.ts';

export interface GrantedSeen {
  readonly status: number;
  readonly what: string;
  readonly why: string;
}

export const permissionGranted: CheckDefinition<GrantedSeen> = {
  id: 'permission-granted',
  family: 'permission',
  title: 'An operation whose permission the client has succeeds',
  judge({ status, what, why }) {
    if (status >= 200 && status < 300) return { ok: true };
    return {
      ok: false,
      message: `${what} was answered ${status}, expected success (${why})`,
      expected: '2xx',
      actual: String(status),
    };
  },
};
