/**
 * no-side-effect: a refused request changed nothing — the state the operation would change,
 * read before and after the refused request(s), is the same. The judge is shared with
 * permission-no-side-effect.
 */
import type { CheckDefinition, Verdict } from '../types.ts';

/** The observed state (a snapshot text) before and after the refused request(s), and what they were. */
export interface Unchanged {
  readonly before: string;
  readonly after: string;
  readonly what: string;
}

export function judgeUnchanged({ before, after, what }: Unchanged): Verdict {
  if (before === after) return { ok: true };
  return {
    ok: false,
    message: `${what}: the refused request(s) changed the target`,
    expected: before.slice(0, 200),
    actual: after.slice(0, 200),
  };
}

export const noSideEffect: CheckDefinition<Unchanged> = {
  id: 'no-side-effect',
  family: 'negative',
  title: 'A refused request changes nothing',
  judge: judgeUnchanged,
};
