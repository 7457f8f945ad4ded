/**
 * The rule every reject-* check judges by: an invalid request is refused with the documented
 * 4xx — 400 (or 422) where the document lists it, 404 for an id that names nothing, 400 or 404
 * for an id that is not a UUID. Each reject-* definition (one a file beside this one) is made by
 * `refusalCheck` with its ID, title and the kind of invalid input it judges.
 */
import type { OperationModel } from '../../document/types.ts';
import type { CheckDefinition, Verdict } from '../types.ts';

/** Why the request is invalid: its input, or an id that names nothing, or an id that is not a UUID. */
export type RefusalReason = 'invalid' | 'unknown-id' | 'invalid-id';

/** What the scenario saw: the status the invalid request got, the operation, and the case ("name is null"). */
export interface RefusalSeen {
  readonly status: number;
  readonly op: OperationModel;
  readonly what: string;
}

function documents(op: OperationModel, status: number): boolean {
  return op.responses.some((r) => r.status === String(status));
}

/** The statuses that refuse invalid input correctly for this operation. */
export function expectedRefusal(op: OperationModel, reason: RefusalReason): number[] {
  if (reason === 'unknown-id') return [404];
  // A malformed id is refused either way: 400 (parameter conversion) or 404 (no such resource).
  if (reason === 'invalid-id') return [400, 404];
  const listed = [400, 422].filter((s) => documents(op, s));
  return listed.length > 0 ? listed : [400];
}

export function judgeRefusal(status: number, expected: readonly number[], what: string): Verdict {
  if (expected.includes(status)) return { ok: true };
  return {
    ok: false,
    message: `${what} was answered ${status}`,
    expected: expected.join(' or '),
    actual: String(status),
  };
}

/** A reject-* check: the invalid request of kind `reason` gets one of the statuses expectedRefusal gives. */
export function refusalCheck(id: string, title: string, reason: RefusalReason): CheckDefinition<RefusalSeen> {
  return {
    id,
    family: 'negative',
    title,
    judge: ({ status, op, what }) => judgeRefusal(status, expectedRefusal(op, reason), what),
  };
}
