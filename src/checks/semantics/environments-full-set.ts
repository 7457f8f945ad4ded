/**
 * environments-full-set: replacing a workspace's environments makes the sent list its whole set —
 * read back, the workspace has exactly the environments sent (those not listed are unassigned;
 * an empty list unassigns all).
 */
import type { CheckDefinition, Verdict } from '../types.ts';

export interface EnvironmentSetSeen {
  /** The environment ids sent. */
  readonly sent: readonly string[];
  /** The environment ids the workspace has when read back. */
  readonly read: readonly string[];
  readonly what: string;
}

export const environmentsFullSet: CheckDefinition<EnvironmentSetSeen> = {
  id: 'environments-full-set',
  family: 'semantics',
  title: "Replacing a workspace's environments makes the sent list its whole set",
  judge: ({ sent, read, what }): Verdict => {
    const want = [...new Set(sent)].sort();
    const got = [...new Set(read)].sort();
    if (want.length === got.length && want.every((id, i) => id === got[i])) return { ok: true };
    return {
      ok: false,
      message: `${what}: the workspace has ${got.length === 0 ? 'no environment' : got.join(', ')}, not exactly the ${want.length === 0 ? 'empty set' : want.join(', ')} sent`,
      expected: want.join(', '),
      actual: got.join(', '),
    };
  },
};
