/** Tests for info-shape: 200 with six rightly typed fields. */
import { expect, test } from '@playwright/test';
import { infoShape, isInfoBody, judgeInfoShape, type InfoBody } from './shape.ts';

const ORG = '3f1c2b4a-5d6e-4f70-8192-a3b4c5d6e7f8';
const INFO: InfoBody = {
  version: 'v1',
  authorizedOrganization: ORG,
  createPermission: false,
  readPermission: true,
  updatePermission: false,
  deletePermission: false,
};

test('info-shape: 200 with six rightly typed fields', () => {
  expect(judgeInfoShape(200, { ...INFO }, 'full').ok).toBe(true);
  expect(isInfoBody({ ...INFO })).toBe(true);
  expect(judgeInfoShape(401, undefined, 'full')).toMatchObject({ ok: false, actual: '401' });
  const { deletePermission: _dropped, ...five } = INFO;
  expect(judgeInfoShape(200, five, 'limited')).toMatchObject({
    ok: false,
    message: 'GET /info with the limited client: `deletePermission` is missing',
  });
  expect(judgeInfoShape(200, { ...INFO, readPermission: 'true', version: 1 }, 'x')).toMatchObject({
    ok: false,
    message: 'GET /info with the x client: `version` is not a string; `readPermission` is not a boolean',
  });
  expect(judgeInfoShape(200, [], 'x').ok).toBe(false);
});

test('the definition judges the answer it is given', () => {
  expect(infoShape.judge({ status: 200, body: { ...INFO }, client: 'full' }).ok).toBe(true);
  expect(infoShape.judge({ status: 403, body: undefined, client: 'foreign' })).toMatchObject({
    ok: false,
    message: 'GET /info with the foreign client answered 403',
  });
  expect(infoShape).toMatchObject({ id: 'info-shape', family: 'info' });
});
