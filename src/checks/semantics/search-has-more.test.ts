/** Tests for search-has-more: the flag says whether totalItems is a capped lower bound. */
import { expect, test } from '@playwright/test';
import { searchHasMore } from './search-has-more.ts';

const page = (
  total: number | undefined,
  hasMore: boolean | undefined,
): { items: []; total: number | undefined; hasMore: boolean | undefined } => ({
  items: [],
  total,
  hasMore,
});

test('false for a full count and true for a capped one pass', () => {
  expect(searchHasMore.judge({ page: page(3, false), matching: 3 })).toEqual({ ok: true });
  expect(searchHasMore.judge({ page: page(2, true), matching: 3 })).toEqual({ ok: true });
});

test('a flag that lies either way, or no flag, fails', () => {
  expect(searchHasMore.judge({ page: page(3, true), matching: 3 })).toEqual({
    ok: false,
    message: 'hasMoreTotalItems is true with totalItems 3 for 3 matching items',
    expected: 'false',
    actual: 'true',
  });
  expect(searchHasMore.judge({ page: page(2, false), matching: 3 }).ok).toBe(false);
  expect(searchHasMore.judge({ page: page(3, undefined), matching: 3 })).toMatchObject({
    ok: false,
    message: 'page.hasMoreTotalItems is missing or not a boolean',
  });
  expect(searchHasMore).toMatchObject({ id: 'search-has-more', family: 'semantics' });
});
