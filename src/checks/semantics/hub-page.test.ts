/** Tests for reading a Hub API v2 search answer: items, totalItems and hasMoreTotalItems. */
import { expect, test } from '@playwright/test';
import { hubPageOf } from './hub-page.ts';

test('hubPageOf reads items, page.totalItems and page.hasMoreTotalItems, and tolerates anything else', () => {
  expect(hubPageOf({ items: [{ a: 1 }], page: { totalItems: 4, hasMoreTotalItems: false } })).toEqual({
    items: [{ a: 1 }],
    total: 4,
    hasMore: false,
  });
  expect(hubPageOf({ items: 'x', page: { totalItems: '4', hasMoreTotalItems: 'no' } })).toEqual({
    items: [],
    total: undefined,
    hasMore: undefined,
  });
  expect(hubPageOf({ items: [], total: 3 })).toEqual({ items: [], total: undefined, hasMore: undefined });
  expect(hubPageOf(undefined)).toEqual({ items: [], total: undefined, hasMore: undefined });
});
