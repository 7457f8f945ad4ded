/**
 * Runs the whole conformance suite in a child process against a fresh embedded reference
 * target (optionally with faults switched on) and reads back which checks failed, from the
 * compliance report. Used by the project's own tests and by `npm run mutation`. `runSuiteLanes`
 * runs it once against several fresh targets (lanes, src/run/lanes.ts) and reads each lane's
 * own report.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config/load.ts';
import { isJsonObject } from '../core/json.ts';
import { processEnvironment } from '../config/internal.ts';
import type { Lane } from '../config/lanes.ts';

export interface SuiteRunOptions {
  /** Fault names for the embedded target (WM_REFERENCE_FAULTS). */
  readonly faults?: readonly string[];
  /** Folder for this run's reports (each parallel run needs its own). */
  readonly reportsDir: string;
  /** Extra environment (WM_* settings) for the run. */
  readonly env?: Readonly<Record<string, string>>;
  /** Playwright workers for the run (default 1: runs are parallelised across faults instead). */
  readonly workers?: number;
  /** Extra arguments for `playwright test` (e.g. --grep). */
  readonly args?: readonly string[];
  /** Record failed checks without failing their tests (no worker restarts; default true). */
  readonly softChecks?: boolean;
  /** The child is killed after this long (default: never): a run that hangs fails, it does not hang its caller. */
  readonly timeoutMs?: number;
}

export interface SuiteRunResult {
  readonly exitCode: number;
  readonly verdict: string;
  readonly failedChecks: readonly string[];
  readonly unattributed: readonly string[];
  readonly durationMs: number;
  /** The child's stderr (one-line errors of the suite land here). */
  readonly stderr: string;
  readonly stdout: string;
  readonly complianceFile: string;
}

/** The environment of a child suite run: the parent's, minus every setting of the suite and of Playwright's own runner. */
export function childEnv(extra: Readonly<Record<string, string>>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(processEnvironment())) {
    if (value === undefined || /^(WM_|WMCT_|TEST_|PW_|PLAYWRIGHT_|FORCE_COLOR)/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

interface ChildRun {
  readonly exitCode: number;
  readonly durationMs: number;
  readonly stderr: string;
  readonly stdout: string;
}

/** The compliance report's reading of one target's run. */
function readCompliance(complianceFile: string): Pick<SuiteRunResult, 'verdict' | 'failedChecks' | 'unattributed'> & {
  readonly status: string | null;
} {
  const report: unknown = existsSync(complianceFile) ? JSON.parse(readFileSync(complianceFile, 'utf8')) : undefined;
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const run = isJsonObject(report) && isJsonObject(report.run) ? report.run : {};
  return {
    verdict: isJsonObject(report) && typeof report.verdict === 'string' ? report.verdict : 'NO REPORT',
    failedChecks: isJsonObject(report) ? strings(report.failedChecks) : [],
    unattributed:
      isJsonObject(report) && Array.isArray(report.unattributed)
        ? report.unattributed.map((u) => JSON.stringify(u))
        : [],
    status: typeof run.status === 'string' ? run.status : null,
  };
}

/** `playwright test` of the suite in a child process; a child still running after `timeoutMs` (when given) is killed (exit 1, said on stderr). */
function spawnSuite(
  env: Record<string, string>,
  args: readonly string[],
  timeoutMs: number | undefined,
): Promise<ChildRun> {
  const started = Date.now();
  const cli = join(PROJECT_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
  const child = spawn(process.execPath, [cli, 'test', '-c', join(PROJECT_ROOT, 'playwright.config.ts'), ...args], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, timeoutMs);
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const note = timedOut ? `the suite run was killed after ${Math.round((timeoutMs ?? 0) / 1000)} s\n` : '';
      resolve({
        exitCode: timedOut ? 1 : (code ?? 1),
        durationMs: Date.now() - started,
        stderr: stderr + note,
        stdout,
      });
    });
  });
}

function suiteEnv(options: SuiteRunOptions): Record<string, string> {
  return childEnv({
    WMCT_QUIET: '1',
    ...(options.softChecks === false ? {} : { WMCT_SOFT_CHECKS: '1' }),
    WM_REPORTS_DIR: options.reportsDir,
    WM_MAX_CONCURRENCY: String(options.workers ?? 1),
    ...(options.faults === undefined || options.faults.length === 0
      ? {}
      : { WM_REFERENCE_FAULTS: options.faults.join(',') }),
    ...options.env,
  });
}

export async function runSuite(options: SuiteRunOptions): Promise<SuiteRunResult> {
  const run = await spawnSuite(suiteEnv(options), options.args ?? [], options.timeoutMs);
  const complianceFile = join(options.reportsDir, 'compliance', 'compliance.json');
  const { verdict, failedChecks, unattributed } = readCompliance(complianceFile);
  return { ...run, verdict, failedChecks, unattributed, complianceFile };
}

export interface LanesRunResult extends ChildRun {
  /** Each lane's own reading, by lane name (its exit code: `laneExitCodes`). */
  readonly lanes: ReadonlyMap<string, SuiteRunResult>;
}

/**
 * The suite once, against one fresh embedded target per lane (one Playwright project each);
 * each lane's failed checks, unattributed failures and verdict are read from its own report.
 * The lanes file goes into `reportsDir`.
 */
export async function runSuiteLanes(
  options: Omit<SuiteRunOptions, 'faults'> & { readonly lanes: readonly Lane[] },
): Promise<LanesRunResult> {
  mkdirSync(options.reportsDir, { recursive: true });
  const lanesFile = join(options.reportsDir, 'lanes.json');
  writeFileSync(lanesFile, `${JSON.stringify(options.lanes, null, 2)}\n`);
  const env = { ...suiteEnv(options), WMCT_LANES: lanesFile };
  const run = await spawnSuite(env, options.args ?? [], options.timeoutMs);
  const readings = options.lanes.map((lane) => {
    const complianceFile = join(lane.reportsDir, 'compliance', 'compliance.json');
    return { lane, complianceFile, ...readCompliance(complianceFile) };
  });
  const exitCodes = laneExitCodes(
    run.exitCode,
    readings.map((r) => r.status),
  );
  const lanes = new Map<string, SuiteRunResult>();
  readings.forEach(({ lane, complianceFile, verdict, failedChecks, unattributed }, i) => {
    lanes.set(lane.name, { ...run, exitCode: exitCodes[i] ?? 1, verdict, failedChecks, unattributed, complianceFile });
  });
  return { ...run, lanes };
}

/**
 * Each lane's exit code, from the child's and each lane's report status (null: no report):
 *   - the child's (at least 1) for a lane without a report, and for every lane when the child
 *     could not run its tests (exit 2 and above);
 *   - else 0 for a lane whose share passed, 1 for one whose share failed;
 *   - but 1 for every lane when the child failed (exit 1) while every lane's share passed: what
 *     failed is outside the lanes' reports — the secret scan of everything the run wrote, which
 *     cannot say which lane leaked — and no lane may pass on it.
 */
export function laneExitCodes(childExitCode: number, statuses: readonly (string | null)[]): number[] {
  const failedOutside = childExitCode === 1 && statuses.every((status) => status === 'passed');
  return statuses.map((status) =>
    status === null || childExitCode > 1 ? Math.max(1, childExitCode) : status === 'passed' && !failedOutside ? 0 : 1,
  );
}
