/**
 * restore-subtree: restoring a soft-deleted item brings it back with everything its deletion took
 * along (facts §2.1): the item and its descendants answer 200 again.
 */
import type { CheckDefinition } from '../types.ts';
import { judgeStatuses, type StatusesSeen } from './statuses.ts';

export const restoreSubtree: CheckDefinition<StatusesSeen> = {
  id: 'restore-subtree',
  family: 'semantics',
  title: 'Restore brings the item back with its subtree',
  judge: (seen) => judgeStatuses(seen, 200),
};
