/**
 * The bench's figures from what a measured run left: its marks (src/bench/marks.ts), the time
 * the bench spawned it and saw it exit, and its closing summary line. Pure functions, so the
 * arithmetic is tested (src/bench/figures.test.ts) without running the suite.
 */
import type { Mark } from './marks.ts';

/** One step of a run's timeline: what ended at that moment and how long it took since the step before. */
export interface Step {
  readonly step: string;
  readonly ms: number;
}

/** What the runner's marks mean, for people (README table, the bench's output). */
const STEP_NAMES: Readonly<Record<string, string>> = {
  'cli-start': 'process start: npm and the CLI process',
  'runner-start': 'the CLI checks the configuration, starts the runner process',
  'setup-start': 'the runner loads Playwright and the configuration',
  'target-started': 'target start (embedded reference target)',
  document: 'document: fetch, validation, model, banner',
  tokens: 'tokens and /info',
  'setup-end': 'rest of the set-up (expired token, run folder)',
  begin: 'collection (spec files, test plan)',
  'first-test': 'the first worker starts (to its first test)',
  'last-test': 'the tests',
  'end:start': 'the reporters begin',
  'teardown-start': 'the global teardown begins',
  'teardown-end': 'global teardown (run folder, target stop)',
  exit: 'the process exits',
};

export function stepName(mark: string): string {
  if (mark.startsWith('end:') && mark !== 'end:start') return `reporter ${mark.slice(4)} (onEnd)`;
  return STEP_NAMES[mark] ?? mark;
}

/**
 * The run's timeline from the bench's spawn (`spawnedAt`) to its exit: the runner-side marks in
 * time order (worker marks aside; of the per-test `test-end` marks only the last, as
 * `last-test`), each with the time since the one before.
 */
export function timeline(marks: readonly Mark[], spawnedAt: number, exitedAt: number): Step[] {
  const tests = marks.filter((m) => m.mark === 'test-end');
  const last = tests.reduce<Mark | undefined>((a, m) => (a === undefined || m.at > a.at ? m : a), undefined);
  const points = [
    ...marks.filter((m) => m.mark !== 'worker-ready' && m.mark !== 'test-end'),
    ...(last === undefined ? [] : [{ ...last, mark: 'last-test' }]),
  ]
    .map((m) => ({ mark: m.mark, at: m.at }))
    .concat([{ mark: 'exit', at: exitedAt }])
    .sort((a, b) => a.at - b.at);
  let previous = spawnedAt;
  return points.map((p) => {
    const step = { step: p.mark, ms: Math.max(0, Math.round(p.at - previous)) };
    previous = Math.max(previous, p.at);
    return step;
  });
}

/** How old each worker process was when it was ready for its first test (ms), in the order they started. */
export function workerStartups(marks: readonly Mark[]): number[] {
  return marks.filter((m) => m.mark === 'worker-ready' && m.ageMs !== undefined).map((m) => m.ageMs ?? 0);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : Math.round(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** The closing summary's counts: `wm-conformance: PASS — 140 passed, 0 failed, 0 skipped of 140 tests; 1574 requests`. */
export interface RunCounts {
  readonly verdict: string;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly tests: number;
  readonly requests: number;
}

const SUMMARY = /wm-conformance: ([A-Z]+) — (\d+) passed, (\d+) failed, (\d+) skipped of (\d+) tests?; (\d+) requests?/;

export function runCounts(stdout: string): RunCounts | null {
  const m = SUMMARY.exec(stdout);
  if (m === null) return null;
  const n = (i: number): number => Number(m[i] ?? '0');
  return { verdict: m[1] ?? '', passed: n(2), failed: n(3), skipped: n(4), tests: n(5), requests: n(6) };
}

/** Wall time of the tests: first test begun to last test ended (ms), or null without tests. */
export function testsPhaseMs(marks: readonly Mark[]): number | null {
  const first = marks.find((m) => m.mark === 'first-test');
  const ends = marks.filter((m) => m.mark === 'test-end').map((m) => m.at);
  if (first === undefined || ends.length === 0) return null;
  return Math.max(...ends) - first.at;
}

/** A slow target's ideal wall time: every request waits `latencyMs`, `workers` at a time. */
export function idealMs(requests: number, latencyMs: number, workers: number): number {
  return Math.round((requests * latencyMs) / workers);
}

export function ratio(value: number, base: number): number | null {
  return base <= 0 ? null : Math.round((value / base) * 100) / 100;
}
