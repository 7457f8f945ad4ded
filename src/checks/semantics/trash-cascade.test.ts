/** Tests for trash-cascade: only 404 passes; a descendant of a deleted item still served fails. */
import { expect, test } from '@playwright/test';
import { trashCascade } from './trash-cascade.ts';

test('404 passes; any other answer fails', () => {
  expect(trashCascade.judge({ status: 404, what: 'x' })).toEqual({ ok: true, message: 'x: 404' });
  expect(trashCascade.judge({ status: 200, what: 'x' })).toEqual({
    ok: false,
    message: 'x: answered 200, expected 404',
    expected: '404',
    actual: '200',
  });
  expect(trashCascade.judge({ status: 204, what: 'x' }).ok).toBe(false);
  expect(trashCascade.judge({ status: 500, what: 'x' }).ok).toBe(false);
  expect(trashCascade).toMatchObject({ id: 'trash-cascade', family: 'semantics' });
});
