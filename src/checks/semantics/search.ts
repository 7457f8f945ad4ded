import type { JsonValue } from '../../core/json.ts';
import { isJsonObject } from '../../core/json.ts';
/**
 * What the search checks (search-filter, search-sort, search-size, search-size-limit,
 * search-page-past-end, search-total) read of a search answer. Each judge is given what the
 * scenario knows for certain: the items it created and the query it sent.
 */

export interface SearchPage {
  readonly items: readonly JsonValue[];
  readonly total: number | undefined;
}

/** items and total of a search response body ({items: [], total}). */
export function pageOf(body: JsonValue | undefined): SearchPage {
  if (!isJsonObject(body)) return { items: [], total: undefined };
  return {
    items: Array.isArray(body.items) ? body.items : [],
    total: typeof body.total === 'number' ? body.total : undefined,
  };
}

export function keyOf(item: JsonValue, field: string): string | undefined {
  if (!isJsonObject(item)) return undefined;
  const value = item[field];
  return typeof value === 'string' ? value : undefined;
}
