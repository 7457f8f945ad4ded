/** Tests for CheckRecorder: passes counted per check and operation, failures kept one by one and redacted, known deviations by operationId and "*". */
import { expect, test } from '@playwright/test';
import { registerSecret } from '../core/redact.ts';
import { CheckRecorder, RUN_LEVEL } from './recorder.ts';
import type { CheckId } from './types.ts';
import type { KnownDeviation } from '../core/run-facts.ts';
import type { ExchangeRecord } from '../core/check-result.ts';

const SCHEMA: CheckId = { id: 'schema', family: 'schema', title: 'schema' };
const STRICT: CheckId = { id: 'strict-required', family: 'strict', title: 'strict' };
const PROBLEM: CheckId = { id: 'problem-body', family: 'problem', title: 'problem' };

const DEVIATIONS: readonly KnownDeviation[] = [
  {
    operationId: 'getFile',
    check: 'strict-required',
    reason: 'folderId omitted at the root',
    link: 'https://example.com/issue/1',
  },
  { operationId: RUN_LEVEL, check: 'problem-body', reason: 'errors are plain text everywhere' },
];

const EXCHANGE: ExchangeRecord = {
  method: 'GET',
  url: 'http://127.0.0.1/api/v1/files/x',
  requestHeaders: { authorization: 'Bearer [redacted]' },
  status: 200,
  responseHeaders: {},
  durationMs: 3,
  retries: 0,
  client: 'full',
};

test('passes are counted per check and operation, not kept one by one', () => {
  const recorder = new CheckRecorder([]);
  recorder.record(SCHEMA, 'getFile', { ok: true });
  recorder.record(SCHEMA, 'getFile', { ok: true });
  recorder.record(SCHEMA, 'getProject', { ok: true });
  recorder.record(STRICT, 'getFile', { ok: true, message: 'ignored' });
  expect(recorder.results()).toEqual([
    { check: 'schema', family: 'schema', operation: 'getFile', outcome: 'pass', message: '2 responses passed' },
    { check: 'schema', family: 'schema', operation: 'getProject', outcome: 'pass', message: '1 response passed' },
    { check: 'strict-required', family: 'strict', operation: 'getFile', outcome: 'pass', message: '1 response passed' },
  ]);
  expect(recorder.failures()).toEqual([]);
  expect(recorder.failureSummary()).toBe('');
});

test('failures are kept with case, expected, actual and exchange, before the passes', () => {
  const recorder = new CheckRecorder(DEVIATIONS);
  recorder.record(SCHEMA, 'getFile', { ok: true });
  recorder.record(
    SCHEMA,
    'getFile',
    { ok: false, message: 'bad body', expected: 'valid', actual: 'invalid' },
    { case: 'positive', exchange: EXCHANGE },
  );
  recorder.record(SCHEMA, 'getFile', { ok: false, message: 'bad again' });
  const results = recorder.results();
  expect(results.map((r) => [r.outcome, r.message])).toEqual([
    ['fail', 'bad body'],
    ['fail', 'bad again'],
    ['pass', '1 response passed'],
  ]);
  expect(results[0]).toEqual({
    check: 'schema',
    family: 'schema',
    operation: 'getFile',
    case: 'positive',
    outcome: 'fail',
    message: 'bad body',
    expected: 'valid',
    actual: 'invalid',
    exchange: EXCHANGE,
  });
  expect(recorder.failureSummary()).toBe('✗ schema [getFile · positive]: bad body\n✗ schema [getFile]: bad again');
});

test('a known deviation matches by check and operationId, or by check and "*"', () => {
  const recorder = new CheckRecorder(DEVIATIONS);
  recorder.record(STRICT, 'getFile', { ok: false, message: 'folderId absent' });
  recorder.record(STRICT, 'getProject', { ok: false, message: 'name absent' });
  recorder.record(PROBLEM, 'deleteProject', { ok: false, message: 'plain text' });
  recorder.record(SCHEMA, 'getFile', { ok: false, message: 'other check' });
  expect(recorder.results().map((r) => [r.check, r.operation, r.outcome, r.reason, r.link])).toEqual([
    ['strict-required', 'getFile', 'known-deviation', 'folderId omitted at the root', 'https://example.com/issue/1'],
    ['strict-required', 'getProject', 'fail', undefined, undefined],
    ['problem-body', 'deleteProject', 'known-deviation', 'errors are plain text everywhere', undefined],
    ['schema', 'getFile', 'fail', undefined, undefined],
  ]);
  expect(recorder.failures().map((f) => f.operation)).toEqual(['getProject', 'getFile']);
});

test('skips are kept with their reason and are not failures', () => {
  const recorder = new CheckRecorder([]);
  recorder.skip(SCHEMA, 'getFile', 'WM_READ_ONLY=true', { case: 'create' });
  expect(recorder.results()).toEqual([
    {
      check: 'schema',
      family: 'schema',
      operation: 'getFile',
      case: 'create',
      outcome: 'skip',
      message: 'skipped: WM_READ_ONLY=true',
      reason: 'WM_READ_ONLY=true',
    },
  ]);
  expect(recorder.failures()).toEqual([]);
});

test('expect() records either outcome and returns it', () => {
  const recorder = new CheckRecorder([]);
  expect(recorder.expect(SCHEMA, 'getFile', true, 'fine')).toBe(true);
  expect(recorder.expect(SCHEMA, 'getFile', false, 'not fine', { expected: '200', actual: '500', case: 'c' })).toBe(
    false,
  );
  expect(recorder.results().map((r) => [r.outcome, r.message, r.expected, r.case])).toEqual([
    ['fail', 'not fine', '200', 'c'],
    ['pass', '1 response passed', undefined, undefined],
  ]);
});

test('messages, expected and actual are redacted', () => {
  const secret = `recorder-secret-${Date.now()}`;
  registerSecret(secret);
  const recorder = new CheckRecorder([]);
  recorder.record(SCHEMA, 'getFile', {
    ok: false,
    message: `leaked ${secret}`,
    expected: secret,
    actual: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln',
  });
  const [failure] = recorder.failures();
  expect([failure?.message, failure?.expected, failure?.actual]).toEqual([
    'leaked [redacted]',
    '[redacted]',
    '[redacted]',
  ]);
});

test('keepCase tallies passes per case and keeps the case (the permission matrix needs the client)', () => {
  const recorder = new CheckRecorder([]);
  const PERMISSION: CheckId = { id: 'permission-denied', family: 'permission', title: 'denied' };
  recorder.record(PERMISSION, 'createProject', { ok: true }, { case: 'limited', keepCase: true });
  recorder.record(PERMISSION, 'createProject', { ok: true }, { case: 'foreign', keepCase: true });
  recorder.record(PERMISSION, 'createProject', { ok: true }, { case: 'foreign', keepCase: true });
  recorder.record(SCHEMA, 'createProject', { ok: true }, { case: 'limited' });
  expect(recorder.results().map((r) => [r.check, r.case, r.message])).toEqual([
    ['permission-denied', 'limited', '1 response passed'],
    ['permission-denied', 'foreign', '2 responses passed'],
    ['schema', undefined, '1 response passed'],
  ]);
});
