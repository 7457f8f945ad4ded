/**
 * search-has-more: `page.hasMoreTotalItems` is a boolean, true exactly when `totalItems` is capped
 * below the number of matches (a lower bound, facts §3.1); for the few items a test makes, false.
 */
import type { CheckDefinition } from '../types.ts';
import type { HubSearchPage } from './hub-page.ts';

export interface HasMoreSeen {
  readonly page: HubSearchPage;
  /** How many items match the query. */
  readonly matching: number;
}

export const searchHasMore: CheckDefinition<HasMoreSeen> = {
  id: 'search-has-more',
  family: 'semantics',
  title: '`hasMoreTotalItems` is true only when `totalItems` is capped',
  judge({ page, matching }) {
    const capped = page.total !== undefined && page.total < matching;
    if (page.hasMore === capped) return { ok: true };
    return {
      ok: false,
      message:
        page.hasMore === undefined
          ? 'page.hasMoreTotalItems is missing or not a boolean'
          : `hasMoreTotalItems is ${String(page.hasMore)} with totalItems ${String(page.total)} for ${matching} matching items`,
      expected: String(capped),
      actual: String(page.hasMore),
    };
  },
};
