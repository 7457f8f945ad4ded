/**
 * The common part of the Hub API v2 searches (facts §3.1–§3.3): `filter`, `sort` (an array of
 * `{field, order}`, ASC by default; text by code point, instants in time order, missing values
 * last; ties keep the natural order), `page` (`{limit}` or `{from, limit}`, limit 1–10,000,
 * default 100) answered by `page: {totalItems, hasMoreTotalItems}`. A page past the end is empty.
 * *Assumed*: without `sort`, creation order (recently deleted: deletion order); knob defaultSort.
 * The shared search knobs (ignoreFilter, ignoreSort, reverseSort, ignoreSize, wrongTotal,
 * pagePastEndRepeats) make it lie as the v1 faults do.
 */
import type { Behaviour } from '../simulator/behaviour.ts';
import { isJsonObject, type JsonObject } from '../../src/core/json.ts';
import { readArray, readInteger, readObject, readText } from '../simulator/json.ts';
import { filterHolds, type FieldValue } from './filters.ts';
import type { HubBehaviour } from './knobs.ts';
import type { HubSearchSpec } from './types.ts';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;

/** One searchable item: the DTO answered and the values its filter and sort fields have. */
export interface SearchItem {
  readonly dto: JsonObject;
  readonly values: Readonly<Record<string, FieldValue>>;
}

interface SortOrder {
  readonly field: string;
  readonly descending: boolean;
}

function sortOrders(body: JsonObject): SortOrder[] {
  return (readArray(body, 'sort') ?? []).filter(isJsonObject).map((s) => ({
    field: readText(s, 'field') ?? '',
    descending: readText(s, 'order') === 'DESC',
  }));
}

function compare(a: FieldValue | undefined, b: FieldValue | undefined): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return 1;
  if (b === undefined || b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function sorted(items: readonly SearchItem[], orders: readonly SortOrder[], reverse: boolean): SearchItem[] {
  return [...items].sort((a, b) => {
    for (const { field, descending } of orders) {
      const c = compare(a.values[field], b.values[field]);
      if (c !== 0) return descending !== reverse ? -c : c;
    }
    return 0;
  });
}

export interface SearchPage {
  readonly items: JsonObject[];
  readonly page: { readonly totalItems: number; readonly hasMoreTotalItems: boolean };
}

export function runHubSearch(
  all: readonly SearchItem[],
  body: JsonObject,
  spec: HubSearchSpec,
  behaviour: Behaviour,
  hub: HubBehaviour,
): SearchPage {
  const filter = readObject(body, 'filter') ?? {};
  const matching = behaviour.ignoreFilter
    ? [...all]
    : all.filter((item) => filterHolds(filter, item.values, spec, hub));
  const requested = sortOrders(body);
  const orders =
    requested.length === 0 && hub.defaultSort === 'name' ? [{ field: 'name', descending: false }] : requested;
  const ordered = behaviour.ignoreSort ? matching : sorted(matching, orders, behaviour.reverseSort);
  const page = readObject(body, 'page') ?? {};
  const limit = behaviour.ignoreSize ? DEFAULT_LIMIT : Math.max(1, readInteger(page, 'limit') ?? DEFAULT_LIMIT);
  let from = hub.offsetPaging ? Math.max(0, readInteger(page, 'from') ?? 0) : 0;
  if (behaviour.pagePastEndRepeats && from >= ordered.length) from = Math.max(0, ordered.length - limit);
  const items = ordered.slice(from, from + limit).map((i) => i.dto);
  const total = behaviour.wrongTotal ? items.length : matching.length;
  const cap = hub.totalItemsCap;
  const totalItems = cap !== null && total > cap ? cap : total;
  return { items, page: { totalItems, hasMoreTotalItems: totalItems !== total } };
}
