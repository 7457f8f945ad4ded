/** search-offset: a Hub API v2 page `{from, limit}` holds the matches from..from+limit-1 of the sorted result. */
import type { CheckDefinition } from '../types.ts';
import { keyOf, type SearchPage } from './search.ts';

export interface OffsetSeen {
  readonly page: SearchPage;
  readonly keyField: string;
  readonly from: number;
  readonly limit: number;
  /** The keys of every match, in the order the request's sort gives them. */
  readonly ordered: readonly string[];
}

export const searchOffset: CheckDefinition<OffsetSeen> = {
  id: 'search-offset',
  family: 'semantics',
  title: 'A page {from, limit} holds the matches from `from` on, at most `limit`',
  judge({ page, keyField, from, limit, ordered }) {
    const want = ordered.slice(from, from + limit);
    const got = page.items.map((i) => keyOf(i, keyField) ?? '?');
    if (got.length === want.length && got.every((k, i) => k === want[i])) return { ok: true };
    return {
      ok: false,
      message: `page {from: ${from}, limit: ${limit}} of ${ordered.length} sorted matches returned ${got.length} item(s) that are not matches ${from + 1}–${from + want.length}`,
      expected: want.join(', ') || 'no items',
      actual: got.join(', ') || 'no items',
    };
  },
};
