/** search-page-past-end: a page past the last match is empty. */
import type { CheckDefinition } from '../types.ts';
import type { SearchPage } from './search.ts';

export interface PastEndSeen {
  readonly page: SearchPage;
  /** The page asked for. */
  readonly pageIndex: number;
}

export const searchPagePastEnd: CheckDefinition<PastEndSeen> = {
  id: 'search-page-past-end',
  family: 'semantics',
  title: 'A page past the end is empty',
  judge({ page, pageIndex }) {
    if (page.items.length === 0) return { ok: true };
    return {
      ok: false,
      message: `page ${pageIndex}, past the end, returned ${page.items.length} items`,
      expected: 'no items',
      actual: `${page.items.length} items`,
    };
  },
};
