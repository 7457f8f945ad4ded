/**
 * Interrupted and unstartable runs (README, "Interrupted and unstartable runs"): a run that did
 * not execute its whole plan is INCOMPLETE in every report, never PASS; SIGINT, SIGTERM or SIGHUP
 * to any process of `npm run conformance`'s tree — or its parent dying — stops the whole run
 * within 10 s, deletes what it created, leaves no process behind and exits 128 + the signal's
 * number; a run that could not start leaves ERROR reports and nothing of the previous run.
 */
import { expect, test } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningReferenceTarget } from '../reference/target.ts';
import { isJsonObject } from '../src/core/json.ts';
import { childEnv, runSuite } from '../src/mutation/run-suite.ts';
import { mergeBlobReports } from '../src/report/commands/merge.ts';
import { doctor } from './support/doctored.ts';
import { alive, isCli, isRunner, isWorker, tree, type Proc } from './support/processes.ts';
import {
  expiredTokenEnv,
  standaloneTarget,
  startCli,
  startNpm,
  startSuite,
  waitFor,
  type ChildRun,
} from './support/standalone.ts';

// Whole runs on a 2-core machine that also runs other tests: generous time. Each run is given
// its expired token (WM_EXPIRED_TOKEN, as a user may) instead of waiting out the short-lived
// client's before its first test: no test here is about where that token comes from.
test.describe.configure({ mode: 'parallel', timeout: 300_000 });

/** The promise: after the signal, every process of the run is gone within this time. */
const STOP_WITHIN_MS = 10_000;

/** A project (with a file) that is not the suite's: it must survive everything. */
async function foreignProject(target: RunningReferenceTarget): Promise<void> {
  const token = await target.mintToken('full', 600);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const res = await fetch(`${target.baseUrl}${target.apiPrefix}/projects`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ name: 'team project, not the suite’s' }),
  });
  const project: unknown = await res.json();
  const id = isJsonObject(project) && typeof project.id === 'string' ? project.id : '';
  await fetch(`${target.baseUrl}${target.apiPrefix}/files`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ name: 'keep.bpmn', projectId: id, fileType: 'bpmn', content: '<definitions/>' }),
  });
}

/** Waits until the run is in the middle of its tests, with resources of its own on the target right now. */
async function midway(target: RunningReferenceTarget, run: ChildRun, baseline: number): Promise<void> {
  const state: { ended: { code: number | null } | null } = { ended: null };
  void run.exited.then((exit) => (state.ended = exit));
  const there = (): boolean =>
    (target.stats().requestsByOperation.createProject ?? 0) >= 8 && target.stats().resources.projects > baseline;
  await waitFor(() => state.ended !== null || there(), 180_000, 'the run to be mid-way');
  if (state.ended !== null && !there())
    throw new Error(
      `the run ended (exit ${String(state.ended.code)}) before it was mid-way: ${run.output().slice(-1500)}`,
    );
}

/** The run's processes right now: npm (the child), the CLI, the runner, its workers. */
function processesOf(run: ChildRun): Proc[] {
  return run.child.pid === undefined ? [] : tree(run.child.pid);
}

/** Resolves with how long it took until none of `procs` is alive (throws after the limit). */
async function goneWithin(procs: readonly Proc[], since: number): Promise<number> {
  await waitFor(
    () => alive(procs).length === 0,
    STOP_WITHIN_MS + 20_000,
    `the processes of the run to end: ${alive(procs)
      .map((p) => `${p.pid} ${p.args.slice(0, 120)}`)
      .join('; ')}`,
  );
  return Date.now() - since;
}

function json(file: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isJsonObject(parsed)) throw new Error(`${file} is not a JSON object`);
  return parsed;
}

function stoppedOf(report: Record<string, unknown>): Record<string, unknown> {
  return isJsonObject(report.stopped) ? report.stopped : {};
}

