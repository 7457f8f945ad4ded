/** Tests for search-operators: each filter case returns exactly its matches. */
import { expect, test } from '@playwright/test';
import type { FilterCase } from './filter-cases.ts';
import { searchOperators } from './search-operators.ts';

test('cases returning exactly their matches pass, in any order', () => {
  const cases: FilterCase[] = [
    { filter: { name: { $neq: 'a' } }, want: ['b', 'c'], got: ['c', 'b'] },
    { filter: { created: { $lt: '2000-01-01T00:00:00Z' } }, want: [], got: [] },
  ];
  expect(searchOperators.judge({ cases })).toEqual({
    ok: true,
    message: '2 filter case(s) returned exactly their matches',
  });
});

test('a missing match or an extra item fails, the case named', () => {
  expect(
    searchOperators.judge({ cases: [{ filter: { name: { $in: ['a', 'b'] } }, want: ['a', 'b'], got: ['a'] }] }),
  ).toEqual({
    ok: false,
    message: '1 of 1 filter case(s) not honoured: {"name":{"$in":["a","b"]}} returned a, expected a, b',
    expected: 'a, b',
    actual: 'a',
  });
  expect(searchOperators.judge({ cases: [{ filter: { name: 'a' }, want: ['a'], got: ['a', 'a'] }] }).ok).toBe(false);
  expect(searchOperators.judge({ cases: [{ filter: { name: { $notIn: ['a'] } }, want: [], got: ['b'] }] }).ok).toBe(
    false,
  );
  expect(searchOperators).toMatchObject({ id: 'search-operators', family: 'semantics' });
});
