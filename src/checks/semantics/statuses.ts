/**
 * The judge shared by the Hub API v2 trash checks that look at several answers (restore-subtree,
 * purge-idempotent): every answer has the expected status.
 */
import type { Verdict } from '../types.ts';
import type { StatusSeen } from './lifecycle.ts';

export interface StatusesSeen {
  readonly answers: readonly StatusSeen[];
}

export function judgeStatuses({ answers }: StatusesSeen, expected: number): Verdict {
  const wrong = answers.filter((a) => a.status !== expected);
  if (answers.length > 0 && wrong.length === 0)
    return { ok: true, message: answers.map((a) => `${a.what}: ${a.status}`).join('; ') };
  return {
    ok: false,
    message:
      answers.length === 0
        ? 'no answer to judge'
        : wrong.map((a) => `${a.what}: answered ${a.status}, expected ${expected}`).join('; '),
    expected: String(expected),
    actual: wrong.map((a) => String(a.status)).join(', ') || 'nothing',
  };
}
