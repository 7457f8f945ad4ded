/**
 * search-like: `$like` takes the wildcards of the specification, `*` (any run) and `?` (one
 * character), and nothing else: `%` and `_`, the SQL wildcards the migration guide shows, match
 * only themselves (facts §3.2, §5.5).
 */
import type { CheckDefinition } from '../types.ts';
import { judgeFilterCases, type FilterCasesSeen } from './filter-cases.ts';

export const searchLike: CheckDefinition<FilterCasesSeen> = {
  id: 'search-like',
  family: 'semantics',
  title: '`$like` takes `*` and `?` as wildcards, `%` and `_` literally',
  judge: judgeFilterCases,
};
