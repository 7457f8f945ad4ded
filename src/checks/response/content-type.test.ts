/** Tests for content-type: documented media types (exact, wildcard, +json suffix), bodies on bodiless statuses, missing Content-Type. */
import { expect, test } from '@playwright/test';
import { responseContext } from '../fixtures/response-context.ts';
import { contentType } from './content-type.ts';

const BODY = '{"title":"x"}';

function run(
  key: string,
  status: number,
  type: string | undefined,
  bodyText = BODY,
): ReturnType<typeof contentType.judge> {
  return contentType.judge(
    responseContext(key, { status, bodyText, headers: type === undefined ? {} : { 'content-type': type } }),
  );
}

test('a documented media type passes, parameters and case ignored', () => {
  expect(run('getThing', 200, 'application/json')).toEqual({ ok: true });
  expect(run('getThing', 200, 'Application/JSON; charset=utf-8')).toEqual({ ok: true });
  expect(run('deleteThing', 404, 'application/problem+json')).toEqual({ ok: true });
});

test('a +json type passes where application/json is documented; a wildcard matches its family', () => {
  expect(run('getThing', 404, 'application/problem+json')).toEqual({ ok: true });
  expect(run('getThingText', 200, 'text/plain', 'hello')).toEqual({ ok: true });
});

test('an undocumented media type fails with the documented ones as expected', () => {
  expect(run('getThing', 200, 'text/html', '<p>')).toEqual({
    ok: false,
    message: 'Content-Type text/html is not documented for status 200',
    expected: 'application/json',
    actual: 'text/html',
  });
  expect(run('getThing', 200, 'application/xml')?.ok).toBe(false);
  expect(run('getThingText', 200, 'application/json')?.ok).toBe(false);
  expect(run('deleteThing', 404, 'application/json')?.ok).toBe(false);
});

test('a body without a Content-Type fails', () => {
  expect(run('getThing', 200, undefined)).toEqual({
    ok: false,
    message: 'the response has a body but no Content-Type',
    expected: 'application/json',
    actual: 'none',
  });
});

test('a body on a status documented without content fails', () => {
  expect(run('deleteThing', 204, 'application/json')).toEqual({
    ok: false,
    message: 'status 204 of deleteThing is documented without a body, but one was sent',
    expected: 'no body',
    actual: `${BODY.length} bytes`,
  });
});

test('not applicable without a body or for an undocumented status', () => {
  expect(run('getThing', 200, 'text/html', '')).toBeNull();
  expect(run('deleteThing', 204, undefined, '')).toBeNull();
  expect(run('getThing', 500, 'text/html')).toBeNull();
});
