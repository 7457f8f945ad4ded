/**
 * WM_FOREIGN_TOKEN_STATUS end to end: a target that answers 403 to valid tokens without the Web
 * Modeler audience (the reference fault wrong-audience-403, a variant some gateways show) fails
 * the foreign client's cases under the default expectation (401) and passes with
 * WM_FOREIGN_TOKEN_STATUS=403 — the expectation is explicit and configurable, not hard-coded.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSuite } from '../src/mutation/run-suite.ts';

const slice = ['--grep', '@auth|@permission|@info'];

test('a target answering 403 to foreign tokens passes with WM_FOREIGN_TOKEN_STATUS=403, fails without', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmct-foreign-'));
  const [strict, configured] = await Promise.all([
    runSuite({ reportsDir: join(dir, 'default'), faults: ['wrong-audience-403'], args: slice }),
    runSuite({
      reportsDir: join(dir, 'configured'),
      faults: ['wrong-audience-403'],
      args: slice,
      env: { WM_FOREIGN_TOKEN_STATUS: '403' },
    }),
  ]);
  expect(strict.failedChecks).toEqual(['auth-wrong-audience', 'permission-denied']);
  expect(strict.exitCode).toBe(1);
  expect(configured.failedChecks, configured.stdout.slice(-2000)).toEqual([]);
  expect(configured.unattributed).toEqual([]);
  expect(configured.exitCode).toBe(0);
});
