/** snapshot-review-once: a second review request for a project snapshot is refused with 409 (at most one per snapshot, ever). */
import type { CheckDefinition } from '../types.ts';
import { judgeStatus, type StatusSeen } from './lifecycle.ts';

export const snapshotReviewOnce: CheckDefinition<StatusSeen> = {
  id: 'snapshot-review-once',
  family: 'semantics',
  title: 'A second review request for a project snapshot is refused with 409',
  judge: ({ status, what }) => judgeStatus(status, 409, what),
};
