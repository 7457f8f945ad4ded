/** Tests for search-page-past-end: a page past the last match holds no item. */
import { expect, test } from '@playwright/test';
import { searchPagePastEnd } from './search-page-past-end.ts';

test('an empty page passes; items past the end fail', () => {
  expect(searchPagePastEnd.judge({ page: { items: [], total: 3 }, pageIndex: 8 })).toEqual({ ok: true });
  expect(searchPagePastEnd.judge({ page: { items: [{ id: 'a' }], total: 3 }, pageIndex: 8 })).toEqual({
    ok: false,
    message: 'page 8, past the end, returned 1 items',
    expected: 'no items',
    actual: '1 items',
  });
  expect(searchPagePastEnd).toMatchObject({ id: 'search-page-past-end', family: 'semantics' });
});