/** Every report of an INCOMPLETE run says so, with the reason; the not-run tests are JUnit skips with it. */
function expectIncompleteReports(reportsDir: string, reason: RegExp): void {
  const report = json(join(reportsDir, 'compliance', 'compliance.json'));
  expect(report.verdict).toBe('INCOMPLETE');
  const stopped = stoppedOf(report);
  expect(stopped.reason).toMatch(reason);
  const notRun = Array.isArray(stopped.notRun) ? stopped.notRun.length : 0;
  const page = readFileSync(join(reportsDir, 'compliance', 'index.html'), 'utf8');
  expect(page).toContain('<span id="verdict">INCOMPLETE</span>');
  expect(page).toContain('id="not-run"');
  const junit = readFileSync(join(reportsDir, 'junit.xml'), 'utf8');
  const reasonText = typeof stopped.reason === 'string' ? stopped.reason : '';
  const marked =
    junit.split(`<skipped message="did not run: ${reasonText}"`).length -
    1 +
    junit.split(`<skipped message="stopped mid-way: ${reasonText}"`).length -
    1;
  if (typeof stopped.planned === 'number' && stopped.planned > 0) {
    expect(notRun, 'some planned tests did not run').toBeGreaterThan(0);
    expect(marked, 'each test that did not run is a JUnit skip with the reason').toBe(notRun);
  } else {
    expect(junit).toContain(`<skipped message="${reasonText}"`);
  }
}

test('Ctrl-C (SIGINT to the process group, then to each of its processes again) mid-run: INCOMPLETE in every report (merged too), exit 130, nothing left, no process left', async () => {
  const target = await standaloneTarget();
  const merged = mkdtempSync(join(tmpdir(), 'wmct-merged-'));
  try {
    await foreignProject(target);
    const before = target.stats().resources;
    const run = startNpm(target, [], {
      ...(await expiredTokenEnv(target)),
      WMCT_QUIET: '0',
      WMCT_ALLURE: '0',
      WMCT_BLOB: '1',
    });
    await midway(target, run, before.projects);
    const procs = processesOf(run);
    expect(procs.filter(isWorker).length, 'the run has workers').toBeGreaterThan(0);
    const signalled = Date.now();
    run.killGroup('SIGINT');
    // Pressed again while the run stops: to every process of it that is still there.
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const p of alive(procs)) {
      try {
        process.kill(p.pid, 'SIGINT');
      } catch {
        // gone meanwhile
      }
    }
    const exit = await run.exited;
    expect(exit.code, run.output().slice(-3000)).toBe(130);
    expect(await goneWithin(procs, signalled)).toBeLessThan(STOP_WITHIN_MS);
    expect(target.stats().resources, 'what the run created is deleted, nothing else').toEqual(before);
    expect(run.output()).toMatch(/wm-conformance: INCOMPLETE — interrupted by SIGINT: \d+ of \d+ tests did not run/);
    expect(run.output()).not.toMatch(/wm-conformance: (PASS|FAIL)/);
    expectIncompleteReports(run.reportsDir, /^interrupted by SIGINT: \d+ of \d+ tests did not run/);

    // The blob of the interrupted run merges into an INCOMPLETE report too.
    const merge = mergeBlobReports([join(run.reportsDir, 'blob')], {
      env: childEnv({ WMCT_QUIET: '1', WM_REPORTS_DIR: merged }),
    });
    expect(merge.blobs, merge.stdout + merge.stderr).toBe(1);
    expectIncompleteReports(merged, /^interrupted: \d+ of \d+ tests did not run/);
  } finally {
    await target.stop();
  }
});

const SIGTERM_TO: readonly (readonly [string, (p: Proc, run: ChildRun) => boolean])[] = [
  ['npm', (p, run) => p.pid === run.child.pid],
  ['the CLI (src/cli/conformance.ts)', isCli],
  ['the Playwright runner', isRunner],
  ['one worker', isWorker],
];

for (const [name, pick] of SIGTERM_TO) {
  test(`SIGTERM to ${name} stops the whole run: exit 143, INCOMPLETE, nothing left, all gone within 10 s`, async () => {
    const target = await standaloneTarget();
    try {
      await foreignProject(target);
      const before = target.stats().resources;
      const run = startNpm(target, [], await expiredTokenEnv(target));
      await midway(target, run, before.projects);
      const procs = processesOf(run);
      const victim = procs.find((p) => pick(p, run));
      if (victim === undefined) throw new Error(`no process ${name} in ${procs.map((p) => p.args).join('; ')}`);
      const signalled = Date.now();
      process.kill(victim.pid, 'SIGTERM');
      const exit = await run.exited;
      expect(exit.code, run.output().slice(-3000)).toBe(143);
      expect(await goneWithin(procs, signalled)).toBeLessThan(STOP_WITHIN_MS);
      expect(target.stats().resources).toEqual(before);
      expectIncompleteReports(run.reportsDir, /^interrupted by SIGTERM: \d+ of \d+ tests did not run/);
    } finally {
      await target.stop();
    }
  });
}

