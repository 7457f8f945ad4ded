/** Tests for search-offset: the window from..from+limit of the sorted matches, nothing else. */
import { expect, test } from '@playwright/test';
import { searchOffset } from './search-offset.ts';

const page = (...ids: string[]): { items: { id: string }[]; total: number } => ({
  items: ids.map((id) => ({ id })),
  total: 3,
});
const seen = { keyField: 'id', ordered: ['a', 'b', 'c'] };

test('the window of the sorted matches passes, also a short last one', () => {
  expect(searchOffset.judge({ ...seen, page: page('b'), from: 1, limit: 1 })).toEqual({ ok: true });
  expect(searchOffset.judge({ ...seen, page: page('b', 'c'), from: 1, limit: 5 })).toEqual({ ok: true });
  expect(searchOffset.judge({ ...seen, page: page(), from: 3, limit: 1 })).toEqual({ ok: true });
});

test('an ignored offset, a wrong window or extra items fail', () => {
  expect(searchOffset.judge({ ...seen, page: page('a'), from: 1, limit: 1 })).toEqual({
    ok: false,
    message: 'page {from: 1, limit: 1} of 3 sorted matches returned 1 item(s) that are not matches 2–2',
    expected: 'b',
    actual: 'a',
  });
  expect(searchOffset.judge({ ...seen, page: page('b', 'c'), from: 1, limit: 1 }).ok).toBe(false);
  expect(searchOffset.judge({ ...seen, page: page('a'), from: 3, limit: 1 })).toMatchObject({
    ok: false,
    expected: 'no items',
  });
  expect(searchOffset).toMatchObject({ id: 'search-offset', family: 'semantics' });
});
