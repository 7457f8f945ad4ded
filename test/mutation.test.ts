/**
 * Every check proves itself: the suite passes on the clean reference target of every generation
 * the faults use, and each fault of the catalog, on a fresh target of its generation, makes
 * exactly the checks it names fail (no other check, no test failing without a check). Each run
 * is a test of its own, run the way `npm run mutation` runs it (`runClean`, `runFault`), so
 * Playwright spreads the runs over its workers beside the other tests — no hook holds one worker
 * for the whole catalog, and a slow run fails alone, by name.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAULTS } from '../reference/faults/catalog.ts';
import { CHECKS } from '../src/checks/registry.ts';
import { isJsonObject } from '../src/core/json.ts';
import { cleanGenerations, mutationResult, runClean, runFault, type FaultOutcome } from '../src/mutation/mutation.ts';
import type { SuiteRunResult } from '../src/mutation/run-suite.ts';

// A suite run takes seconds on a quiet machine; this one is shared, and loaded at times.
test.describe.configure({ mode: 'parallel', timeout: 300_000 });

const dir = mkdtempSync(join(tmpdir(), 'wmct-mutation-'));

function compliance(run: SuiteRunResult): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(run.complianceFile, 'utf8'));
  if (!isJsonObject(parsed)) throw new Error(`${run.complianceFile} is not a JSON object`);
  return parsed;
}

/** Title → status of the breaking-change gate's tests (specs/breaking-changes.spec.ts). */
function gateTests(report: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const t of Array.isArray(report.tests) ? report.tests : []) {
    if (isJsonObject(t) && typeof t.title === 'string' && t.file === 'specs/breaking-changes.spec.ts')
      out[t.title] = t.status;
  }
  return out;
}

for (const generation of cleanGenerations()) {
  test(`the clean reference target (${generation}) fails no check`, async () => {
    const run = await runClean(generation, dir);
    const context = `${run.stderr}\n${run.stdout.slice(-2000)}`;
    expect({ failedChecks: run.failedChecks, unattributed: run.unattributed }, context).toEqual({
      failedChecks: [],
      unattributed: [],
    });
    expect(run.exitCode, context).toBe(0);
    if (generation !== 'v1') return;
    // The same run is the whole suite with the committed baseline (test/gate.test.ts has the
    // doctored ones): the gate passes and the compliance report carries its section.
    const report = compliance(run);
    expect(gateTests(report)).toEqual({ 'no breaking changes against v1': 'passed' });
    const breaking = isJsonObject(report.breaking) ? report.breaking : {};
    expect({ baseline: breaking.baseline, counts: breaking.counts, ignored: breaking.ignored }).toEqual({
      baseline: 'v1',
      counts: { ERR: 0, WARN: 0, INFO: 0, ignored: 0 },
      ignored: [],
    });
  });
}

for (const fault of FAULTS) {
  test(`fault ${fault.name} fails exactly ${[...fault.catches].sort().join(', ')}`, async () => {
    const outcome = await runFault(fault, dir);
    expect({ failedChecks: outcome.failedChecks, unattributed: outcome.unattributed }).toEqual({
      failedChecks: [...fault.catches].sort(),
      unattributed: [],
    });
    expect({ killed: outcome.killed, exact: outcome.exact }).toEqual({ killed: true, exact: true });
  });
}

test('the catalog is large, and the score counts killed faults (100 % when every fault test above passes)', () => {
  expect(FAULTS.length).toBeGreaterThanOrEqual(40);
  const outcome = (name: string, killed: boolean): FaultOutcome => ({
    name,
    description: name,
    catches: ['schema'],
    failedChecks: killed ? ['schema'] : [],
    killed,
    exact: killed,
    unattributed: [],
    durationMs: 1,
  });
  const clean = { failedChecks: [], unattributed: [], exitCode: 0, durationMs: 1 };
  const all = mutationResult(clean, [outcome('a', true), outcome('b', true)], 5);
  expect({ killed: all.killed, total: all.total, score: all.score }).toEqual({ killed: 2, total: 2, score: 100 });
  const some = mutationResult(clean, [outcome('a', true), outcome('b', false), outcome('c', false)], 5);
  expect({ killed: some.killed, total: some.total, score: some.score }).toEqual({ killed: 1, total: 3, score: 33.3 });
});

test('every check of the suite has a fault that it catches', () => {
  const caught = new Set(FAULTS.flatMap((f) => f.catches));
  const unproven = CHECKS.filter((c) => !caught.has(c.id)).map((c) => c.id);
  expect(unproven).toEqual([]);
});
