/**
 * `npm run bench`: how fast the suite is, measured (never asserted by timed tests). Writes
 * reports/bench.json and prints a table (the README's "Detection power and speed" shows one run).
 * The five figures of the speed goals, each measured on this machine (its CPU, cores, memory,
 * Node version and load average are recorded with them):
 *   1. a failing run against the clean run: `npm run conformance` against a reference fault that
 *      breaks a check in most tests (default undocumented-field) and against the clean target,
 *      whole commands, every reporter on; the ratio of their wall times, and how long a new
 *      worker takes to start (Playwright replaces a worker after every failed test): its age
 *      when ready for its first test, and a bare Playwright worker's for comparison;
 *   2. `npm run conformance` on the embedded target, whole command, every reporter on (median of
 *      --runs, default 3), and where its time goes (src/bench/marks.ts);
 *   3. the suite's own work against its waiting on the target (1 worker, quiet reporters, so the
 *      split adds up);
 *   4. `npm test`'s wall time: given (--npm-test-seconds <s>) or measured (--with-npm-test);
 *   5. against a slow target (WM_REFERENCE_LATENCY_MS, default 50 ms) at 2 and 8 workers: the
 *      wall time against requests × latency ÷ workers.
 * Then the per-response validation cost and the scaling over synthetic documents (25, 250, 2,500
 * operations). --skip-scaling leaves those out.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import type { BenchRun } from '../bench/timing-reporter.ts';
import {
  idealMs,
  median,
  percentile,
  ratio,
  runCounts,
  stepName,
  testsPhaseMs,
  timeline,
  workerStartups,
  type RunCounts,
  type Step,
} from '../bench/figures.ts';
import { MARKS_ENV, readMarks } from '../bench/marks.ts';
import { exitWithError, UsageError } from '../core/errors.ts';
import { validationCost, type ValidationCost } from '../bench/validation.ts';
import { loadConfig, PROJECT_ROOT } from '../config/load.ts';
import { isJsonObject } from '../core/json.ts';
import { childEnv } from '../mutation/run-suite.ts';
import { processEnvironment } from '../config/internal.ts';

interface ScalePoint {
  readonly operations: number;
  readonly tests: number;
  readonly schemas: number;
  readonly validateMs: number;
  readonly collectMs: number;
  readonly compileMs: number;
  readonly heapMb: number;
  readonly rssMb: number;
}

function run(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; ms: number }> {
  const started = performance.now();
  const child = spawn(command, [...args], {
    cwd: PROJECT_ROOT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code: code ?? 1, stdout, ms: Math.round(performance.now() - started) });
    });
  });
}

function isBenchRun(value: unknown): value is BenchRun {
  return isJsonObject(value) && typeof value.tests === 'number' && typeof value.waitMs === 'number';
}

async function fullRun(workers: number): Promise<BenchRun & { processMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'wmct-bench-'));
  const out = join(dir, 'run.json');
  const cli = join(PROJECT_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
  const result = await run(
    process.execPath,
    [
      cli,
      'test',
      '-c',
      join(PROJECT_ROOT, 'playwright.config.ts'),
      `--reporter=${join(PROJECT_ROOT, 'src', 'bench', 'timing-reporter.ts')}`,
    ],
    {
      WMCT_BENCH_OUT: out,
      WM_MAX_CONCURRENCY: String(workers),
      WM_REPORTS_DIR: dir,
    },
  );
  const parsed: unknown = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  if (!isBenchRun(parsed)) throw new Error('the benchmark run wrote no timings');
  if (result.code !== 0 || parsed.failed > 0)
    throw new Error(`the benchmark run failed (exit ${result.code}); run npm run conformance to see why`);
  return { ...parsed, processMs: result.ms };
}

function isScalePoint(value: unknown): value is ScalePoint {
  return isJsonObject(value) && typeof value.operations === 'number' && typeof value.compileMs === 'number';
}

async function scalePoint(operations: number): Promise<ScalePoint> {
  const tsx = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const result = await run(
    process.execPath,
    [tsx, join(PROJECT_ROOT, 'src', 'bench', 'scale-child.ts'), String(operations)],
    {},
  );
  const parsed: unknown = JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}');
  if (!isScalePoint(parsed)) throw new Error(`scaling measurement for ${operations} operations failed`);
  return parsed;
}

interface Options {
  readonly runs: number;
  readonly fault: string;
  readonly latencyMs: number;
  readonly npmTestSeconds: number | null;
  readonly withNpmTest: boolean;
  readonly skipScaling: boolean;
}

function options(argv: readonly string[]): Options {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        runs: { type: 'string' },
        fault: { type: 'string' },
        latency: { type: 'string' },
        'npm-test-seconds': { type: 'string' },
        'with-npm-test': { type: 'boolean' },
        'skip-scaling': { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? (error.message.split('\n')[0] ?? 'bad flags') : 'bad flags');
  }
  const whole = (value: string | undefined, flag: string, fallback: number, min: number, max: number): number => {
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
      throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got "${value}"`);
    return Number(value);
  };
  const npmTest = values['npm-test-seconds'];
  return {
    runs: whole(values.runs, '--runs', 3, 1, 20),
    fault: values.fault ?? 'undocumented-field',
    latencyMs: whole(values.latency, '--latency', 50, 1, 10_000),
    npmTestSeconds: npmTest === undefined ? null : whole(npmTest, '--npm-test-seconds', 0, 1, 100_000),
    withNpmTest: values['with-npm-test'] === true,
    skipScaling: values['skip-scaling'] === true,
  };
}

/** One `npm run conformance`, the whole command as a user runs it, every reporter on. */
interface CommandRun {
  readonly wallMs: number;
  readonly exitCode: number;
  readonly counts: RunCounts | null;
  readonly steps: Step[];
  readonly workerStartMs: number[];
  readonly testsMs: number | null;
}

