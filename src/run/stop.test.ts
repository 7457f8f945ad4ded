/**
 * The runner's stop (src/run/stop.ts) in a stand-in runner process (test/support/stop-child.ts):
 * before the run starts a signal writes the reports of a run that never began and exits; while it
 * runs, the first stop of any kind reaches Playwright as one SIGINT and no later SIGINT does (nor
 * during the clean-up); the exit code is 128 + the signal's number; the deadline ends a stop that
 * hangs, writing what the reporters have; an orphaned runner stops by itself.
 */
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config/load.ts';
import { useTempDir } from '../../test/support/temp-dir.ts';

const dir = useTempDir('wmct-stop-');
const CHILD = join(PROJECT_ROOT, 'test', 'support', 'stop-child.ts');

interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** When it ended (epoch ms). */
  readonly endedAt: number;
}

function play(scenario: string, file: string, viaShell = false): Promise<Outcome> {
  const args = ['--import', 'tsx', CHILD, scenario, file];
  const child = viaShell
    ? spawn(
        'sh',
        [
          '-c',
          `"${process.execPath}" ${args.map((a) => `"${a}"`).join(' ')} & while [ ! -f "${file}.ready" ]; do sleep 0.1; done`,
        ],
        { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
      )
    : spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      resolve({ code, stdout, stderr, endedAt: Date.now() });
    });
  });
}

function seen(o: Outcome): Record<string, number> {
  const line = o.stdout.trim().split('\n').at(-1) ?? '{}';
  const parsed: unknown = JSON.parse(line);
  return typeof parsed === 'object' && parsed !== null
    ? Object.fromEntries(Object.entries(parsed).filter((e): e is [string, number] => typeof e[1] === 'number'))
    : {};
}

test('before the run starts: the reports of a run that never began, and exit 143 at once', async () => {
  const file = dir.path('starting.txt');
  const o = await play('starting', file);
  expect(o.code, o.stderr).toBe(143);
  expect(readFileSync(file, 'utf8')).toBe('interrupted by SIGTERM before the run started: no test ran');
  expect(o.stderr).toContain('wm-conformance: interrupted by SIGTERM before the run started');
});

test('while it runs: SIGTERM reaches Playwright as one SIGINT, later SIGINTs never do, and the exit code is 143', async () => {
  const o = await play('running', dir.path('running.txt'));
  expect(o.code, o.stderr).toBe(143);
  expect(seen(o)).toEqual({ playwrightSigints: 1, laterListenerSigints: 0 });
  expect(o.stderr).toContain('wm-conformance: interrupted by SIGTERM — stopping the run');
});

test('during the clean-up a SIGINT does not interrupt it: it only sets the exit code (130)', async () => {
  const o = await play('finishing', dir.path('finishing.txt'));
  expect(o.code, o.stderr).toBe(130);
  expect(seen(o)).toEqual({ playwrightSigints: 0, laterListenerSigints: 0 });
  expect(o.stderr).toContain('finishing the clean-up and the reports first');
});

test('a stop that hangs ends at the deadline, writing what the reporters have', async () => {
  const file = dir.path('deadline.txt');
  const o = await play('deadline', file);
  expect(o.code, o.stderr).toBe(143);
  expect(o.endedAt - (seen(o).signalledAt ?? 0), 'ended within 10 s of the signal').toBeLessThan(10_000);
  expect(existsSync(file) ? readFileSync(file, 'utf8') : '').toBe('written at the deadline');
  expect(o.stderr).toContain('the run did not stop within 7 s: exiting now');
});

test('a runner whose parent exited stops the same way, as for SIGHUP', async () => {
  const o = await play('orphaned', dir.path('orphaned.txt'), true);
  expect(o.stderr).toContain('wm-conformance: stopped because the process that started it exited — stopping the run');
  expect(seen(o)).toEqual({ playwrightSigints: 1, laterListenerSigints: 0 });
});
