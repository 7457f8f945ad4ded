/**
 * What the Hub API v2 search checks read of a search answer: `{items, page: {totalItems,
 * hasMoreTotalItems}}` (facts §3.1), as the v1 checks' SearchPage (`total` = `totalItems`) plus
 * the `hasMoreTotalItems` flag.
 */
import { isJsonObject, type JsonValue } from '../../core/json.ts';
import type { SearchPage } from './search.ts';

export interface HubSearchPage extends SearchPage {
  /** `page.hasMoreTotalItems`; undefined when it is not a boolean. */
  readonly hasMore: boolean | undefined;
}

export function hubPageOf(body: JsonValue | undefined): HubSearchPage {
  if (!isJsonObject(body)) return { items: [], total: undefined, hasMore: undefined };
  const page = isJsonObject(body.page) ? body.page : {};
  return {
    items: Array.isArray(body.items) ? body.items : [],
    total: typeof page.totalItems === 'number' ? page.totalItems : undefined,
    hasMore: typeof page.hasMoreTotalItems === 'boolean' ? page.hasMoreTotalItems : undefined,
  };
}
