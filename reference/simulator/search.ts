/**
 * The search operations' common part: filter (a partial DTO), sort, page and size over a list of
 * DTOs. String, number and boolean fields match by equality (*assumed*: the product's
 * documentation says only "fields should match"); `created`/`updated` take date filters; nested
 * objects (createdBy) match field by field; array fields (canonicalPath) are not filtered on.
 */
import type { Behaviour } from './behaviour.ts';
import { matchesDate, parseDateFilter, parseZonedDateTime } from './date-filter.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../src/core/json.ts';
import { readArray, readInteger, readObject, readText } from './json.ts';

export const DATE_FIELDS: ReadonlySet<string> = new Set(['created', 'updated']);
export const DEFAULT_PAGE_SIZE = 10;

export interface SortOrder {
  readonly field: string;
  readonly direction: 'ASC' | 'DESC';
}

export interface SearchRequest {
  readonly filter: JsonObject;
  readonly sort: readonly SortOrder[];
  readonly page: number;
  readonly size: number;
}

export interface SearchResult {
  readonly items: JsonObject[];
  readonly total: number;
}

function readSort(body: JsonObject): SortOrder[] {
  return (readArray(body, 'sort') ?? []).filter(isJsonObject).map((s) => ({
    field: readText(s, 'field') ?? '',
    direction: readText(s, 'direction')?.toUpperCase() === 'DESC' ? 'DESC' : 'ASC',
  }));
}

/** Reads a (validated) search body; out-of-range paging is clamped for lenient faults. */
export function readSearchRequest(body: JsonObject): SearchRequest {
  return {
    filter: readObject(body, 'filter') ?? {},
    sort: readSort(body),
    page: Math.max(0, readInteger(body, 'page') ?? 0),
    size: Math.max(0, readInteger(body, 'size') ?? DEFAULT_PAGE_SIZE),
  };
}

/** Date filter texts that do not parse (for the 400 answer). */
export function invalidDateFilters(filter: JsonObject): string[] {
  return [...DATE_FIELDS].filter((field) => {
    const value = filter[field];
    return typeof value === 'string' && parseDateFilter(value) === null;
  });
}

function dateValue(value: JsonValue | undefined): number | null {
  if (typeof value !== 'string') return null;
  return parseZonedDateTime(value) ?? parseZonedDateTime(`${value}Z`);
}

function fieldMatches(field: string, value: JsonValue | undefined, wanted: JsonValue): boolean {
  if (wanted === null || Array.isArray(wanted)) return true;
  if (DATE_FIELDS.has(field) && typeof wanted === 'string') {
    const filter = parseDateFilter(wanted);
    const at = dateValue(value);
    return filter !== null && at !== null && matchesDate(filter, at);
  }
  if (isJsonObject(wanted)) {
    if (!isJsonObject(value)) return false;
    return Object.entries(wanted).every(([k, v]) => fieldMatches(k, value[k], v));
  }
  return value === wanted;
}

function matchesFilter(item: JsonObject, filter: JsonObject): boolean {
  return Object.entries(filter).every(([field, wanted]) => fieldMatches(field, item[field], wanted));
}

function compareValues(a: JsonValue | undefined, b: JsonValue | undefined): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return 1;
  if (b === undefined || b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = typeof a === 'string' ? a : JSON.stringify(a);
  const y = typeof b === 'string' ? b : JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function sortItems(items: JsonObject[], sort: readonly SortOrder[], reverse: boolean): JsonObject[] {
  return [...items].sort((a, b) => {
    for (const { field, direction } of sort) {
      const descending = (direction === 'DESC') !== reverse;
      const c = compareValues(a[field], b[field]);
      if (c !== 0) return descending ? -c : c;
    }
    return 0;
  });
}

function effectiveSize(size: number, behaviour: Behaviour): number {
  const requested = behaviour.ignoreSize ? DEFAULT_PAGE_SIZE : size;
  return requested;
}

function pageOf(items: JsonObject[], page: number, size: number, behaviour: Behaviour): JsonObject[] {
  const lastPage = size === 0 ? 0 : Math.max(0, Math.ceil(items.length / size) - 1);
  const index = behaviour.pagePastEndRepeats ? Math.min(page, lastPage) : page;
  return items.slice(index * size, index * size + size);
}

export function runSearch(all: readonly JsonObject[], request: SearchRequest, behaviour: Behaviour): SearchResult {
  const matching = behaviour.ignoreFilter ? [...all] : all.filter((item) => matchesFilter(item, request.filter));
  const sorted = behaviour.ignoreSort ? matching : sortItems(matching, request.sort, behaviour.reverseSort);
  const items = pageOf(sorted, request.page, effectiveSize(request.size, behaviour), behaviour);
  return { items, total: behaviour.wrongTotal ? items.length : matching.length };
}
