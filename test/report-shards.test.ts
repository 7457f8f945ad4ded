/**
 * Sharded runs: the suite in 3 shards (each `playwright test --shard=i/3` with its own reports
 * folder, embedded target and blob report), merged with the merge the CLI uses, gives the same
 * compliance report as an unsharded run — except what differs per run and per target: timings,
 * run ids, ports, ids and dates the target generated, and the bodies of the recorded exchanges.
 * A fault (create-201) makes checks fail, so failures and their exchanges are compared too.
 * A slice of the suite (projects, info and the document test) keeps the four runs fast.
 */
import { expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv, runSuite } from '../src/mutation/run-suite.ts';
import { mergeBlobReports } from '../src/report/commands/merge.ts';

// Generous: on a busy machine (the whole project run) a suite run takes minutes instead of seconds.
test.describe.configure({ timeout: 600_000 });

const PER_RUN_KEYS = new Set([
  'durationMs',
  'startTime',
  'waitMs',
  'runId',
  'timings',
  'content-length',
  'date',
  'requestBody',
  'responseBody',
]);

function normalizeText(text: string): string {
  return text
    .replace(/http:\/\/127\.0\.0\.1:\d+/g, '<target>')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?/g, '<time>')
    .replace(/\d{8}T\d{6}-[a-z0-9]{6}/g, '<run>')
    .replace(/w\d+t\d+-/g, '<label>');
}

/** The report without what differs from run to run (see the header). */
function normalized(value: unknown): unknown {
  if (typeof value === 'string') return normalizeText(value);
  if (Array.isArray(value)) return value.map(normalized);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !PER_RUN_KEYS.has(k))
        .map(([k, v]) => [k, normalized(v)]),
    );
  }
  return value;
}

function report(reportsDir: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(join(reportsDir, 'compliance', 'compliance.json'), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error(`${reportsDir}: no compliance report`);
  return Object.fromEntries(Object.entries(parsed));
}

function testCount(r: Record<string, unknown>): number {
  return Array.isArray(r.tests) ? r.tests.length : -1;
}

test('3 shards merged equal an unsharded run', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmct-shards-'));
  const faults = ['create-201'];
  const slice = ['--grep', '@projects|@info|@document'];
  const runs = await Promise.all([
    ...[1, 2, 3].map((i) =>
      runSuite({
        reportsDir: join(dir, `shard-${i}`),
        faults,
        args: [...slice, `--shard=${i}/3`],
        env: { WMCT_BLOB: '1' },
      }),
    ),
    runSuite({ reportsDir: join(dir, 'unsharded'), faults, args: slice }),
  ]);
  for (const run of runs) expect(run.verdict, run.stderr.slice(-2000)).toBe('FAIL');

  const blobs = [1, 2, 3].map((i) => join(dir, `shard-${i}`, 'blob'));
  // Named report[-<hash of the command line>]-<shard>.zip by Playwright.
  for (const [i, blob] of blobs.entries())
    expect(
      readdirSync(blob).filter((f) => f.endsWith(`-${i + 1}.zip`)),
      `shard ${i + 1} wrote its blob`,
    ).toHaveLength(1);
  const merged = mergeBlobReports(blobs, { env: childEnv({ WM_REPORTS_DIR: join(dir, 'merged'), WMCT_QUIET: '1' }) });
  expect(merged.exitCode, merged.stderr.slice(-2000)).toBe(0);
  expect(merged.blobs).toBe(3);
  expect(existsSync(join(dir, 'merged', 'compliance', 'index.html'))).toBe(true);
  expect(existsSync(join(dir, 'merged', 'junit.xml'))).toBe(true);

  const unsharded = report(join(dir, 'unsharded'));
  const result = report(join(dir, 'merged'));
  const shardCounts = [1, 2, 3].map((i) => testCount(report(join(dir, `shard-${i}`))));
  expect(shardCounts.every((n) => n > 0 && n < testCount(unsharded))).toBe(true);
  expect(shardCounts.reduce((a, b) => a + b, 0)).toBe(testCount(unsharded));
  expect(result.facts, 'the run facts come from the shard that ran the document test').not.toBeNull();
  expect(result.failedChecks).toEqual(['status-documented', 'success-status']);
  expect(normalized(result)).toEqual(normalized(unsharded));
});
