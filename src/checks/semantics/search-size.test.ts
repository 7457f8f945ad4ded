/** Tests for search-size: exactly min(size, matching) items. */
import { expect, test } from '@playwright/test';
import { searchSize } from './search-size.ts';

const page = (n: number): { items: { id: string }[]; total: number } => ({
  items: Array.from({ length: n }, (_, i) => ({ id: String(i) })),
  total: 10,
});

test('min(size, matching) items pass; more or fewer fail', () => {
  expect(searchSize.judge({ page: page(1), size: 1, matching: 10 })).toEqual({ ok: true });
  expect(searchSize.judge({ page: page(0), size: 1, matching: 0 })).toEqual({ ok: true });
  expect(searchSize.judge({ page: page(3), size: 1, matching: 10 })).toEqual({
    ok: false,
    message: 'size 1 with 10 matches returned 3 items',
    expected: '1',
    actual: '3',
  });
  expect(searchSize.judge({ page: page(0), size: 1, matching: 2 }).ok).toBe(false);
  expect(searchSize).toMatchObject({ id: 'search-size', family: 'semantics' });
});
