/** Tests for search-total: `total` counts every match, not the page. */
import { expect, test } from '@playwright/test';
import { searchTotal } from './search-total.ts';

test('total equal to the matches passes; the page size or no total fails', () => {
  expect(searchTotal.judge({ page: { items: [{ id: 'a' }], total: 3 }, matching: 3 })).toEqual({ ok: true });
  expect(searchTotal.judge({ page: { items: [{ id: 'a' }], total: 1 }, matching: 3 })).toEqual({
    ok: false,
    message: 'total is 1 for 3 matching items (page size 1)',
    expected: '3',
    actual: '1',
  });
  expect(searchTotal.judge({ page: { items: [], total: undefined }, matching: 0 })).toMatchObject({
    ok: false,
    actual: 'undefined',
  });
  expect(searchTotal).toMatchObject({ id: 'search-total', family: 'semantics' });
});
