/** Tests for search-required-filter: a search without its required filter must be answered 400. */
import { expect, test } from '@playwright/test';
import { searchRequiredFilter } from './search-required-filter.ts';

test('400 for each query without the filter passes; a served one fails', () => {
  const none = { status: 400, what: 'searchVersions with no filter' };
  expect(searchRequiredFilter.judge({ answers: [none, { status: 400, what: 'an empty filter' }] }).ok).toBe(true);
  expect(searchRequiredFilter.judge({ answers: [none, { status: 200, what: 'an empty filter' }] })).toEqual({
    ok: false,
    message: 'an empty filter: answered 200, expected 400',
    expected: '400',
    actual: '200',
  });
  expect(searchRequiredFilter.judge({ answers: [{ status: 500, what: 'no filter' }] }).ok).toBe(false);
  expect(searchRequiredFilter).toMatchObject({ id: 'search-required-filter', family: 'semantics' });
});
