/** Tests for reading a search answer: items and total, and an item's key. */
import { expect, test } from '@playwright/test';
import { keyOf, pageOf } from './search.ts';

test('pageOf reads items and a numeric total, and tolerates anything else', () => {
  expect(pageOf({ items: [{ id: 'a' }], total: 4 })).toEqual({ items: [{ id: 'a' }], total: 4 });
  expect(pageOf({ items: 'x', total: '4' })).toEqual({ items: [], total: undefined });
  expect(pageOf(undefined)).toEqual({ items: [], total: undefined });
  expect(keyOf({ id: 'a', n: 1 }, 'id')).toBe('a');
  expect(keyOf({ id: 'a', n: 1 }, 'n')).toBeUndefined();
  expect(keyOf('a', 'id')).toBeUndefined();
});
