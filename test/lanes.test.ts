/**
 * Lanes (src/run/lanes.ts) keep the proof per target: in one suite run with the clean target and
 * a fault as two lanes, the clean lane fails nothing and the fault lane fails exactly its
 * catches, each lane's report naming its own target; lanes that would share a target, serve
 * different documents or are no lane of the run are refused, never mixed up.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFault, FAULTS } from '../reference/faults/catalog.ts';
import { isJsonObject } from '../src/core/json.ts';
import { assertDistinctTargets, assertSameDocument, enterLane } from '../src/run/lanes.ts';
import { parseLanes } from '../src/config/lanes.ts';
import { runSuiteLanes } from '../src/mutation/run-suite.ts';
import { runBatch } from '../src/mutation/mutation.ts';

test.describe.configure({ mode: 'parallel', timeout: 600_000 });

/** The run facts a lane's compliance report carries: whose target it judged. */
function reportedTarget(file: string): { lane: unknown; faults: unknown; baseUrl: unknown } {
  const report: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const facts = isJsonObject(report) && isJsonObject(report.facts) ? report.facts : {};
  const target = isJsonObject(facts.target) ? facts.target : {};
  return { lane: facts.lane, faults: target.faults, baseUrl: target.baseUrl };
}

test('a clean lane and a fault lane in one run: each fails only on its own target', async () => {
  const fault = findFault('no-token-accepted');
  if (fault === undefined) throw new Error('no fault no-token-accepted in the catalog');
  const dir = mkdtempSync(join(tmpdir(), 'wmct-lanes-'));
  const run = await runSuiteLanes({
    reportsDir: join(dir, 'run'),
    lanes: [
      { name: 'clean', reportsDir: join(dir, 'clean') },
      { name: 'fault', reportsDir: join(dir, 'fault'), faults: [fault.name] },
    ],
  });
  const context = run.stderr.slice(-4000);
  const clean = run.lanes.get('clean');
  const faulty = run.lanes.get('fault');
  expect({ clean: clean?.failedChecks, unattributed: clean?.unattributed, verdict: clean?.verdict }, context).toEqual({
    clean: [],
    unattributed: [],
    verdict: 'PASS',
  });
  expect(clean?.exitCode, context).toBe(0);
  expect({ failed: faulty?.failedChecks, unattributed: faulty?.unattributed }, context).toEqual({
    failed: [...fault.catches].sort(),
    unattributed: [],
  });
  // The run as a whole fails (a lane did); each report is its own lane's, on its own target.
  expect(run.exitCode).toBe(1);
  const cleanTarget = reportedTarget(join(dir, 'clean', 'compliance', 'compliance.json'));
  const faultTarget = reportedTarget(join(dir, 'fault', 'compliance', 'compliance.json'));
  expect({ clean: [cleanTarget.lane, cleanTarget.faults], fault: [faultTarget.lane, faultTarget.faults] }).toEqual({
    clean: ['clean', []],
    fault: ['fault', [fault.name]],
  });
  expect(cleanTarget.baseUrl).not.toEqual(faultTarget.baseUrl);
});

test('lanes that serve different documents are refused in one line (the run collects one plan); the mutation run then runs each alone', async () => {
  const rewrite = FAULTS.find((f) => f.document !== undefined && (f.generation ?? 'v1') === 'v1');
  if (rewrite === undefined) throw new Error('no v1 fault rewrites the document');
  const dir = mkdtempSync(join(tmpdir(), 'wmct-lanes-'));
  const run = await runSuiteLanes({
    reportsDir: join(dir, 'run'),
    lanes: [
      { name: 'clean', reportsDir: join(dir, 'clean') },
      { name: 'rewritten', reportsDir: join(dir, 'rewritten'), faults: [rewrite.name] },
    ],
  });
  expect(run.exitCode).toBe(2);
  expect(run.stderr).toContain(
    'wm-conformance: lane rewritten serves another document than lane clean: the lanes of one run share one plan (run it alone)',
  );
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect([...run.lanes.values()].map((l) => l.exitCode)).toEqual([2, 2]);
  // The mutation run sees the refusal and runs each lane alone: each outcome is still exact.
  const readings = await runBatch(
    {
      name: 'mixed',
      lanes: [
        { name: 'clean-v1', generation: 'v1', fault: null },
        { name: rewrite.name, generation: 'v1', fault: rewrite },
      ],
    },
    join(dir, 'batch'),
  );
  const clean = readings.get('clean-v1');
  const rewritten = readings.get(rewrite.name);
  expect({ clean: clean?.failedChecks, exitCode: clean?.exitCode }, clean?.stderr).toEqual({ clean: [], exitCode: 0 });
  expect({ failed: rewritten?.failedChecks, unattributed: rewritten?.unattributed }, rewritten?.stderr).toEqual({
    failed: [...rewrite.catches].sort(),
    unattributed: [],
  });
});

test('a planted mix-up cannot pass: lanes sharing a target, a document or a reports folder, or a project of no lane', () => {
  expect(() => {
    assertDistinctTargets([
      { lane: 'a', baseUrl: 'http://127.0.0.1:1' },
      { lane: 'b', baseUrl: 'http://127.0.0.1:2' },
      { lane: 'c', baseUrl: 'http://127.0.0.1:1' },
    ]);
  }).toThrow('lanes a and c share the target http://127.0.0.1:1');
  expect(() => {
    assertDistinctTargets([
      { lane: 'a', baseUrl: 'http://127.0.0.1:1' },
      { lane: 'b', baseUrl: 'http://127.0.0.1:2' },
    ]);
  }).not.toThrow();
  expect(() => {
    assertSameDocument([
      { lane: 'a', text: '{}' },
      { lane: 'b', text: '{"x":1}' },
    ]);
  }).toThrow('lane b serves another document than lane a');
  expect(() => parseLanes('[{"name":"a","reportsDir":"/r"},{"name":"b","reportsDir":"/r"}]', 'lanes.json')).toThrow(
    'lanes.json: lanes share the reports folder /r',
  );
  expect(() => parseLanes('[{"name":"a","reportsDir":"/r"},{"name":"a","reportsDir":"/s"}]', 'lanes.json')).toThrow(
    'lanes.json: lane a named twice',
  );
  expect(() => parseLanes('[{"name":"a b","reportsDir":"/r"}]', 'lanes.json')).toThrow('"name" must match');
  expect(() => parseLanes('[{"name":"a","reportsDir":"/r","generation":"v9"}]', 'lanes.json')).toThrow(
    '"generation" must be one of',
  );
  expect(() => parseLanes('[]', 'lanes.json')).toThrow('not a non-empty list of lanes');
  expect(parseLanes('[{"name":"a","reportsDir":"/r","generation":"v1","faults":["x"]}]', 'l.json')).toEqual([
    { name: 'a', reportsDir: '/r', generation: 'v1', faults: ['x'] },
  ]);
  // A worker whose project is no lane of the run never talks to another lane's target.
  const saved = process.env.WMCT_LANE_RUNS;
  try {
    process.env.WMCT_LANE_RUNS = JSON.stringify({
      a: { runDir: '/tmp/a', secrets: { tokens: {}, clientSecrets: {} } },
    });
    expect(() => enterLane('b')).toThrow('project "b" is no lane of this run');
    delete process.env.WMCT_LANE_RUNS;
    expect(enterLane('b')).toBeNull();
  } finally {
    if (saved === undefined) delete process.env.WMCT_LANE_RUNS;
    else process.env.WMCT_LANE_RUNS = saved;
  }
});
