/** Tests for available-after-create: any 2xx passes, anything else fails expecting 200. */
import { expect, test } from '@playwright/test';
import { availableAfterCreate } from './available-after-create.ts';

test('a 2xx read right after the create passes; a 404 fails, expecting 200', () => {
  expect(availableAfterCreate.judge({ status: 200, what: 'GET right after createProject' }).ok).toBe(true);
  expect(availableAfterCreate.judge({ status: 204, what: 'x' }).ok).toBe(true);
  expect(availableAfterCreate.judge({ status: 404, what: 'GET right after createProject' })).toEqual({
    ok: false,
    message: 'GET right after createProject: answered 404, expected 200',
    expected: '200',
    actual: '404',
  });
  expect(availableAfterCreate).toMatchObject({ id: 'available-after-create', family: 'semantics' });
});
