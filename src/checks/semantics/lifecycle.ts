/** available-after-create, use-after-free, revision-conflict: the status a lifecycle step must get. */
import type { CheckId, Verdict } from '../types.ts';

export const availableAfterCreate: CheckId = { id: 'available-after-create', family: 'semantics', title: 'A created resource can be read at once' };
export const useAfterFree: CheckId = { id: 'use-after-free', family: 'semantics', title: 'A deleted resource is gone (404)' };
export const revisionConflict: CheckId = { id: 'revision-conflict', family: 'semantics', title: 'A stale revision is refused with 409' };

export function judgeStatus(actual: number, expected: number, what: string): Verdict {
  if (actual === expected) return { ok: true, message: `${what}: ${actual}` };
  return { ok: false, message: `${what}: answered ${actual}, expected ${expected}`, expected: String(expected), actual: String(actual) };
}