/** npm as this bench was started with (`npm run bench`), else the one on the PATH. */
function npmCommand(): { command: string; args: string[] } {
  const cli = processEnvironment().npm_execpath;
  return cli !== undefined && cli.endsWith('.js')
    ? { command: process.execPath, args: [cli] }
    : { command: 'npm', args: [] };
}

async function conformanceRun(env: Record<string, string>): Promise<CommandRun> {
  const dir = mkdtempSync(join(tmpdir(), 'wmct-bench-'));
  const marks = join(dir, 'marks.jsonl');
  try {
    const npm = npmCommand();
    const spawnedAt = Date.now();
    const result = await run(npm.command, [...npm.args, 'run', '--silent', 'conformance'], {
      ...env,
      [MARKS_ENV]: marks,
      WM_REPORTS_DIR: join(dir, 'reports'),
    });
    const exitedAt = spawnedAt + result.ms;
    const all = readMarks(marks);
    return {
      wallMs: result.ms,
      exitCode: result.code,
      counts: runCounts(result.stdout),
      steps: timeline(all, spawnedAt, exitedAt),
      workerStartMs: workerStartups(all),
      testsMs: testsPhaseMs(all),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How old a bare Playwright worker (a config and a spec of one empty test, no suite code) is at its first test (ms; median of 3). */
async function bareWorkerStartMs(): Promise<number> {
  const dir = join(PROJECT_ROOT, '.wmct', `bench-bare-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const out = join(dir, 'ages.txt');
    writeFileSync(
      join(dir, 'bare.config.mjs'),
      "export default { testDir: '.', testMatch: /bare\\.spec\\.mjs$/, workers: 1, reporter: [], outputDir: './out' };\n",
    );
    writeFileSync(
      join(dir, 'bare.spec.mjs'),
      "import { test } from '@playwright/test';\nimport { appendFileSync } from 'node:fs';\ntest('bare', () => { appendFileSync(process.env.WMCT_BARE_OUT, `${Math.round(performance.now())}\\n`); });\n",
    );
    const cli = join(PROJECT_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
    for (let i = 0; i < 3; i++)
      await run(process.execPath, [cli, 'test', '-c', join(dir, 'bare.config.mjs')], { WMCT_BARE_OUT: out });
    return median(
      readFileSync(out, 'utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map(Number),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function check(runResult: CommandRun, what: string, expectFailures: boolean): RunCounts {
  const counts = runResult.counts;
  if (counts === null)
    throw new Error(
      `${what}: the run printed no closing summary (exit ${runResult.exitCode}); run npm run conformance to see why`,
    );
  if (!expectFailures && (runResult.exitCode !== 0 || counts.failed > 0))
    throw new Error(`${what} failed (exit ${runResult.exitCode}); run npm run conformance to see why`);
  return counts;
}

async function npmTestSeconds(o: Options): Promise<{ seconds: number | null; source: string }> {
  if (o.npmTestSeconds !== null) return { seconds: o.npmTestSeconds, source: '--npm-test-seconds' };
  if (!o.withNpmTest)
    return { seconds: null, source: 'not measured (--with-npm-test measures it, --npm-test-seconds gives it)' };
  const npm = npmCommand();
  const result = await run(npm.command, [...npm.args, 'test'], {});
  return { seconds: Math.round(result.ms / 100) / 10, source: `measured (exit ${result.code})` };
}

const ms = (n: number): string => `${Math.round(n).toLocaleString('en-US')} ms`;
const sec = (n: number): string => `${(n / 1000).toFixed(1)} s`;
const us = (n: number): string => `${n.toFixed(1)} µs`;

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const config = loadConfig();
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
  };
  process.stdout.write(
    `wm-conformance bench on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GiB, Node ${machine.node} (load average ${machine.loadAverageAtStart.join(', ')})\n`,
  );

  // 2. npm run conformance, whole command, every reporter on (median of the runs).
  const cleanRuns: CommandRun[] = [];
  for (let i = 0; i < o.runs; i++) {
    const r = await conformanceRun({});
    check(r, 'the clean run', false);
    cleanRuns.push(r);
  }
  const cleanWall = median(cleanRuns.map((r) => r.wallMs));
  const clean =
    cleanRuns.find((r) => r.wallMs === cleanWall) ??
    cleanRuns.reduce((a, r) => (Math.abs(r.wallMs - cleanWall) < Math.abs(a.wallMs - cleanWall) ? r : a));
  const cleanCounts = check(clean, 'the clean run', false);

  // 1. A failing run against the clean one; a new worker's start-up.
  const failing = await conformanceRun({ WM_REFERENCE_FAULTS: o.fault });
  const failingCounts = check(failing, `the run against ${o.fault}`, true);
  const bare = await bareWorkerStartMs();
  const starts = [...cleanRuns.flatMap((r) => r.workerStartMs), ...failing.workerStartMs];
  const workerStart = median(starts);

  // 3. Own work against waiting: one worker, quiet reporters (the split adds up).
  const serial = await fullRun(1);
  const setupMs = serial.setup?.setupMs ?? 0;
  const ownMs = Math.max(0, serial.processMs - setupMs - serial.waitMs);
  const split = {
    wallMs: serial.processMs,
    startupMs: setupMs,
    startup: serial.setup,
    waitingMs: serial.waitMs,
    ownWorkMs: ownMs,
    /** Of the own work: inside the tests (checks, validation, synthesis, fixtures)… */
    ownWorkInTestsMs: Math.max(0, serial.testMs - serial.waitMs),
    /** …and outside them (process and worker start-up, TypeScript loading, collection, reporting). */
    ownWorkOutsideTestsMs: Math.max(0, serial.processMs - setupMs - serial.testMs),
    overheadShareOfWaiting: ratio(ownMs, serial.waitMs),
    tests: serial.tests,
    requests: serial.requests,
  };

  // 5. A slow target at 2 and 8 workers.
  const slow = [];
  for (const workers of [2, 8]) {
    const r = await conformanceRun({
      WM_REFERENCE_LATENCY_MS: String(o.latencyMs),
      WM_MAX_CONCURRENCY: String(workers),
    });
    const counts = check(r, `the run against a target with ${o.latencyMs} ms latency, ${workers} workers`, false);
    const ideal = idealMs(counts.requests, o.latencyMs, workers);
    slow.push({
      workers,
      requests: counts.requests,
      wallMs: r.wallMs,
      testsMs: r.testsMs,
      idealMs: ideal,
      ratio: ratio(r.wallMs, ideal),
      testsRatio: r.testsMs === null ? null : ratio(r.testsMs, ideal),
    });
  }

  // 4. npm test (the other half of the issue: given or measured on request).
  const npmTest = await npmTestSeconds(o);

  const validation: ValidationCost = await validationCost();
  const scaling: ScalePoint[] = [];
  if (!o.skipScaling) for (const n of [25, 250, 2500]) scaling.push(await scalePoint(n));
  const growth = scaling.slice(1).map((p, i) => {
    const prev = scaling[i];
    return prev === undefined
      ? null
      : {
          from: prev.operations,
          to: p.operations,
          collect: p.collectMs / prev.collectMs,
          compile: p.compileMs / prev.compileMs,
          heap: p.heapMb / prev.heapMb,
        };
  });

  const goals = {
    failingRunRatio: {
      value: ratio(failing.wallMs, cleanWall),
      goal: 1.3,
      fault: o.fault,
      cleanWallMs: cleanWall,
      failingWallMs: failing.wallMs,
      failing: failingCounts,
      workersStarted: failing.workerStartMs.length,
      workerStartMs: { median: workerStart, p90: percentile(starts, 90), of: starts.length },
      bareWorkerStartMs: bare,
      suiteWorkerStartMs: Math.max(0, workerStart - bare),
      suiteWorkerStartGoalMs: 300,
    },
    conformanceWall: {
      valueMs: cleanWall,
      goalMs: 8_000,
      runsMs: cleanRuns.map((r) => r.wallMs),
      tests: cleanCounts.tests,
      requests: cleanCounts.requests,
      steps: clean.steps.map((s) => ({ ...s, what: stepName(s.step) })),
    },
    ownWorkShare: { value: split.overheadShareOfWaiting, goal: 1, ...split },
    npmTest: { seconds: npmTest.seconds, goalSeconds: 240, source: npmTest.source },
    slowTarget: { latencyMs: o.latencyMs, goal: 1.2, runs: slow },
  };
  const report = {
    date: new Date().toISOString(),
    machine: { ...machine, loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100) },
    goals,
    validation,
    scaling,
    growth,
  };
  mkdirSync(config.reportsDir, { recursive: true });
  const file = join(config.reportsDir, 'bench.json');
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);

  const f = goals.failingRunRatio;
  const lines = [
    '',
    `1. failing run (${o.fault}: ${failingCounts.failed} of ${failingCounts.tests} tests fail): ${sec(failing.wallMs)} against ${sec(cleanWall)} clean = ${f.value ?? '?'}× (goal ≤ ${f.goal})`,
    `   a new worker is ready after ${ms(workerStart)} (p90 ${ms(f.workerStartMs.p90)}, ${f.workersStarted} started in the failing run); a bare Playwright worker ${ms(bare)}: the suite's own ${ms(f.suiteWorkerStartMs)} (goal ≤ 300 ms)`,
    `2. npm run conformance, embedded target, every reporter on: ${sec(cleanWall)} (runs: ${cleanRuns.map((r) => sec(r.wallMs)).join(', ')}; goal ≤ 8 s), ${cleanCounts.tests} tests, ${cleanCounts.requests} requests:`,
    ...clean.steps.map((st) => `     ${ms(st.ms).padStart(9)}  ${stepName(st.step)}`),
    `3. the suite's own work ${ms(split.ownWorkMs)} against ${ms(split.waitingMs)} waiting on the target = ${split.overheadShareOfWaiting ?? '?'}× (goal ≤ 1; 1 worker, quiet reporters: ${ms(split.wallMs)} wall)`,
    `     inside the tests ${ms(split.ownWorkInTestsMs)} (checks, validation, synthesis, fixtures); outside ${ms(split.ownWorkOutsideTestsMs)} (start-up, loading, collection, reporting); set-up ${ms(split.startupMs)}`,
    `4. npm test: ${npmTest.seconds === null ? npmTest.source : `${npmTest.seconds} s (${npmTest.source}; goal ≤ 240 s)`}`,
    `5. slow target (${o.latencyMs} ms per answer; goal ≤ 1.2× requests × latency ÷ workers):`,
    ...slow.map(
      (r) =>
        `     ${r.workers} workers: ${sec(r.wallMs)} for ${r.requests} requests, ideal ${sec(r.idealMs)} = ${r.ratio ?? '?'}× (the tests alone ${r.testsMs === null ? '?' : sec(r.testsMs)} = ${r.testsRatio ?? '?'}×)`,
    ),
    `validation of the largest response (${validation.bytes.toLocaleString('en-US')} bytes, ${validation.iterations}×):`,
    `  document schema (ajv)        median ${us(validation.schemaMedianUs)}, p99 ${us(validation.schemaP99Us)}`,
    `  strict reading               median ${us(validation.strictMedianUs)}, p99 ${us(validation.strictP99Us)}`,
    ...(scaling.length === 0
      ? []
      : [
          'scaling (synthetic documents):',
          '  operations  tests   schemas  validate   collect    compile    heap',
          ...scaling.map(
            (p) =>
              `  ${String(p.operations).padStart(10)}  ${String(p.tests).padStart(6)}  ${String(p.schemas).padStart(7)}  ${ms(p.validateMs).padStart(9)}  ${ms(p.collectMs).padStart(9)}  ${ms(p.compileMs).padStart(9)}  ${p.heapMb.toFixed(0).padStart(4)} MB`,
          ),
          ...growth.map((g) =>
            g === null
              ? ''
              : `  ×10 (${g.from} → ${g.to}): collect ×${g.collect.toFixed(1)}, compile ×${g.compile.toFixed(1)}, heap ×${g.heap.toFixed(1)}`,
          ),
        ]),
    `machine load average at the start ${machine.loadAverageAtStart.join(', ')}, at the end ${report.machine.loadAverageAtEnd.join(', ')} (a shared machine makes every figure slower)`,
    `written: ${file}`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

main().catch(exitWithError);
