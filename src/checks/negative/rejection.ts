/**
 * The negative checks: an invalid request is refused with the documented 4xx, and refusing it
 * changed nothing. One check ID per kind of invalid input (docs/architecture.md), all judged
 * by the same rule: 400 where the document lists 400 (404 for ids that name nothing).
 */
import type { OperationModel } from '../../document/types.ts';
import type { CheckId, Verdict } from '../types.ts';

function negative(id: string, title: string): CheckId {
  return { id, family: 'negative', title };
}

export const NEGATIVE_CHECKS: Readonly<Record<string, CheckId>> = {
  'reject-missing-required': negative('reject-missing-required', 'A missing required field is refused'),
  'reject-null-required': negative('reject-null-required', 'A null required field is refused'),
  'reject-wrong-type': negative('reject-wrong-type', 'A value of the wrong type is refused'),
  'reject-length': negative('reject-length', 'A string outside minLength/maxLength is refused'),
  'reject-range': negative('reject-range', 'A number outside minimum/maximum is refused'),
  'reject-pattern': negative('reject-pattern', 'A value outside the pattern/enum is refused'),
  'reject-malformed-json': negative('reject-malformed-json', 'Malformed JSON is refused'),
  'reject-missing-body': negative('reject-missing-body', 'A missing required body is refused'),
  'reject-wrong-top-level': negative('reject-wrong-top-level', 'A body of the wrong top-level type is refused'),
  'reject-paging': negative('reject-paging', 'page/size out of range are refused'),
  'reject-unknown-id': negative('reject-unknown-id', 'An id that names nothing gets 404'),
  'reject-invalid-id': negative('reject-invalid-id', 'An id that is not a UUID is refused'),
};

export const noSideEffect = negative('no-side-effect', 'A refused request changes nothing');

export function negativeCheck(id: string): CheckId {
  const check = NEGATIVE_CHECKS[id];
  if (check === undefined) throw new Error(`unknown negative check ${id}`);
  return check;
}

function documents(op: OperationModel, status: number): boolean {
  return op.responses.some((r) => r.status === String(status));
}

/** The statuses that refuse invalid input correctly for this operation. */
export function expectedRefusal(op: OperationModel, reason: 'invalid' | 'unknown-id' | 'invalid-id'): number[] {
  if (reason === 'unknown-id') return [404];
  // A malformed id is refused either way: 400 (parameter conversion) or 404 (no such resource).
  if (reason === 'invalid-id') return [400, 404];
  const listed = [400, 422].filter((s) => documents(op, s));
  return listed.length > 0 ? listed : [400];
}

export function judgeRefusal(status: number, expected: readonly number[], what: string): Verdict {
  if (expected.includes(status)) return { ok: true };
  return { ok: false, message: `${what} was answered ${status}`, expected: expected.join(' or '), actual: String(status) };
}

export function judgeUnchanged(before: string, after: string, what: string): Verdict {
  if (before === after) return { ok: true };
  return { ok: false, message: `${what}: the refused request(s) changed the target`, expected: before.slice(0, 200), actual: after.slice(0, 200) };
}
