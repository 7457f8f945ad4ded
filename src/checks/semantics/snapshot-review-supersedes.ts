/**
 * snapshot-review-supersedes: a review request supersedes the pending review request of another
 * snapshot of the same project (facts §2.1 "Project snapshots") — read afterwards, the older
 * snapshot has no pending request (`reviewRequest` is null: "null when none pending", facts §2.2).
 */
import type { CheckDefinition, Verdict } from '../types.ts';

export interface SupersededSeen {
  /** Whether the older snapshot's `reviewRequest` is set after the newer one's request; undefined when the answer has no such field. */
  readonly pending: boolean | undefined;
  readonly what: string;
}

export const snapshotReviewSupersedes: CheckDefinition<SupersededSeen> = {
  id: 'snapshot-review-supersedes',
  family: 'semantics',
  title: "A review request supersedes the pending request of the project's other snapshot",
  judge: ({ pending, what }): Verdict => {
    if (pending === false) return { ok: true };
    return {
      ok: false,
      message:
        pending === undefined
          ? `${what}: the older snapshot's answer has no reviewRequest`
          : `${what}: the older snapshot's review request is still pending`,
      expected: 'reviewRequest: null',
      actual: pending === undefined ? 'no reviewRequest' : 'a pending reviewRequest',
    };
  },
};
