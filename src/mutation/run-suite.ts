/**
 * Runs the whole conformance suite in a child process against a fresh embedded reference
 * target (optionally with faults switched on) and reads back which checks failed, from the
 * compliance report. Used by the project's own tests and by `npm run mutation`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config/load.ts';
import { isJsonObject } from '../core/json.ts';
import { processEnvironment } from '../config/internal.ts';

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

export function runSuite(options: SuiteRunOptions): Promise<SuiteRunResult> {
  const started = Date.now();
  const env = childEnv({
    WMCT_QUIET: '1',
    ...(options.softChecks === false ? {} : { WMCT_SOFT_CHECKS: '1' }),
    WM_REPORTS_DIR: options.reportsDir,
    WM_MAX_CONCURRENCY: String(options.workers ?? 1),
    ...(options.faults === undefined || options.faults.length === 0
      ? {}
      : { WM_REFERENCE_FAULTS: options.faults.join(',') }),
    ...options.env,
  });
  const cli = join(PROJECT_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
  const child = spawn(
    process.execPath,
    [cli, 'test', '-c', join(PROJECT_ROOT, 'playwright.config.ts'), ...(options.args ?? [])],
    { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const complianceFile = join(options.reportsDir, 'compliance', 'compliance.json');
      const report: unknown = existsSync(complianceFile) ? JSON.parse(readFileSync(complianceFile, 'utf8')) : undefined;
      const strings = (value: unknown): string[] =>
        Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      const unattributed =
        isJsonObject(report) && Array.isArray(report.unattributed)
          ? report.unattributed.map((u) => JSON.stringify(u))
          : [];
      resolve({
        exitCode: code ?? 1,
        verdict: isJsonObject(report) && typeof report.verdict === 'string' ? report.verdict : 'NO REPORT',
        failedChecks: isJsonObject(report) ? strings(report.failedChecks) : [],
        unattributed,
        durationMs: Date.now() - started,
        stderr,
        stdout,
        complianceFile,
      });
    });
  });
}
