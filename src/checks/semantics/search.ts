/**
 * The search semantics: filter honoured, sort order, size honoured, size above 50 refused,
 * a page past the end empty, total counting every match. Each judge is given what the
 * scenario knows for certain: the items it created and the query it sent.
 */
import type { CheckId, Verdict } from '../types.ts';
import { isJsonObject, type JsonValue } from '../../core/json.ts';

export const searchFilter: CheckId = { id: 'search-filter', family: 'semantics', title: 'Search honours the filter' };
export const searchSort: CheckId = { id: 'search-sort', family: 'semantics', title: 'Search sorts ASC and DESC correctly' };
export const searchSize: CheckId = { id: 'search-size', family: 'semantics', title: 'Search returns at most `size` items' };
export const searchSizeLimit: CheckId = { id: 'search-size-limit', family: 'semantics', title: 'Search refuses size 51' };
export const searchPagePastEnd: CheckId = { id: 'search-page-past-end', family: 'semantics', title: 'A page past the end is empty' };
export const searchTotal: CheckId = { id: 'search-total', family: 'semantics', title: '`total` counts all matches' };

export interface SearchPage {
  readonly items: readonly JsonValue[];
  readonly total: number | undefined;
}

/** items and total of a search response body ({items: [], total}). */
export function pageOf(body: JsonValue | undefined): SearchPage {
  if (!isJsonObject(body)) return { items: [], total: undefined };
  return { items: Array.isArray(body.items) ? body.items : [], total: typeof body.total === 'number' ? body.total : undefined };
}

export function keyOf(item: JsonValue, field: string): string | undefined {
  if (!isJsonObject(item)) return undefined;
  const value = item[field];
  return typeof value === 'string' ? value : undefined;
}

/** Every item matches the filter (equal, or containing it for strings), `wanted` are in, `unwanted` are out. */
export function judgeFilter(page: SearchPage, filter: Readonly<Record<string, string>>, keyField: string, wanted: readonly string[], unwanted: readonly string[]): Verdict {
  const keys = page.items.map((i) => keyOf(i, keyField));
  const strays = page.items.filter((item) =>
    Object.entries(filter).some(([field, value]) => {
      const actual = keyOf(item, field);
      return actual === undefined || !actual.includes(value);
    }),
  );
  const missing = wanted.filter((w) => !keys.includes(w));
  const leaked = unwanted.filter((u) => keys.includes(u));
  const problems = [
    ...(strays.length > 0 ? [`${strays.length} item(s) do not match the filter ${JSON.stringify(filter)}`] : []),
    ...(missing.length > 0 ? [`matching item(s) ${missing.join(', ')} missing`] : []),
    ...(leaked.length > 0 ? [`non-matching item(s) ${leaked.join(', ')} returned`] : []),
  ];
  if (problems.length === 0) return { ok: true };
  return { ok: false, message: `filter ${JSON.stringify(filter)} not honoured: ${problems.join('; ')}`, expected: `only items matching ${JSON.stringify(filter)}`, actual: `${page.items.length} items` };
}

/** The created items appear in `expected` order (ASC) and reversed (DESC). */
export function judgeSort(asc: SearchPage, desc: SearchPage, keyField: string, expected: readonly string[], field: string): Verdict {
  const order = (page: SearchPage): string[] => page.items.map((i) => keyOf(i, keyField)).filter((k): k is string => k !== undefined && expected.includes(k));
  const gotAsc = order(asc);
  const gotDesc = order(desc);
  const wantDesc = [...expected].reverse();
  const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
  if (same(gotAsc, expected) && same(gotDesc, wantDesc)) return { ok: true };
  return {
    ok: false,
    message: `sort by ${field}: ASC gave ${gotAsc.length} of ${expected.length} items in ${same(gotAsc, expected) ? 'the right' : 'a wrong'} order, DESC ${same(gotDesc, wantDesc) ? 'the right' : 'a wrong'} order`,
    expected: `ASC ${expected.join(' < ')}`,
    actual: `ASC ${gotAsc.join(', ')} / DESC ${gotDesc.join(', ')}`,
  };
}

export function judgeSize(page: SearchPage, size: number, matching: number): Verdict {
  const want = Math.min(size, matching);
  if (page.items.length === want) return { ok: true };
  return { ok: false, message: `size ${size} with ${matching} matches returned ${page.items.length} items`, expected: String(want), actual: String(page.items.length) };
}

export function judgeSizeLimit(status: number): Verdict {
  if (status >= 400 && status < 500) return { ok: true };
  return { ok: false, message: `size 51 (above the documented maximum 50) was answered ${status}`, expected: '400', actual: String(status) };
}

export function judgePastEnd(page: SearchPage, pageIndex: number): Verdict {
  if (page.items.length === 0) return { ok: true };
  return { ok: false, message: `page ${pageIndex}, past the end, returned ${page.items.length} items`, expected: 'no items', actual: `${page.items.length} items` };
}

export function judgeTotal(page: SearchPage, matching: number): Verdict {
  if (page.total === matching) return { ok: true };
  return { ok: false, message: `total is ${String(page.total)} for ${matching} matching items (page size ${page.items.length})`, expected: String(matching), actual: String(page.total) };
}
