/** Tests for no-side-effect: the state around refused requests must not change. */
import { expect, test } from '@playwright/test';
import { noSideEffect } from './no-side-effect.ts';

test('the same state before and after passes; a change fails, showing both', () => {
  expect(noSideEffect.judge({ before: 'total=3', after: 'total=3', what: 'createFile, name is null' })).toEqual({
    ok: true,
  });
  expect(noSideEffect.judge({ before: 'total=3', after: 'total=4', what: 'createFile, name is null' })).toEqual({
    ok: false,
    message: 'createFile, name is null: the refused request(s) changed the target',
    expected: 'total=3',
    actual: 'total=4',
  });
  expect(noSideEffect.judge({ before: 'a'.repeat(300), after: 'b'.repeat(300), what: 'x' })).toMatchObject({
    expected: 'a'.repeat(200),
    actual: 'b'.repeat(200),
  });
  expect(noSideEffect).toMatchObject({ id: 'no-side-effect', family: 'negative' });
});
