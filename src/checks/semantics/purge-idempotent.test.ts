/** Tests for purge-idempotent: every purge answers 204; a 404 for a purged or unknown file fails; no answer never passes. */
import { expect, test } from '@playwright/test';
import { purgeIdempotent } from './purge-idempotent.ts';

const answers = [
  { status: 204, what: 'purge' },
  { status: 204, what: 'purge again' },
];

test('204 every time passes', () => {
  expect(purgeIdempotent.judge({ answers })).toEqual({ ok: true, message: 'purge: 204; purge again: 204' });
});

test('a 404 for an unknown file, or no answer at all, fails', () => {
  expect(purgeIdempotent.judge({ answers: [...answers, { status: 404, what: 'purge unknown' }] })).toEqual({
    ok: false,
    message: 'purge unknown: answered 404, expected 204',
    expected: '204',
    actual: '404',
  });
  expect(purgeIdempotent.judge({ answers: [] })).toMatchObject({ ok: false, message: 'no answer to judge' });
  expect(purgeIdempotent).toMatchObject({ id: 'purge-idempotent', family: 'semantics' });
});
