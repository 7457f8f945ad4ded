/** The closing summary names the fail-fast breaker's reason once, with how many tests it skipped; other skips are not listed. */
import { expect, test } from '@playwright/test';
import { skipReason } from '../../run/fail-fast.ts';
import { FACTS, mixedRun, record, result } from '../../../test/support/report/records.ts';
import { buildReportModel } from './model.ts';
import { summaryText } from './summary.ts';

const CHECKS = [{ id: 'success-status', family: 'status' as const, title: 'success status' }];

test("the breaker's reason once, with the count of the tests it skipped", () => {
  const reason = skipReason('createProject answered 307');
  const blocked = (n: number): ReturnType<typeof record> =>
    record(`getProject${n} · GET /api/v1/projects/{projectId} · contract`, {
      status: 'failed',
      error: 'Blocked: creating a project (home): createProject answered 307',
      results: [result('success-status', 'status', 'createProject', 'fail')],
    });
  const skipped = (n: number): ReturnType<typeof record> =>
    record(`getFile${n} · GET /api/v1/files/{fileId} · contract`, {
      status: 'skipped',
      skipReason: reason,
      requests: 0,
    });
  const tests = [...[1, 2, 3, 4, 5].map(blocked), ...[1, 2, 3].map(skipped), ...mixedRun()];
  const text = summaryText(buildReportModel({ tests, facts: FACTS, checks: CHECKS }), []);
  const lines = text.split('\n').filter((l) => l.includes('createProject answered 307'));
  expect(lines).toEqual([`  3 tests skipped — ${reason}`]);
  expect(text).not.toContain('WM_READ_ONLY=true: no file to read');
});

test('no line without fail-fast skips', () => {
  expect(summaryText(buildReportModel({ tests: mixedRun(), facts: FACTS, checks: CHECKS }), [])).not.toContain(
    'fail-fast',
  );
});
