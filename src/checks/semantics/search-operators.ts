/**
 * search-operators: the Hub API v2 filter operators (`$eq $neq $in $notIn $exists` on strings,
 * `$gt $gte $lt $lte` on dates) each return exactly the test's items they match (facts §3.2).
 */
import type { CheckDefinition } from '../types.ts';
import { judgeFilterCases, type FilterCasesSeen } from './filter-cases.ts';

export const searchOperators: CheckDefinition<FilterCasesSeen> = {
  id: 'search-operators',
  family: 'semantics',
  title: 'Filter operators return exactly their matches',
  judge: judgeFilterCases,
};
