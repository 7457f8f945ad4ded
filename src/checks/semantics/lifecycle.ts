/**
 * The judge shared by the lifecycle checks (available-after-create, use-after-free,
 * revision-conflict): the status a lifecycle step must get.
 */
import type { Verdict } from '../types.ts';

/** A status the scenario saw, and what it was the answer to ("GET after deleteFile"). */
export interface StatusSeen {
  readonly status: number;
  readonly what: string;
}

export function judgeStatus(actual: number, expected: number, what: string): Verdict {
  if (actual === expected) return { ok: true, message: `${what}: ${actual}` };
  return {
    ok: false,
    message: `${what}: answered ${actual}, expected ${expected}`,
    expected: String(expected),
    actual: String(actual),
  };
}
