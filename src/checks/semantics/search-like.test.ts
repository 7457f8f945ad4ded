/** Tests for search-like: `*`/`?` patterns return their matches, `%`/`_` patterns only literal ones. */
import { expect, test } from '@playwright/test';
import { searchLike } from './search-like.ts';

test('wildcards matching and SQL wildcards matching nothing pass', () => {
  expect(
    searchLike.judge({
      cases: [
        { filter: { name: { $like: 'x-*' } }, want: ['a', 'b'], got: ['a', 'b'] },
        { filter: { name: { $like: 'x-%' } }, want: [], got: [] },
      ],
    }).ok,
  ).toBe(true);
});

test('`%` taken as a wildcard fails, and so does `*` taken literally', () => {
  expect(
    searchLike.judge({
      cases: [
        { filter: { name: { $like: 'x-*' } }, want: ['a'], got: ['a'] },
        { filter: { name: { $like: 'x-%' } }, want: [], got: ['a', 'b'] },
      ],
    }),
  ).toEqual({
    ok: false,
    message: '1 of 2 filter case(s) not honoured: {"name":{"$like":"x-%"}} returned a, b, expected nothing',
    expected: 'nothing',
    actual: 'a, b',
  });
  expect(searchLike.judge({ cases: [{ filter: { name: { $like: 'x-*' } }, want: ['a'], got: [] }] }).ok).toBe(false);
  expect(searchLike).toMatchObject({ id: 'search-like', family: 'semantics' });
});
