/** snapshot-review-needs-request: a review of a project snapshot nobody asked to review is refused with 403. */
import type { CheckDefinition } from '../types.ts';
import { judgeStatus, type StatusSeen } from './lifecycle.ts';

export const snapshotReviewNeedsRequest: CheckDefinition<StatusSeen> = {
  id: 'snapshot-review-needs-request',
  family: 'semantics',
  title: 'A review of a project snapshot without a review request is refused with 403',
  judge: ({ status, what }) => judgeStatus(status, 403, what),
};
