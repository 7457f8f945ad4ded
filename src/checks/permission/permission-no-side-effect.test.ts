/** Tests for permission-no-side-effect: judged like no-side-effect, in the permission family. */
import { expect, test } from '@playwright/test';
import { permissionNoSideEffect } from './permission-no-side-effect.ts';

test('an unchanged state passes; a change made by the refused request fails', () => {
  expect(
    permissionNoSideEffect.judge({ before: 'n=1', after: 'n=1', what: 'deleteProject as the limited client' }),
  ).toEqual({ ok: true });
  expect(
    permissionNoSideEffect.judge({ before: 'n=1', after: 'n=0', what: 'deleteProject as the limited client' }),
  ).toMatchObject({
    ok: false,
    message: 'deleteProject as the limited client: the refused request(s) changed the target',
  });
  expect(permissionNoSideEffect).toMatchObject({ id: 'permission-no-side-effect', family: 'permission' });
});
