/**
 * purge-idempotent: purging a file answers 204 for a file just purged, purged before, or never
 * existing alike (facts §2.1).
 */
import type { CheckDefinition } from '../types.ts';
import { judgeStatuses, type StatusesSeen } from './statuses.ts';

export const purgeIdempotent: CheckDefinition<StatusesSeen> = {
  id: 'purge-idempotent',
  family: 'semantics',
  title: 'Purge answers 204, also for a purged or unknown file',
  judge: (seen) => judgeStatuses(seen, 204),
};
