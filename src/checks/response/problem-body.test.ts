/** Tests for problem-body: RFC 9457 problems on errors, empty 401/403 allowed, success answers not judged. */
import { expect, test } from '@playwright/test';
import type { JsonValue } from '../../core/json.ts';
import { responseContext } from '../fixtures/response-context.ts';
import { problemBody } from './problem-body.ts';

function run(status: number, body?: JsonValue, bodyText?: string): ReturnType<typeof problemBody.judge> {
  return problemBody.judge(
    responseContext('getThing', {
      status,
      ...(body === undefined ? {} : { body }),
      ...(bodyText === undefined ? {} : { bodyText }),
    }),
  );
}

test('a problem with title and the HTTP status passes, optional members as strings', () => {
  expect(run(404, { title: 'Not Found', status: 404 })).toEqual({ ok: true });
  expect(
    run(409, {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'stale revision',
      instance: '/api/v1/files/x',
    }),
  ).toEqual({ ok: true });
});

test('a problem with the wrong status, no title or non-string members fails, listing each fault', () => {
  const verdict = run(404, { status: 400, detail: 7 });
  expect(verdict?.ok).toBe(false);
  expect(verdict?.ok === false ? verdict.message : '').toBe(
    'a 404 body is not an RFC 9457 problem: `title` is not a string; `status` is 400, not 404; `detail` is not a string',
  );
  expect(run(500, { title: 'x' })?.ok === false ? 'fail' : 'pass').toBe('fail');
  expect(run(400, { title: 'x', status: '400' })?.ok).toBe(false);
});

test('a body that is not a JSON object fails', () => {
  expect(run(400, undefined, 'Bad Request')).toEqual({
    ok: false,
    message: 'a 400 body is not a JSON problem object',
    expected: 'an RFC 9457 problem',
    actual: 'application/json: Bad Request',
  });
  expect(run(400, [{ title: 'x', status: 400 }])?.ok).toBe(false);
});

test('an empty error body fails, except for 401 and 403', () => {
  expect(run(404)).toEqual({
    ok: false,
    message: 'a 404 answer has an empty body',
    expected: 'an RFC 9457 problem',
    actual: 'empty body',
  });
  expect(run(401)).toBeNull();
  expect(run(403)).toBeNull();
});

test('not applicable below 400', () => {
  expect(run(200, { anything: true })).toBeNull();
  expect(run(302)).toBeNull();
});
