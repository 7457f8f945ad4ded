/** Tests for reject-malformed-json: the invalid request refused with the documented 400 passes; served, crashed or another refusal fails. */
import { expect, test } from '@playwright/test';
import { thingOperation } from '../fixtures/response-context.ts';
import { rejectMalformedJson } from './reject-malformed-json.ts';

const op = thingOperation('createThing');

test('reject-malformed-json: 400 passes; 201, 500 and 404 fail', () => {
  expect(rejectMalformedJson.judge({ status: 400, op, what: 'malformed JSON' })).toEqual({ ok: true });
  expect(rejectMalformedJson.judge({ status: 201, op, what: 'malformed JSON' })).toEqual({
    ok: false,
    message: 'malformed JSON was answered 201',
    expected: '400',
    actual: '201',
  });
  expect(rejectMalformedJson.judge({ status: 500, op, what: 'malformed JSON' }).ok).toBe(false);
  expect(rejectMalformedJson.judge({ status: 404, op, what: 'malformed JSON' }).ok).toBe(false);
  expect(rejectMalformedJson).toMatchObject({ id: 'reject-malformed-json', family: 'negative' });
});
