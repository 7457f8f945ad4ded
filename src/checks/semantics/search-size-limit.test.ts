/** Tests for search-size-limit: size 51 must be refused with a 4xx. */
import { expect, test } from '@playwright/test';
import { searchSizeLimit } from './search-size-limit.ts';

test('a 4xx passes; a served or crashed size 51 fails', () => {
  expect(searchSizeLimit.judge({ status: 400 })).toEqual({ ok: true });
  expect(searchSizeLimit.judge({ status: 422 }).ok).toBe(true);
  expect(searchSizeLimit.judge({ status: 200 })).toEqual({
    ok: false,
    message: 'size 51 (above the documented maximum 50) was answered 200',
    expected: '400',
    actual: '200',
  });
  expect(searchSizeLimit.judge({ status: 500 }).ok).toBe(false);
  expect(searchSizeLimit).toMatchObject({ id: 'search-size-limit', family: 'semantics' });
});
