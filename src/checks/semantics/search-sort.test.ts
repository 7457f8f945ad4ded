/** Tests for search-sort: the created items in order ASC and reversed DESC; other items ignored. */
import { expect, test } from '@playwright/test';
import { searchSort } from './search-sort.ts';

const page = (...ids: string[]): { items: { id: string }[]; total: number } => ({
  items: ids.map((id) => ({ id })),
  total: ids.length,
});
const seen = { keyField: 'id', expected: ['a', 'b', 'c'], field: 'name' };

test('ASC in order and DESC reversed passes, whatever else the pages hold', () => {
  expect(searchSort.judge({ ...seen, asc: page('a', 'x', 'b', 'c'), desc: page('c', 'b', 'x', 'a') })).toEqual({
    ok: true,
  });
});

test('a wrong order either way, or a missing item, fails', () => {
  expect(searchSort.judge({ ...seen, asc: page('a', 'c', 'b'), desc: page('c', 'b', 'a') })).toEqual({
    ok: false,
    message: 'sort by name: ASC gave 3 of 3 items in a wrong order, DESC the right order',
    expected: 'ASC a < b < c',
    actual: 'ASC a, c, b / DESC c, b, a',
  });
  expect(searchSort.judge({ ...seen, asc: page('a', 'b', 'c'), desc: page('a', 'b', 'c') })).toMatchObject({
    ok: false,
    message: expect.stringContaining('DESC a wrong order'),
  });
  expect(searchSort.judge({ ...seen, asc: page('a', 'b'), desc: page('b', 'a') })).toMatchObject({
    ok: false,
    message: expect.stringContaining('ASC gave 2 of 3 items'),
  });
  expect(searchSort).toMatchObject({ id: 'search-sort', family: 'semantics' });
});
