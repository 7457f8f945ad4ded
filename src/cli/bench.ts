/**
 * `npm run bench`: how fast the suite is, measured (never asserted by timed tests).
 *   1. A full run against the embedded target (1 worker, so the split adds up): wall time, split
 *      into start-up (target, document fetch and validation, tokens), waiting on the target, and
 *      the suite's own work (validation, synthesis, checks, fixtures, reporting, process start).
 *   2. Per-response validation cost for the largest response (median, p99).
 *   3. Scaling over synthetic documents of 25, 250 and 2,500 operations: collection and schema
 *      compilation time and memory, each in a fresh process; growth per ×10 should stay near 10.
 * Writes reports/bench.json and prints a table (the README shows one run).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BenchRun } from '../bench/timing-reporter.ts';
import { validationCost, type ValidationCost } from '../bench/validation.ts';
import { exitWithError } from '../config/errors.ts';
import { loadConfig, PROJECT_ROOT } from '../config/load.ts';
import { isJsonObject } from '../document/resolve.ts';
import { childEnv } from '../mutation/run-suite.ts';

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

function run(command: string, args: readonly string[], env: Record<string, string>): Promise<{ code: number; stdout: string; ms: number }> {
  const started = performance.now();
  const child = spawn(command, [...args], { cwd: PROJECT_ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'inherit'] });
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
  const result = await run(process.execPath, [cli, 'test', '-c', join(PROJECT_ROOT, 'playwright.config.ts'), `--reporter=${join(PROJECT_ROOT, 'src', 'bench', 'timing-reporter.ts')}`], {
    WMCT_BENCH_OUT: out,
    WM_MAX_CONCURRENCY: String(workers),
    WM_REPORTS_DIR: dir,
  });
  const parsed: unknown = JSON.parse(readFileSync(out, 'utf8'));
  if (!isBenchRun(parsed)) throw new Error('the benchmark run wrote no timings');
  if (result.code !== 0 || parsed.failed > 0) throw new Error(`the benchmark run failed (exit ${result.code}); run npm run conformance to see why`);
  return { ...parsed, processMs: result.ms };
}

function isScalePoint(value: unknown): value is ScalePoint {
  return isJsonObject(value) && typeof value.operations === 'number' && typeof value.compileMs === 'number';
}

async function scalePoint(operations: number): Promise<ScalePoint> {
  const tsx = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const result = await run(process.execPath, [tsx, join(PROJECT_ROOT, 'src', 'bench', 'scale-child.ts'), String(operations)], {});
  const parsed: unknown = JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}');
  if (!isScalePoint(parsed)) throw new Error(`scaling measurement for ${operations} operations failed`);
  return parsed;
}

const ms = (n: number): string => `${Math.round(n).toLocaleString('en-US')} ms`;
const us = (n: number): string => `${n.toFixed(1)} µs`;

async function main(): Promise<void> {
  const config = loadConfig();
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version, platform: `${process.platform} ${process.arch}` };
  process.stdout.write(`wm-conformance bench on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GiB, Node ${machine.node}\n`);

  const serial = await fullRun(1);
  const parallel = await fullRun(Math.min(2, machine.cores));
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
    overheadShareOfWaiting: serial.waitMs === 0 ? null : Math.round((ownMs / serial.waitMs) * 100) / 100,
    tests: serial.tests,
    requests: serial.requests,
  };
  const validation: ValidationCost = await validationCost();
  const scaling: ScalePoint[] = [];
  for (const n of [25, 250, 2500]) scaling.push(await scalePoint(n));
  const growth = scaling.slice(1).map((p, i) => {
    const prev = scaling[i];
    return prev === undefined ? null : { from: prev.operations, to: p.operations, collect: p.collectMs / prev.collectMs, compile: p.compileMs / prev.compileMs, heap: p.heapMb / prev.heapMb };
  });

  const report = { date: new Date().toISOString(), machine, fullRun: { oneWorker: split, twoWorkersWallMs: parallel.processMs }, validation, scaling, growth };
  mkdirSync(config.reportsDir, { recursive: true });
  const file = join(config.reportsDir, 'bench.json');
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);

  const lines = [
    '',
    `full run, embedded target, ${split.tests} tests, ${split.requests} requests:`,
    `  wall time (1 worker)         ${ms(split.wallMs)}   (2 workers: ${ms(parallel.processMs)})`,
    `  start-up                     ${ms(split.startupMs)}   (target ${ms(serial.setup?.targetStartMs ?? 0)}, document ${ms(serial.setup?.documentMs ?? 0)}, tokens+info ${ms(serial.setup?.tokensAndInfoMs ?? 0)})`,
    `  waiting on the target        ${ms(split.waitingMs)}`,
    `  the suite's own work         ${ms(split.ownWorkMs)}   (${split.overheadShareOfWaiting ?? '?'}× the waiting time)`,
    `    inside the tests           ${ms(split.ownWorkInTestsMs)}   (checks, validation, synthesis, fixtures)`,
    `    outside the tests          ${ms(split.ownWorkOutsideTestsMs)}   (process and worker start-up, loading, collection, reporting)`,
    `validation of the largest response (${validation.bytes.toLocaleString('en-US')} bytes, ${validation.iterations}×):`,
    `  document schema (ajv)        median ${us(validation.schemaMedianUs)}, p99 ${us(validation.schemaP99Us)}`,
    `  strict reading               median ${us(validation.strictMedianUs)}, p99 ${us(validation.strictP99Us)}`,
    'scaling (synthetic documents):',
    '  operations  tests   schemas  validate   collect    compile    heap',
    ...scaling.map((p) => `  ${String(p.operations).padStart(10)}  ${String(p.tests).padStart(6)}  ${String(p.schemas).padStart(7)}  ${ms(p.validateMs).padStart(9)}  ${ms(p.collectMs).padStart(9)}  ${ms(p.compileMs).padStart(9)}  ${p.heapMb.toFixed(0).padStart(4)} MB`),
    ...growth.map((g) => (g === null ? '' : `  ×10 (${g.from} → ${g.to}): collect ×${g.collect.toFixed(1)}, compile ×${g.compile.toFixed(1)}, heap ×${g.heap.toFixed(1)}`)),
    `written: ${file}`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

main().catch(exitWithError);
