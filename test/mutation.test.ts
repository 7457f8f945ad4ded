/**
 * Every check proves itself: the suite passes on the clean reference target, and each fault of
 * the catalog makes exactly the checks it names fail (no other check, no test failing without a
 * check). Runs the same mutation runner as `npm run mutation`, all faults, one per core.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAULTS } from '../reference/faults/catalog.ts';
import { CHECKS } from '../src/checks/registry.ts';
import { runMutation, type MutationResult } from '../src/mutation/mutation.ts';

test.describe.configure({ mode: 'serial', timeout: 900_000 });

let result: MutationResult;

test.beforeAll(async () => {
  // A hook's timeout is the config's 120 s, not describe.configure's: the whole catalog needs more.
  test.setTimeout(900_000);
  result = await runMutation({ reportsDir: mkdtempSync(join(tmpdir(), 'wmct-mutation-')) });
});

test('the clean reference target fails no check', () => {
  expect(result.clean.failedChecks).toEqual([]);
  expect(result.clean.unattributed).toEqual([]);
  expect(result.clean.exitCode).toBe(0);
});

for (const fault of FAULTS) {
  test(`fault ${fault.name} fails exactly ${[...fault.catches].sort().join(', ')}`, () => {
    const outcome = result.faults.find((f) => f.name === fault.name);
    expect(outcome, `${fault.name} was run`).toBeDefined();
    expect({ failedChecks: outcome?.failedChecks, unattributed: outcome?.unattributed }).toEqual({ failedChecks: [...fault.catches].sort(), unattributed: [] });
  });
}

test('the score is 100 %', () => {
  expect(result.faults.filter((f) => !f.killed).map((f) => f.name)).toEqual([]);
  expect(result.score).toBe(100);
  expect(result.total).toBeGreaterThanOrEqual(40);
});

test('every check of the suite has a fault that it catches', () => {
  const caught = new Set(FAULTS.flatMap((f) => f.catches));
  const unproven = CHECKS.filter((c) => !caught.has(c.id)).map((c) => c.id);
  expect(unproven).toEqual([]);
});
