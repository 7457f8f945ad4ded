/** The bench's arithmetic (src/bench/figures.ts): timeline, worker start-ups, the summary line, ratios. */
import { expect, test } from '@playwright/test';
import type { Mark } from './marks.ts';
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
} from './figures.ts';

const at = (mark: string, t: number, extra: Partial<Mark> = {}): Mark => ({ mark, at: 1_000 + t, pid: 1, ...extra });

const MARKS: Mark[] = [
  at('cli-start', 100),
  at('runner-start', 300),
  at('setup-start', 900),
  at('target-started', 1_000),
  at('document', 1_200),
  at('tokens', 1_250),
  at('setup-end', 1_300),
  at('begin', 1_500),
  at('first-test', 2_000),
  at('worker-ready', 2_100, { ageMs: 600, pid: 7 }),
  at('test-end', 2_500),
  at('worker-ready', 2_600, { ageMs: 550, pid: 8 }),
  at('test-end', 4_000),
  at('teardown-start', 4_100),
  at('teardown-end', 4_150),
  at('end:start', 4_160),
  at('end:html', 4_660),
  at('end:secret-scan-reporter', 5_000),
];

test('the timeline: runner marks in time order, each with the time since the one before, up to the exit', () => {
  const steps = timeline([...MARKS].reverse(), 1_000, 6_200);
  expect(steps.map((s) => s.step)).toEqual([
    'cli-start',
    'runner-start',
    'setup-start',
    'target-started',
    'document',
    'tokens',
    'setup-end',
    'begin',
    'first-test',
    'last-test',
    'teardown-start',
    'teardown-end',
    'end:start',
    'end:html',
    'end:secret-scan-reporter',
    'exit',
  ]);
  expect(steps.map((s) => s.ms)).toEqual([
    100, 200, 600, 100, 200, 50, 50, 200, 500, 2_000, 100, 50, 10, 500, 340, 200,
  ]);
  expect(steps.reduce((sum, s) => sum + s.ms, 0)).toBe(5_200);
  expect(stepName('end:html')).toBe('reporter html (onEnd)');
  expect(stepName('target-started')).toBe('target start (embedded reference target)');
});

test('worker start-ups, the tests phase, medians and percentiles', () => {
  expect(workerStartups(MARKS)).toEqual([600, 550]);
  expect(testsPhaseMs(MARKS)).toBe(2_000);
  expect(testsPhaseMs([])).toBeNull();
  expect(median([5, 1, 3])).toBe(3);
  expect(median([4, 1, 3, 2])).toBe(3);
  expect(median([])).toBe(0);
  expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
});

test('the closing summary line gives the counts; ratios and the slow target ideal', () => {
  expect(runCounts('…\nwm-conformance: FAIL — 18 passed, 122 failed, 0 skipped of 140 tests; 1574 requests\n')).toEqual(
    { verdict: 'FAIL', passed: 18, failed: 122, skipped: 0, tests: 140, requests: 1574 },
  );
  expect(runCounts('no summary')).toBeNull();
  expect(idealMs(1574, 50, 2)).toBe(39_350);
  expect(ratio(13_000, 10_000)).toBe(1.3);
  expect(ratio(1, 0)).toBeNull();
});