test('SIGTERM to tsx (the CLI run as `tsx src/cli/conformance.ts`) exits 143, not 130', async () => {
  const target = await standaloneTarget();
  try {
    const before = target.stats().resources;
    const run = startCli(target, 'src/cli/conformance.ts', [], await expiredTokenEnv(target));
    await midway(target, run, before.projects);
    const procs = processesOf(run);
    const signalled = Date.now();
    run.child.kill('SIGTERM');
    const exit = await run.exited;
    expect(exit.code, run.output().slice(-3000)).toBe(143);
    expect(await goneWithin(procs, signalled)).toBeLessThan(STOP_WITHIN_MS);
    expect(target.stats().resources).toEqual(before);
  } finally {
    await target.stop();
  }
});

test('SIGHUP to the CLI stops the run: exit 129, INCOMPLETE', async () => {
  const target = await standaloneTarget();
  try {
    const before = target.stats().resources;
    const run = startNpm(target, [], await expiredTokenEnv(target));
    await midway(target, run, before.projects);
    const procs = processesOf(run);
    const cli = procs.find(isCli);
    if (cli === undefined) throw new Error('no CLI process');
    const signalled = Date.now();
    process.kill(cli.pid, 'SIGHUP');
    const exit = await run.exited;
    expect(exit.code, run.output().slice(-3000)).toBe(129);
    expect(await goneWithin(procs, signalled)).toBeLessThan(STOP_WITHIN_MS);
    expect(target.stats().resources).toEqual(before);
    expectIncompleteReports(run.reportsDir, /^interrupted by SIGHUP: /);
  } finally {
    await target.stop();
  }
});

test('npm killed with SIGKILL: the run notices its parent is gone and stops the same way', async () => {
  const target = await standaloneTarget();
  try {
    await foreignProject(target);
    const before = target.stats().resources;
    const run = startNpm(target, [], await expiredTokenEnv(target));
    await midway(target, run, before.projects);
    const procs = processesOf(run);
    const killed = Date.now();
    if (run.child.pid !== undefined) process.kill(run.child.pid, 'SIGKILL');
    await run.exited;
    expect(await goneWithin(procs, killed)).toBeLessThan(STOP_WITHIN_MS);
    expect(target.stats().resources).toEqual(before);
    expect(run.output()).toContain(
      'wm-conformance: the process that started the run exited — stopping the run (SIGHUP)',
    );
    expectIncompleteReports(run.reportsDir, /^interrupted by SIGHUP: \d+ of \d+ tests did not run/);
  } finally {
    await target.stop();
  }
});

test('the runner killed with SIGKILL: the CLI kills what is left of the run and exits 137; only run-tagged leftovers, which sweep removes', async () => {
  const target = await standaloneTarget();
  try {
    await foreignProject(target);
    const before = target.stats().resources;
    const run = startNpm(target, [], await expiredTokenEnv(target));
    await midway(target, run, before.projects);
    const procs = processesOf(run);
    const runner = procs.find(isRunner);
    if (runner === undefined) throw new Error('no runner');
    const killed = Date.now();
    process.kill(runner.pid, 'SIGKILL');
    const exit = await run.exited;
    expect(exit.code, run.output().slice(-3000)).toBe(137);
    expect(await goneWithin(procs, killed)).toBeLessThan(STOP_WITHIN_MS);
    const sweep = startCli(target, 'src/cli/sweep.ts', ['--min-age', '0']);
    expect((await sweep.exited).code, sweep.output()).toBe(0);
    expect(target.stats().resources).toEqual(before);
  } finally {
    await target.stop();
  }
});

test('a worker killed mid-run: the run goes on without it, INCOMPLETE (the test it ran was cut off), nothing left', async () => {
  const target = await standaloneTarget();
  try {
    const before = target.stats().resources;
    const run = startSuite(target, await expiredTokenEnv(target));
    await midway(target, run, before.projects);
    const worker = processesOf(run).find(isWorker);
    if (worker === undefined) throw new Error('no worker');
    process.kill(worker.pid, 'SIGKILL');
    const exit = await run.exited;
    expect(exit.code, run.output().slice(-3000)).toBe(1);
    expect(target.stats().resources).toEqual(before);
    const report = json(join(run.reportsDir, 'compliance', 'compliance.json'));
    expect(report.verdict).toBe('INCOMPLETE');
    expect(stoppedOf(report).reason).toMatch(/^a worker process exited unexpectedly: \d+ of \d+ tests did not run/);
  } finally {
    await target.stop();
  }
});

