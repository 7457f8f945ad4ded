import { expect, test } from '@playwright/test';
import {
  checksAttachmentOf,
  isBreakingAttachment,
  isCheckResult,
  isInfoAttachment,
  isRunFacts,
  type BreakingAttachment,
  type ChecksAttachment,
  type InfoAttachment,
} from './attachments.ts';

const RESULT = { check: 'schema', family: 'schema', operation: 'getInfo', outcome: 'pass', message: 'ok' } as const;

test('a checks attachment as written is read back unchanged', () => {
  const written: ChecksAttachment = {
    results: [RESULT],
    stats: { requests: 3, retries: 1, waitMs: 20 },
    observed: { getInfo: [200, 401] },
  };
  expect(checksAttachmentOf(JSON.parse(JSON.stringify(written)))).toEqual(written);
});

test('a checks attachment keeps what fits and leaves out what does not', () => {
  const read = checksAttachmentOf({
    results: [RESULT, { check: 'x' }, 7],
    stats: { requests: 'many' },
    observed: { a: [200, 'x'], b: 'no' },
  });
  expect(read).toEqual({ results: [RESULT], stats: { requests: 0, retries: 0, waitMs: 0 }, observed: { a: [200] } });
  expect(checksAttachmentOf({})).toEqual({ results: [], stats: { requests: 0, retries: 0, waitMs: 0 }, observed: {} });
  expect(checksAttachmentOf('text')).toBeNull();
  expect(checksAttachmentOf(undefined)).toBeNull();
});

test('the guards accept what the writers attach and refuse the rest', () => {
  const info: InfoAttachment = { client: 'full', status: 200, body: null };
  expect(isInfoAttachment(info)).toBe(true);
  expect(isInfoAttachment({ client: 'full', status: '200', body: {} })).toBe(false);
  expect(isInfoAttachment({ client: 'full', status: 200 })).toBe(false);

  const change = {
    id: 'response-property-removed',
    severity: 'ERR',
    operation: 'getInfo',
    method: 'GET',
    path: '/info',
    location: 'x',
    message: 'm',
  };
  const breaking: BreakingAttachment = {
    baseline: 'v1',
    failOn: 'ERR',
    counts: { ERR: 1 },
    changes: [change],
    ignored: [{ ...change, reason: 'r' }],
    notes: ['n'],
  };
  expect(isBreakingAttachment(breaking)).toBe(true);
  expect(isBreakingAttachment({ baseline: 'v1', counts: {}, changes: [] })).toBe(true);
  expect(isBreakingAttachment({ ...breaking, ignored: [change] })).toBe(false);
  expect(isBreakingAttachment({ ...breaking, counts: { ERR: '1' } })).toBe(false);
  expect(isBreakingAttachment({ ...breaking, failOn: 3 })).toBe(false);

  expect(isCheckResult(RESULT)).toBe(true);
  expect(isCheckResult({ check: 'schema', operation: 'x' })).toBe(false);
  expect(isRunFacts({ runId: 'r', target: {}, document: {} })).toBe(true);
  expect(isRunFacts({ runId: 'r', target: {} })).toBe(false);
});
