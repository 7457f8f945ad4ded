/** search-total: `total` counts every match, not the items of the page. */
import type { CheckDefinition } from '../types.ts';
import type { SearchPage } from './search.ts';

export interface TotalSeen {
  readonly page: SearchPage;
  /** How many items match the query. */
  readonly matching: number;
}

export const searchTotal: CheckDefinition<TotalSeen> = {
  id: 'search-total',
  family: 'semantics',
  title: '`total` counts all matches',
  judge({ page, matching }) {
    if (page.total === matching) return { ok: true };
    return {
      ok: false,
      message: `total is ${String(page.total)} for ${matching} matching items (page size ${page.items.length})`,
      expected: String(matching),
      actual: String(page.total),
    };
  },
};
