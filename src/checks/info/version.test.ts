/** Tests for info-version: beta under /api/beta, v1 under /api/v1. */
import { expect, test } from '@playwright/test';
import { expectedVersion, infoVersion, judgeVersion } from './version.ts';

test('info-version: beta under /api/beta, v1 under /api/v1, nothing known elsewhere', () => {
  expect(expectedVersion('/api/beta')).toBe('beta');
  expect(expectedVersion('/api/v1')).toBe('v1');
  expect(expectedVersion('/api/v2')).toBe('v2');
  expect(expectedVersion('/api/v3')).toBeNull();
  expect(judgeVersion('v1', 'v1', '/api/v1').ok).toBe(true);
  expect(judgeVersion('v2', 'v1', '/api/v1')).toMatchObject({
    ok: false,
    message: 'GET /api/v1/info reports version "v2"',
  });
});

test('the definition judges the version it is given', () => {
  expect(infoVersion.judge({ version: 'beta', expected: 'beta', apiPrefix: '/api/beta' }).ok).toBe(true);
  expect(infoVersion.judge({ version: 'v1', expected: 'beta', apiPrefix: '/api/beta' })).toMatchObject({
    ok: false,
    expected: 'beta',
    actual: 'v1',
  });
  expect(infoVersion).toMatchObject({ id: 'info-version', family: 'info' });
});
