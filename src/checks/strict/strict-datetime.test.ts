/** Tests for strict-datetime: a faithful body passes, a body with its kind of issue fails. */
import { expect, test } from '@playwright/test';
import { responseContext, validThing } from '../fixtures/response-context.ts';
import { strictDatetime } from './strict-datetime.ts';

test('strict-datetime passes a faithful body and fails its kind of issue', () => {
  expect(strictDatetime.judge(responseContext('getThing', { status: 200, body: validThing() }))).toEqual({ ok: true });
  const body = { ...validThing(), created: '01.05.2024' };
  const verdict = strictDatetime.judge(responseContext('getThing', { status: 200, body }));
  expect(verdict).toMatchObject({ ok: false, message: expect.stringMatching(/^getThing 200: /) });
  expect(strictDatetime).toMatchObject({ id: 'strict-datetime', family: 'strict' });
});
