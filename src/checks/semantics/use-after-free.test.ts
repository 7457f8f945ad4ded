/** Tests for use-after-free: only 404 passes. */
import { expect, test } from '@playwright/test';
import { useAfterFree } from './use-after-free.ts';

test('404 after the delete passes; a deleted resource still served fails', () => {
  expect(useAfterFree.judge({ status: 404, what: 'GET after deleteFile' })).toEqual({
    ok: true,
    message: 'GET after deleteFile: 404',
  });
  expect(useAfterFree.judge({ status: 200, what: 'GET after deleteFile' })).toEqual({
    ok: false,
    message: 'GET after deleteFile: answered 200, expected 404',
    expected: '404',
    actual: '200',
  });
  expect(useAfterFree.judge({ status: 410, what: 'x' }).ok).toBe(false);
  expect(useAfterFree).toMatchObject({ id: 'use-after-free', family: 'semantics' });
});

test('a removed collaborator still listed fails', () => {
  expect(useAfterFree.judge({ collaborator: 'a@example.com', listed: false, after: 'deleteCollaborator' })).toEqual({
    ok: true,
  });
  expect(useAfterFree.judge({ collaborator: 'a@example.com', listed: true, after: 'deleteCollaborator' })).toEqual({
    ok: false,
    message: 'a@example.com is still listed as a collaborator after deleteCollaborator',
    expected: 'not listed',
    actual: 'listed',
  });
});
