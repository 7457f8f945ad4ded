/**
 * The permission checks, judged per client (the result's `case` names the client role, so the
 * reporter can rebuild the operation × client matrix):
 *   permission-denied          — an operation whose permission the client lacks is refused
 *                                (403; the foreign client: WM_FOREIGN_TOKEN_STATUS, default 401);
 *   permission-granted         — an operation whose permission it has succeeds (2xx);
 *   permission-no-side-effect  — a refused request changed nothing (seen by the full client;
 *                                judged like no-side-effect: src/checks/negative/rejection.ts);
 *   no-existence-leak          — refused, a known id and an unknown id get the same status.
 */
import type { CheckId, Verdict } from '../types.ts';

function permission(id: string, title: string): CheckId {
  return { id, family: 'permission', title };
}

export const permissionDenied = permission('permission-denied', 'An operation whose permission the client lacks is refused');
export const permissionGranted = permission('permission-granted', 'An operation whose permission the client has succeeds');
export const permissionNoSideEffect = permission('permission-no-side-effect', 'A request refused for lack of permission changes nothing');
export const noExistenceLeak = permission('no-existence-leak', 'Without the permission, a known id and an unknown id get the same status');

export const PERMISSION_CHECKS: readonly CheckId[] = [permissionDenied, permissionGranted, permissionNoSideEffect, noExistenceLeak];

export function judgeDenied(status: number, expected: number, what: string, why: string): Verdict {
  if (status === expected) return { ok: true };
  const served = status >= 200 && status < 300 ? ' — the request was carried out' : '';
  return { ok: false, message: `${what} was answered ${status}, expected ${expected} (${why})${served}`, expected: String(expected), actual: String(status) };
}

export function judgeGranted(status: number, what: string, why: string): Verdict {
  if (status >= 200 && status < 300) return { ok: true };
  return { ok: false, message: `${what} was answered ${status}, expected success (${why})`, expected: '2xx', actual: String(status) };
}

export function judgeSameStatus(known: number, unknown: number, what: string): Verdict {
  if (known === unknown) return { ok: true };
  return { ok: false, message: `${what}: a known id was answered ${known}, an unknown id ${unknown} — the answer tells which ids exist`, expected: `${known} for both`, actual: `known ${known}, unknown ${unknown}` };
}