test('--max-failures=1 stops the run after the first failure: INCOMPLETE, exit 1, the not-run tests are JUnit skips with the reason', async () => {
  const reportsDir = mkdtempSync(join(tmpdir(), 'wmct-maxfail-'));
  const run = await runSuite({
    reportsDir,
    faults: ['wrong-type'],
    softChecks: false,
    args: ['--max-failures=1', '--grep', '@contract'],
  });
  expect(run.exitCode, run.stdout + run.stderr).toBe(1);
  expect(run.verdict).toBe('INCOMPLETE');
  expectIncompleteReports(
    reportsDir,
    /^stopped after 1 failed test \(--max-failures=1\): \d+ of \d+ tests did not run/,
  );
  // The failure that stopped it is still reported.
  expect(run.failedChecks).toContain('schema');
});

test('interrupted during set-up (the target still starting): INCOMPLETE saying so, exit 130', async () => {
  const target = await standaloneTarget();
  let asked = 0;
  const front = await doctor(target, {
    document: (_real, nth) => {
      asked = nth;
      return { status: 503, contentType: 'text/plain', body: 'starting' };
    },
  });
  try {
    const run = startNpm(target, ['--wait-for-target', '120'], front.env);
    // The preflight asks again for the document that does not answer yet: well into the set-up.
    await waitFor(() => asked >= 2, 120_000, 'the preflight to ask for the document again');
    run.killGroup('SIGINT');
    const exit = await run.exited;
    expect(exit.code, run.output()).toBe(130);
    expect(run.output()).not.toContain('no test matched');
    expectIncompleteReports(
      run.reportsDir,
      /^interrupted by SIGINT (during set-up|before the run started): no test ran$/,
    );
  } finally {
    await front.stop();
    await target.stop();
  }
});

test('a run that could not start after a passing one: ERROR reports with the one line, nothing of the old PASS, the user’s files kept', async () => {
  const target = await standaloneTarget();
  const reportsDir = mkdtempSync(join(tmpdir(), 'wmct-error-'));
  try {
    const passing = startNpm(target, ['--grep', 'getInfo'], {
      ...(await expiredTokenEnv(target)),
      WM_REPORTS_DIR: reportsDir,
      WMCT_QUIET: '0',
      WMCT_ALLURE: '1',
      WMCT_BLOB: '1',
    });
    expect((await passing.exited).code, passing.output().slice(-2000)).toBe(0);
    expect(json(join(reportsDir, 'compliance', 'compliance.json')).verdict).toBe('PASS');
    for (const made of ['junit.xml', 'playwright', 'allure-results', 'blob'])
      expect(existsSync(join(reportsDir, made)), made).toBe(true);
    mkdirSync(join(reportsDir, 'compliance'), { recursive: true });
    writeFileSync(join(reportsDir, 'notes.txt'), 'mine');
    writeFileSync(join(reportsDir, 'compliance', 'mine.txt'), 'mine too');

    for (const [env, line] of [
      [
        { WM_CLIENT_SECRET: 'nope' },
        /^wm-conformance: the issuer refused client .* — check WM_CLIENT_ID and WM_CLIENT_SECRET$/m,
      ],
      [{ WM_READ_ONLY: 'maybe' }, /^wm-conformance: WM_READ_ONLY="maybe" must be true or false$/m],
    ] as const) {
      const failing = startNpm(target, [], { WM_REPORTS_DIR: reportsDir, WMCT_QUIET: '0', ...env });
      expect((await failing.exited).code, failing.output()).toBe(2);
      // Besides the run's banner (`wm-conformance: target …`), one line says why it could not start.
      const printed = failing
        .output()
        .split('\n')
        .filter((l) => l.startsWith('wm-conformance: ') && !l.startsWith('wm-conformance: target '));
      expect(printed, failing.output()).toHaveLength(1);
      expect(printed[0]).toMatch(line);
      const report = json(join(reportsDir, 'compliance', 'compliance.json'));
      expect(report.verdict).toBe('ERROR');
      expect(`wm-conformance: ${String(stoppedOf(report).reason)}`).toBe(printed[0]);
      expect(readFileSync(join(reportsDir, 'compliance', 'index.html'), 'utf8')).toContain(
        '<span id="verdict">ERROR</span>',
      );
      const junit = readFileSync(join(reportsDir, 'junit.xml'), 'utf8');
      expect(junit).toContain('errors="1"');
      expect(junit).toContain('<error message="');
      expect(readdirSync(reportsDir).sort(), 'only the ERROR reports and the user’s files').toEqual([
        'compliance',
        'junit.xml',
        'notes.txt',
      ]);
      expect(readdirSync(join(reportsDir, 'compliance')).sort()).toEqual(['compliance.json', 'index.html', 'mine.txt']);
    }
  } finally {
    await target.stop();
  }
});
