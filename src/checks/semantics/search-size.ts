/** search-size: a search with `size` returns min(size, matching) items. */
import type { CheckDefinition } from '../types.ts';
import type { SearchPage } from './search.ts';

export interface SizeSeen {
  readonly page: SearchPage;
  readonly size: number;
  /** How many items match the query. */
  readonly matching: number;
}

export const searchSize: CheckDefinition<SizeSeen> = {
  id: 'search-size',
  family: 'semantics',
  title: 'Search returns at most `size` items',
  judge({ page, size, matching }) {
    const want = Math.min(size, matching);
    if (page.items.length === want) return { ok: true };
    return {
      ok: false,
      message: `size ${size} with ${matching} matches returned ${page.items.length} items`,
      expected: String(want),
      actual: String(page.items.length),
    };
  },
};
