/**
 * Local run folders: a folder marked live by a process that still runs is never removed, whatever
 * the minimum age; the folder of a run killed with SIGKILL (its pid gone), of a pid now held by
 * another process, or with a broken marker goes by age; a folder without a marker is kept for its
 * first minute even at --min-age 0.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { useTempDir } from '../../test/support/temp-dir.ts';
import { isJsonObject } from '../core/json.ts';
import { LIVE_FILE, liveRunIds, markRunLive, runLiveness, sweepRunFolders } from './run-folders.ts';

const temp = useTempDir('wmct-run-folders-');

/** A pid that was a process a moment ago and is not any more: a child killed with SIGKILL. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  const closed = new Promise((resolve) => child.on('close', resolve));
  const pid = child.pid;
  if (pid === undefined) throw new Error('the child has no pid');
  child.kill('SIGKILL');
  await closed;
  return pid;
}

function folder(name: string, ageMinutes = 0): string {
  const dir = temp.path(name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'run.json'), '{}');
  const then = new Date(Date.now() - ageMinutes * 60_000);
  utimesSync(dir, then, then);
  return dir;
}

function age(dir: string, minutes: number): void {
  const then = new Date(Date.now() - minutes * 60_000);
  utimesSync(dir, then, then);
}

test('markRunLive writes the pid and the process start; this process is live, a SIGKILLed one is not', async () => {
  const dir = temp.path('runs-a', '20260101T000000-live01');
  markRunLive(dir);
  const marker: unknown = JSON.parse(readFileSync(join(dir, LIVE_FILE), 'utf8'));
  expect(marker).toMatchObject({ pid: process.pid, startedAt: expect.any(String) });
  expect(runLiveness(dir)).toEqual({ live: true, pid: process.pid });

  const killed = temp.path('runs-a', '20260101T000000-dead01');
  const pid = await deadPid();
  markRunLive(killed, pid);
  expect(runLiveness(killed)).toEqual({ live: false, reason: `its runner (pid ${pid}) has ended` });
  expect(liveRunIds(temp.path('runs-a'))).toEqual(['20260101T000000-live01']);
});

test('a pid that now belongs to another process is not the run', () => {
  test.skip(!existsSync('/proc/self/stat'), 'no /proc here: a reused pid cannot be told apart');
  const dir = temp.path('runs-b', 'reused');
  markRunLive(dir);
  const marker: unknown = JSON.parse(readFileSync(join(dir, LIVE_FILE), 'utf8'));
  if (!isJsonObject(marker)) throw new Error('the marker is not a JSON object');
  writeFileSync(join(dir, LIVE_FILE), JSON.stringify({ ...marker, processStart: '1' }));
  expect(runLiveness(dir)).toEqual({
    live: false,
    reason: `its runner (pid ${process.pid}) has ended; the pid belongs to another process now`,
  });
});

test('a broken marker is not live; no marker is "unknown"', () => {
  const broken = folder('runs-c/broken');
  writeFileSync(join(broken, LIVE_FILE), '{"pid": ');
  expect(runLiveness(broken)).toEqual({ live: false, reason: `${LIVE_FILE} is unreadable` });
  writeFileSync(join(broken, LIVE_FILE), '{"pid": -1, "startedAt": "x", "processStart": null}');
  expect(runLiveness(broken)).toEqual({ live: false, reason: `${LIVE_FILE} is not a live marker` });
  expect(runLiveness(folder('runs-c/plain'))).toBeNull();
});

test("--min-age 0: a live folder stays, however old; a killed run's goes; an unmarked one stays for its first minute", async () => {
  const runs = temp.path('runs-d');
  const live = temp.path('runs-d', 'live');
  markRunLive(live);
  age(live, 600);
  const killed = temp.path('runs-d', 'killed');
  markRunLive(killed, await deadPid());
  const fresh = folder('runs-d/unmarked-fresh');
  const stale = folder('runs-d/unmarked-stale', 5);

  const dry = sweepRunFolders({ dir: runs, minAgeMinutes: 0, dryRun: true });
  expect(dry).toEqual({ removed: ['killed', 'unmarked-stale'], live: [{ runId: 'live', pid: process.pid }], young: 1 });
  expect(
    [live, killed, fresh, stale].every((dir) => existsSync(dir)),
    'a dry run removes nothing',
  ).toBe(true);

  expect(sweepRunFolders({ dir: runs, minAgeMinutes: 0, dryRun: false })).toEqual(dry);
  expect([live, fresh].every((dir) => existsSync(dir))).toBe(true);
  expect([killed, stale].some((dir) => existsSync(dir))).toBe(false);
});

test('the minimum age still holds for the folders of runs that are over', async () => {
  const runs = temp.path('runs-e');
  const recent = temp.path('runs-e', 'recent');
  markRunLive(recent, await deadPid());
  const old = temp.path('runs-e', 'old');
  markRunLive(old, await deadPid());
  age(old, 120);
  expect(sweepRunFolders({ dir: runs, minAgeMinutes: 60, dryRun: false })).toEqual({
    removed: ['old'],
    live: [],
    young: 1,
  });
  expect(existsSync(recent)).toBe(true);
  expect(sweepRunFolders({ dir: temp.path('nowhere'), minAgeMinutes: 0, dryRun: false })).toEqual({
    removed: [],
    live: [],
    young: 0,
  });
});
