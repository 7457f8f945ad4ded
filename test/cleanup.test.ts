/**
 * Clean-up that holds: a run interrupted with SIGINT or SIGTERM deletes what it created before
 * it exits; a run killed with SIGKILL leaves only run-tagged projects, which `npm run sweep` and
 * the next run's start remove; what the suite did not create is never touched.
 */
import { expect, test } from '@playwright/test';
import type { RunningReferenceTarget } from '../reference/target.ts';
import {
  expiredTokenEnv,
  startCli,
  standaloneTarget,
  startSuite,
  waitFor,
  type ChildRun,
} from './support/standalone.ts';

// Whole runs on a 2-core machine that also runs other tests: generous time. Each run is given
// its expired token (WM_EXPIRED_TOKEN, as a user may) instead of waiting out the short-lived
// client's before its first test: no test here is about where that token comes from.
test.describe.configure({ mode: 'parallel', timeout: 300_000 });

/** A project (with a file) that is not the suite's: it must survive everything. */
async function foreignProject(target: RunningReferenceTarget): Promise<string> {
  const token = await target.mintToken('full', 600);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const res = await fetch(`${target.baseUrl}${target.apiPrefix}/projects`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ name: 'team project, not the suite’s' }),
  });
  const project: unknown = await res.json();
  const id =
    typeof project === 'object' && project !== null && 'id' in project && typeof project.id === 'string'
      ? project.id
      : '';
  await fetch(`${target.baseUrl}${target.apiPrefix}/files`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ name: 'keep.bpmn', projectId: id, fileType: 'bpmn', content: '<definitions/>' }),
  });
  return id;
}

/**
 * Waits until the run is in the middle of its work: resources of its own exist right now. A run
 * that ends first (or never gets there on a loaded machine) fails the test with its output.
 */
async function midway(target: RunningReferenceTarget, run: ChildRun, baseline: number): Promise<void> {
  const state: { ended: { code: number | null } | null } = { ended: null };
  void run.exited.then((exit) => (state.ended = exit));
  const there = (): boolean =>
    (target.stats().requestsByOperation.createProject ?? 0) >= 8 && target.stats().resources.projects > baseline;
  await waitFor(() => state.ended !== null || there(), 120_000, 'the run to be mid-way');
  if (state.ended !== null && !there())
    throw new Error(
      `the run ended (exit ${String(state.ended.code)}) before it was mid-way: ${run.output().slice(-1500)}`,
    );
}

function projects(target: RunningReferenceTarget): number {
  return target.stats().resources.projects;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  test(`a run stopped with ${signal} deletes what it created`, async () => {
    const target = await standaloneTarget();
    try {
      await foreignProject(target);
      const before = target.stats().resources;
      const run = startSuite(target, await expiredTokenEnv(target));
      await midway(target, run, before.projects);
      run.killGroup(signal);
      const exit = await run.exited;
      expect(exit.code, run.output().slice(-2000)).not.toBe(0);
      expect(target.stats().resources).toEqual(before);
    } finally {
      await target.stop();
    }
  });
}

test('a run killed with SIGKILL leaves only run-tagged projects, which sweep removes (and nothing else)', async () => {
  const target = await standaloneTarget();
  try {
    await foreignProject(target);
    const before = target.stats().resources;
    const run = startSuite(target, await expiredTokenEnv(target));
    await midway(target, run, before.projects);
    run.killGroup('SIGKILL');
    await run.exited;
    expect(projects(target), 'the kill must leave something behind for this test to mean anything').toBeGreaterThan(
      before.projects,
    );

    const young = startCli(target, 'src/cli/sweep.ts', []);
    expect((await young.exited).code, young.output()).toBe(0);
    expect(young.output()).toMatch(/kept \d+ younger/);
    expect(projects(target), 'leftovers younger than the minimum age are kept').toBeGreaterThan(before.projects);

    const sweep = startCli(target, 'src/cli/sweep.ts', ['--min-age', '0']);
    expect((await sweep.exited).code, sweep.output()).toBe(0);
    expect(target.stats().resources).toEqual(before);
  } finally {
    await target.stop();
  }
});

test("after a SIGKILL, the next run's start removes the leftovers", async () => {
  const target = await standaloneTarget();
  try {
    await foreignProject(target);
    const before = target.stats().resources;
    const killed = startSuite(target, await expiredTokenEnv(target));
    await midway(target, killed, before.projects);
    killed.killGroup('SIGKILL');
    await killed.exited;
    expect(projects(target)).toBeGreaterThan(before.projects);

    // The start's sweep is the point, not the tests after it: a slice that talks to the target will do.
    const next = startSuite(target, { ...(await expiredTokenEnv(target)), WM_SWEEP_MIN_AGE_MINUTES: '0' }, [
      '--grep',
      '@info',
    ]);
    const exit = await next.exited;
    expect(exit.code, next.output().slice(-3000)).toBe(0);
    expect(target.stats().resources).toEqual(before);
  } finally {
    await target.stop();
  }
});
