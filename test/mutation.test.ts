/**
 * Every check proves itself: the suite passes on the clean reference target of every generation
 * the faults use, and each fault of the catalog, on a fresh target of its generation, makes
 * exactly the checks it names fail (no other check, no test failing without a check). The runs
 * go in the batches `npm run mutation` runs (`planBatches`: one suite run per batch, each clean
 * target and each fault a lane of its own — its own fresh target and its own report); one
 * describe per batch, its tests in order in one worker, the first one running the batch and
 * each test asserting its own lane, by name. Playwright spreads the batches over its workers
 * beside the other tests. A batch that fails to run fails each of its tests with the child's
 * stderr; a child that hangs is killed (runSuite's timeout) before the test's own timeout.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAULTS } from '../reference/faults/catalog.ts';
import { CHECKS } from '../src/checks/registry.ts';
import { isJsonObject } from '../src/core/json.ts';
import {
  batchResults,
  batchTimeoutMs,
  CLEAN_BOTH_APIS,
  cleanGenerations,
  laneResult,
  mutationResult,
  outcomeOf,
  planBatches,
  servesOwnDocument,
  type FaultOutcome,
} from '../src/mutation/mutation.ts';
import type { SuiteRunResult } from '../src/mutation/run-suite.ts';

/**
 * One folder for the whole test run, the same in every worker: a worker started anew after a
 * failed test reads its batch's readings there instead of running the batch again. The
 * temporary folder is already the run's own (test/global-setup.ts points TMPDIR at a root made
 * for the run, before the workers start).
 */
const dir = join(tmpdir(), 'wmct-mutation');
mkdirSync(dir, { recursive: true });

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

const generations = cleanGenerations();
for (const batch of planBatches(FAULTS, generations)) {
  test.describe(`batch ${batch.name}`, () => {
    // In order in one worker: the first test runs the batch (a suite run of a few lanes; this
    // machine is shared, and loaded at times: the run is killed at batchTimeoutMs, before the
    // test's own timeout, so that its tests fail with what the run said), the others read its lanes.
    test.describe.configure({ mode: 'default', timeout: batchTimeoutMs(batch) + 60_000 });
    const run = async (lane: string): Promise<SuiteRunResult> => laneResult(await batchResults(batch, dir), lane);

    for (const lane of batch.lanes) {
      const fault = lane.fault;
      if (fault === null) {
        const target = lane.bothApis === true ? 'v1-8.10 and hub-v2 on one store, WM_API=v1,hub-v2' : lane.generation;
        test(`the clean reference target (${target}) fails no check`, async () => {
          cleanTargetPasses(lane.generation, await run(lane.name));
        });
      } else {
        test(`fault ${fault.name} fails exactly ${[...fault.catches].sort().join(', ')}`, async () => {
          const result = await run(lane.name);
          const outcome = outcomeOf(fault, result);
          expect(
            { failedChecks: outcome.failedChecks, unattributed: outcome.unattributed },
            `${result.verdict}\n${result.stderr.slice(-4000)}`,
          ).toEqual({
            failedChecks: [...fault.catches].sort(),
            unattributed: [],
          });
          expect({ killed: outcome.killed, exact: outcome.exact }).toEqual({ killed: true, exact: true });
        });
      }
    }
  });
}

function cleanTargetPasses(generation: string, run: SuiteRunResult): void {
  const context = `${run.verdict}\n${run.stderr}\n${run.stdout.slice(-2000)}`;
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
}

test('every fault and every clean target is in exactly one batch; a fault that serves another document runs alone', () => {
  const batches = planBatches(FAULTS, generations);
  const lanes = batches.flatMap((b) => b.lanes.map((l) => l.name));
  const both = FAULTS.some((f) => f.bothApis === true) ? [CLEAN_BOTH_APIS] : [];
  expect([...lanes].sort()).toEqual(
    [...FAULTS.map((f) => f.name), ...generations.map((g) => `clean-${g}`), ...both].sort(),
  );
  for (const batch of batches) {
    expect(new Set(batch.lanes.map((l) => l.generation)).size, batch.name).toBe(1);
    if (batch.lanes.some((l) => l.fault !== null && servesOwnDocument(l.fault)))
      expect(batch.lanes.length, batch.name).toBe(1);
    // A both-APIs run's lanes are its APIs: a fault that needs both (and their clean run) runs alone.
    if (batch.lanes.some((l) => l.bothApis === true)) expect(batch.lanes.length, batch.name).toBe(1);
  }
  // Dropping an operation changes the served document as rewriting it does: no batch is refused and rerun.
  expect(FAULTS.filter(servesOwnDocument).map((f) => f.name)).toEqual(
    expect.arrayContaining(['drop-operation', 'required-request-property', 'response-type-change']),
  );
});

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
