/**
 * For the project's tests: a reference target started in the test process (so the test can
 * count its resources and requests) and the suite pointed at it as at any real target, with
 * the WM_* lines the target prints — in a child process the test may interrupt or kill.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { PROJECT_ROOT } from '../../src/config/load.ts';
import { isJsonObject } from '../../src/core/json.ts';
import { childEnv } from '../../src/mutation/run-suite.ts';
import {
  startReferenceTarget,
  type ReferenceTargetOptions,
  type RunningReferenceTarget,
} from '../../reference/target.ts';

export async function standaloneTarget(options: ReferenceTargetOptions = {}): Promise<RunningReferenceTarget> {
  return startReferenceTarget(options);
}

/** The target's WM_* lines as an environment. */
export function targetEnv(target: RunningReferenceTarget): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of target.envLines()) {
    const at = line.indexOf('=');
    if (at > 0 && !line.startsWith('#')) env[line.slice(0, at)] = line.slice(at + 1);
  }
  return env;
}

export interface ChildRun {
  readonly child: ChildProcess;
  readonly reportsDir: string;
  output(): string;
  /** Resolves with the exit code (or 128 + signal number style: null code → -1). */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Signals the whole process group (runner and workers). */
  killGroup(signal: NodeJS.Signals): void;
}

function spawnInGroup(
  args: readonly string[],
  env: Record<string, string>,
  command: string = process.execPath,
): ChildRun {
  const reportsDir = env.WM_REPORTS_DIR ?? mkdtempSync(join(tmpdir(), 'wmct-run-'));
  const child = spawn(command, [...args], {
    cwd: PROJECT_ROOT,
    // The suite treats a standalone target as a real one and caches its tokens: keep that cache
    // out of the user's home (each target's issuer is on a new port, a new cache key each time).
    env: childEnv({
      WMCT_QUIET: '1',
      // One Playwright worker unless the test asks for more: the project's tests already keep
      // both cores busy, and a second worker per child run costs its start (loading, document
      // model, validators, tokens: ~2.5 CPU-seconds per run measured) for no wall time saved.
      WM_MAX_CONCURRENCY: '1',
      WM_REPORTS_DIR: reportsDir,
      WM_TOKEN_CACHE: join(reportsDir, '..', `${basename(reportsDir)}-tokens.json`),
      ...env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => {
      resolve({ code, signal });
    });
  });
  return {
    child,
    reportsDir,
    // Without colour codes: whether Playwright colours its output depends on the terminal (and
    // FORCE_COLOR), and assertions on the text must not.
    output: () => stripVTControlCharacters(output),
    exited,
    killGroup: (signal) => {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    },
  };
}

/** Starts the conformance suite (playwright test [args]) against the target. */
export function startSuite(
  target: RunningReferenceTarget,
  env: Record<string, string> = {},
  args: readonly string[] = [],
): ChildRun {
  return spawnInGroup(
    [
      join(PROJECT_ROOT, 'node_modules', '@playwright', 'test', 'cli.js'),
      'test',
      '-c',
      join(PROJECT_ROOT, 'playwright.config.ts'),
      ...args,
    ],
    { ...targetEnv(target), ...env },
  );
}

/** Starts `npm run conformance [-- args]` against the target (null: only `env`), as a user or CI does. */
export function startNpm(
  target: RunningReferenceTarget | null,
  args: readonly string[] = [],
  env: Record<string, string> = {},
): ChildRun {
  return spawnInGroup(
    ['run', '--silent', 'conformance', ...(args.length > 0 ? ['--', ...args] : [])],
    { ...(target === null ? {} : targetEnv(target)), ...env },
    'npm',
  );
}

/** Runs a TypeScript CLI of the project (through tsx) against the target (null: only `env`). */
export function startCli(
  target: RunningReferenceTarget | null,
  script: string,
  args: readonly string[],
  env: Record<string, string> = {},
): ChildRun {
  return spawnInGroup(
    [join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(PROJECT_ROOT, script), ...args],
    { ...(target === null ? {} : targetEnv(target)), ...env },
  );
}

/** What `npm run conformance` runs (package.json), and so what startConformance starts. */
const CONFORMANCE_SCRIPT = 'exec node --import tsx src/cli/conformance.ts';

/**
 * Starts the suite as `npm run conformance [-- args]` does — the command of its npm script,
 * `node --import tsx src/cli/conformance.ts` (one process; tsx's CLI would start a second) —
 * without npm's own start, against the target (null: only `env`). Throws when the script runs
 * something else: then this no longer starts what the user's command starts.
 */
export function startConformance(
  target: RunningReferenceTarget | null,
  args: readonly string[],
  env: Record<string, string> = {},
): ChildRun {
  const parsed: unknown = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
  const script = isJsonObject(parsed) && isJsonObject(parsed.scripts) ? parsed.scripts.conformance : undefined;
  if (script !== CONFORMANCE_SCRIPT)
    throw new Error(
      `npm run conformance runs ${JSON.stringify(script)}, not ${CONFORMANCE_SCRIPT}: update startConformance`,
    );
  return spawnInGroup(['--import', 'tsx', join(PROJECT_ROOT, 'src', 'cli', 'conformance.ts'), ...args], {
    ...(target === null ? {} : targetEnv(target)),
    ...env,
  });
}

/**
 * WM_EXPIRED_TOKEN, as a user may set it: a token of the target's issuer that expired a minute
 * ago (what the embedded target's runs get, README "The expired token"). For the runs whose
 * point is not where the expired token comes from: without it the run waits out the
 * short-lived client's token (3 s and a margin) before its first test.
 */
export async function expiredTokenEnv(target: RunningReferenceTarget): Promise<Record<string, string>> {
  return { WM_EXPIRED_TOKEN: await target.mintToken('full', -60) };
}

export async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
