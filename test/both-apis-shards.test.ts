/**
 * A both-APIs run (WM_API=v1,hub-v2) in shards: each shard reports the APIs whose tests fell to
 * it, and `npm run report:merge` (with WM_API set) merges the blobs into the run's one report with
 * a section per API and one verdict. A slice of the suite (info, the document test and the
 * cross-API tests) keeps the runs short.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isJsonObject } from '../src/core/json.ts';
import { childEnv, runSuite } from '../src/mutation/run-suite.ts';
import { mergeBlobReports } from '../src/report/commands/merge.ts';

test.describe.configure({ timeout: 600_000 });

/** The sections of a both-APIs report: API → its number of tests. */
function sections(reportsDir: string): Record<string, number> {
  const parsed: unknown = JSON.parse(readFileSync(join(reportsDir, 'compliance', 'compliance.json'), 'utf8'));
  if (!isJsonObject(parsed) || parsed.schema !== 'wm-conformance/api-sections@1')
    throw new Error('no both-APIs report');
  const out: Record<string, number> = {};
  for (const s of Array.isArray(parsed.sections) ? parsed.sections : [])
    if (isJsonObject(s) && typeof s.api === 'string' && isJsonObject(s.model) && Array.isArray(s.model.tests))
      out[s.api] = s.model.tests.length;
  return out;
}

test('WM_API=v1,hub-v2 in 2 shards: each shard its APIs, merged the one report with both sections', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmct-both-shards-'));
  const slice = ['--grep', '@info|@document|cross-API'];
  const env = { WM_API: 'v1,hub-v2', WMCT_BLOB: '1' };
  const shards = await Promise.all(
    [1, 2].map((i) =>
      runSuite({ reportsDir: join(dir, `shard-${i}`), args: [...slice, `--shard=${i}/2`], env, softChecks: false }),
    ),
  );
  for (const run of shards)
    expect({ exit: run.exitCode, verdict: run.verdict }, run.stderr.slice(-2000)).toEqual({ exit: 0, verdict: 'PASS' });
  const perShard = [1, 2].map((i) => sections(join(dir, `shard-${i}`)));
  const merged = mergeBlobReports(
    [1, 2].map((i) => join(dir, `shard-${i}`, 'blob')),
    { env: childEnv({ WM_REPORTS_DIR: join(dir, 'merged'), WMCT_QUIET: '1', WM_API: 'v1,hub-v2' }) },
  );
  expect(merged.exitCode, merged.stderr.slice(-2000)).toBe(0);
  const all = sections(join(dir, 'merged'));
  expect(Object.keys(all)).toEqual(['v1', 'hub-v2']);
  for (const api of ['v1', 'hub-v2']) expect(all[api], api).toBe(perShard.reduce((sum, s) => sum + (s[api] ?? 0), 0));
  expect(all['hub-v2']).toBeGreaterThan(2);
});
