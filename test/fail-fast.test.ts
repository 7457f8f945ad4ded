/**
 * Fail fast: a target that fails every test's set-up the same way (its writes answer 307 or 500,
 * or hang) ends the run quickly as a FAIL. Five tests in a row failing on the same set-up stop
 * the run: those five stay failed (no stack trace), every later test is skipped with a reason
 * starting "fail-fast:", the console shows the failure once and the reason once, and the
 * report counts every request the target received, timed-out ones included.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningReferenceTarget } from '../reference/target.ts';
import { doctor, type Answer, type DoctorOptions } from './support/doctored.ts';
import { readMarks } from '../src/bench/marks.ts';
import { expiredTokenEnv, startConformance, standaloneTarget, type ChildRun } from './support/standalone.ts';

/** A write: POST, PUT, PATCH or DELETE, except the searches (POSTs that change nothing). */
function isWrite(method: string, path: string): boolean {
  return ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method) && !path.endsWith('/search');
}

interface Case {
  readonly name: string;
  /** The answer to every write (undefined: the write hangs). */
  readonly write?: Answer;
  readonly env?: Readonly<Record<string, string>>;
  /** The set-up failure every test meets first. */
  readonly cause: string;
}

const PROBLEM_500: Answer = {
  status: 500,
  contentType: 'application/problem+json',
  body: JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500 }),
};

const CASES: readonly Case[] = [
  {
    name: 'writes answer 307',
    write: { status: 307, contentType: '', body: '', headers: { location: 'http://127.0.0.1:9/elsewhere' } },
    cause: 'createProject answered 307',
  },
  { name: 'writes answer 500', write: PROBLEM_500, cause: 'createProject answered 500' },
  { name: 'writes hang', env: { WM_REQUEST_TIMEOUT_MS: '1000' }, cause: 'createProject: request timed out' },
];

/** The reason every test after the breaker tripped is skipped with. */
function failFastReason(cause: string): string {
  return `fail-fast: the target failed 5 tests in a row the same way: ${cause}`;
}

function report(run: ChildRun): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(join(run.reportsDir, 'compliance', 'compliance.json'), 'utf8'));
  return typeof parsed === 'object' && parsed !== null ? Object.fromEntries(Object.entries(parsed)) : {};
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.map((v: unknown) => (typeof v === 'object' && v !== null ? Object.fromEntries(Object.entries(v)) : {}))
    : [];
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? Object.entries(value).find(([k]) => k === name)?.[1] : undefined;
}

/** The number of the failure (`  3) title`) whose text holds `line`. */
function failureAbove(output: string, line: string): string {
  const above = output.slice(0, output.indexOf(line)).split('\n').reverse();
  return above.map((l) => /^ {2}(\d+)\) /.exec(l)?.[1]).find((n) => n !== undefined) ?? 'none';
}

async function conformance(
  target: RunningReferenceTarget,
  env: Record<string, string>,
  args: readonly string[],
): Promise<{ run: ChildRun; code: number | null; ms: number }> {
  const started = Date.now();
  const run = startConformance(target, args, env);
  const { code } = await run.exited;
  return { run, code, ms: Date.now() - started };
}

test.describe.configure({ mode: 'parallel' });

for (const c of CASES) {
  test(`fail fast: ${c.name}`, async () => {
    test.setTimeout(240_000);
    const target = await standaloneTarget();
    // When each API request reached the target (epoch ms), hanging ones included.
    const arrivals: number[] = [];
    const options: DoctorOptions = {
      api: ({ method, path }) => {
        arrivals.push(Date.now());
        return isWrite(method, path) ? c.write : undefined;
      },
      ...(c.write === undefined ? { hang: ({ method, path }) => isWrite(method, path) } : {}),
    };
    const front = await doctor(target, options);
    try {
      // The run's own time marks (npm run bench's) say when its global setup (preflight, start
      // sweep) ended: what reached the target until then is the set-up's, the rest the tests'.
      const marks = join(mkdtempSync(join(tmpdir(), 'wmct-fail-fast-')), 'marks.jsonl');
      // Console output on (progress and closing summary), the slow reports off; the expired
      // token given (not waited out: no case is about it).
      const env = {
        ...front.env,
        ...(await expiredTokenEnv(target)),
        ...c.env,
        WMCT_QUIET: '0',
        WMCT_ALLURE: '0',
        WMCT_BLOB: '0',
        WMCT_BENCH_MARKS: marks,
      };
      const { run, code, ms } = await conformance(target, env, []);
      const output = run.output();
      expect(code, output.slice(-3000)).toBe(1);
      // Without the breaker every test meets the failure (3.5 minutes for 307s here); with it, a
      // handful do (the bound is generous: this machine's load varies).
      expect(ms, 'the run ends quickly').toBeLessThan(150_000);
      expect(output, 'no stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

      const r = report(run);
      expect(r.verdict).toBe('FAIL');
      const tests = list(r.tests);
      const skipped = tests.filter((t) => t.status === 'skipped');
      const failFast = skipped.filter((t) => typeof t.skipReason === 'string' && t.skipReason.startsWith('fail-fast:'));
      expect(failFast.length, 'most tests are skipped by the breaker').toBeGreaterThan(tests.length / 2);
      expect([...new Set(failFast.map((t) => t.skipReason))]).toEqual([failFastReason(c.cause)]);
      const failed = tests.filter((t) => t.status === 'failed');
      expect(failed.length).toBeGreaterThanOrEqual(5);
      expect(
        tests.filter((t) => t.status !== 'skipped').length,
        'few tests ran before the breaker tripped',
      ).toBeLessThan(25);
      expect(failed.some((t) => typeof t.error === 'string' && t.error.includes(c.cause))).toBe(true);

      // The cause on the console: once as the first failure, once as the reason of the skips; the
      // other tests that failed the same way only by title.
      const lines = output.split('\n').filter((l) => l.includes(c.cause));
      expect(lines, output.slice(-4000)).toHaveLength(2);
      const first = failureAbove(output, lines[0] ?? '');
      expect(
        output.split('\n').filter((l) => l.endsWith(`— failed like ${first}) above`)).length,
        output.slice(0, 4000),
      ).toBeGreaterThanOrEqual(4);
      expect(lines[1]).toBe(`  ${failFast.length} tests skipped — ${failFastReason(c.cause)}`);

      // Every request the target received from the tests is counted, timed-out ones included.
      const setupEnd = readMarks(marks).find((m) => m.mark === 'setup-end')?.at;
      expect(setupEnd, 'the run marked the end of its set-up').toBeDefined();
      const setupRequests = arrivals.filter((at) => at <= (setupEnd ?? 0)).length;
      expect(setupRequests, 'the set-up sent requests (preflight, start sweep)').toBeGreaterThan(0);
      const requests = field(r.counts, 'requests');
      expect(requests).toBeGreaterThan(0);
      expect(requests, 'requests counted = requests the target received').toBe(arrivals.length - setupRequests);
    } finally {
      await front.stop();
      await target.stop();
    }
  });
}
