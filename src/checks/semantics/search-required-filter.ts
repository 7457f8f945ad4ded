/**
 * search-required-filter: a Hub API v2 search whose filter property is required (versions:
 * `fileKey`, members: `workspaceKey`) refuses a query without it with 400 (facts §2.1, §2.3).
 */
import type { CheckDefinition } from '../types.ts';
import { judgeStatuses, type StatusesSeen } from './statuses.ts';

export const searchRequiredFilter: CheckDefinition<StatusesSeen> = {
  id: 'search-required-filter',
  family: 'semantics',
  title: 'A search without its required filter is refused with 400',
  judge: (seen) => judgeStatuses(seen, 400),
};
