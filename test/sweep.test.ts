/**
 * `npm run sweep -- --min-age 0` as a user runs it, against a reference target started in the
 * test process and treated as a real one: the suite's own leftover (run-tagged, made by the
 * suite's client) is deleted; a person's project named like the suite's, with the person's file,
 * is kept and listed with why; a run still in progress keeps its local run folder and its
 * projects, however old its tag; the folder of a run killed with SIGKILL (dead pid) is removed.
 * And a real run marks its folder live with its runner's pid while it runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { isJsonObject } from '../src/core/json.ts';
import { LIVE_FILE, markRunLive, runLiveness, runsDir } from '../src/ledger/run-folders.ts';
import { client, createFile, createProject } from './support/reference-client.ts';
import { startCli, standaloneTarget, startSuite, waitFor } from './support/standalone.ts';

test.describe.configure({ mode: 'parallel', timeout: 300_000 });

/** A run id of an old run (2020), unique to this test. */
function oldRunId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return `20200101T000000-${[...randomBytes(6)].map((b) => alphabet[b % alphabet.length] ?? 'x').join('')}`;
}

function sleeper(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)'], { stdio: 'ignore' });
}

function pidOf(child: ChildProcess): number {
  if (child.pid === undefined) throw new Error('the child has no pid');
  return child.pid;
}

test("sweep --min-age 0: deletes the suite's leftover, keeps and lists a person's imposter, keeps a live run and removes a killed one's folder", async () => {
  const target = await standaloneTarget();
  const running = sleeper();
  const liveId = oldRunId();
  const deadId = oldRunId();
  const liveDir = join(runsDir(), liveId);
  const deadDir = join(runsDir(), deadId);
  try {
    const suite = client(target, await target.mintToken('full', 600));
    const alice = client(target, await target.mintUserToken('alice@example.com', 600));
    const ownName = `wmct-${oldRunId()}-w0t1-project`;
    const own = await createProject(suite, ownName);
    await createFile(suite, { projectId: own });
    const imposterName = `wmct-${oldRunId()}-imposter`;
    const imposter = await createProject(alice, imposterName);
    const alicesFile = await createFile(alice, { projectId: imposter }, 'alice.bpmn');
    const liveProject = await createProject(suite, `wmct-${liveId}-w0t1-project`);
    const deadProject = await createProject(suite, `wmct-${deadId}-w0t1-project`);

    // A run in progress (its runner still runs) and one killed with SIGKILL (its runner is gone).
    markRunLive(liveDir, pidOf(running));
    const killed = sleeper();
    const killedPid = pidOf(killed);
    const closed = new Promise((resolve) => killed.on('close', resolve));
    markRunLive(deadDir, killedPid);
    killed.kill('SIGKILL');
    await closed;

    const sweep = startCli(target, 'src/cli/sweep.ts', ['--min-age', '0']);
    const exit = await sweep.exited;
    const out = sweep.output();
    expect(exit.code, out).toBe(0);
    expect(out).toContain(`  deleted: ${ownName}\n`);
    expect(out).toContain(`  deleted: wmct-${deadId}-w0t1-project\n`);
    expect(out).toContain(
      `  kept: ${imposterName} — not the suite's: the project itself created by Alice Example <alice@example.com>; file "alice.bpmn" created by Alice Example <alice@example.com>\n`,
    );
    expect(out).toMatch(/kept 1 of runs in progress here/);
    expect(out).toContain(`  kept local run folder ${liveId}: its run is in progress (pid ${pidOf(running)})\n`);
    expect(out).not.toContain(`wmct-${liveId}-w0t1-project`);

    expect((await suite('GET', `/projects/${own}`)).status).toBe(404);
    expect((await suite('GET', `/projects/${deadProject}`)).status).toBe(404);
    expect((await suite('GET', `/projects/${imposter}`)).status, 'the imposter stays').toBe(200);
    expect((await suite('GET', `/files/${alicesFile}`)).status, "the person's file stays").toBe(200);
    expect((await suite('GET', `/projects/${liveProject}`)).status, "the live run's project stays").toBe(200);
    expect(existsSync(liveDir), "the live run's folder stays").toBe(true);
    expect(existsSync(deadDir), "the killed run's folder goes").toBe(false);
  } finally {
    running.kill('SIGKILL');
    rmSync(liveDir, { recursive: true, force: true });
    rmSync(deadDir, { recursive: true, force: true });
    await target.stop();
  }
});

test("a run marks its folder live with its runner's pid while it runs; its teardown removes the folder", async () => {
  const target = await standaloneTarget();
  try {
    const before = new Set(existsSync(runsDir()) ? readdirSync(runsDir()) : []);
    const run = startSuite(target, {}, ['--grep', '@info']);
    const state: { ended: boolean } = { ended: false };
    void run.exited.then(() => (state.ended = true));
    const ours = (): string | undefined =>
      (existsSync(runsDir()) ? readdirSync(runsDir()) : []).find((name) => {
        if (before.has(name)) return false;
        const file = join(runsDir(), name, LIVE_FILE);
        if (!existsSync(file)) return false;
        try {
          const marker: unknown = JSON.parse(readFileSync(file, 'utf8'));
          return isJsonObject(marker) && marker.pid === run.child.pid;
        } catch {
          return false;
        }
      });
    await waitFor(() => ours() !== undefined || state.ended, 120_000, "the run's folder");
    const runId = ours();
    expect(
      runId,
      `no live run folder of pid ${String(run.child.pid)} appeared: ${run.output().slice(-1500)}`,
    ).toBeDefined();
    expect(runLiveness(join(runsDir(), runId ?? ''))).toEqual({ live: true, pid: run.child.pid });
    const exit = await run.exited;
    expect(exit.code, run.output().slice(-2000)).toBe(0);
    expect(existsSync(join(runsDir(), runId ?? '')), 'the teardown removes the folder').toBe(false);
  } finally {
    await target.stop();
  }
});
