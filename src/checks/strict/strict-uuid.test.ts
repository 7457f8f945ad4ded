/** Tests for strict-uuid: a faithful body passes, a body with its kind of issue fails. */
import { expect, test } from '@playwright/test';
import { responseContext, validThing } from '../fixtures/response-context.ts';
import { strictUuid } from './strict-uuid.ts';

test('strict-uuid passes a faithful body and fails its kind of issue', () => {
  expect(strictUuid.judge(responseContext('getThing', { status: 200, body: validThing() }))).toEqual({ ok: true });
  const body = { ...validThing(), id: 'thing-1' };
  const verdict = strictUuid.judge(responseContext('getThing', { status: 200, body }));
  expect(verdict).toMatchObject({ ok: false, message: expect.stringMatching(/^getThing 200: /) });
  expect(strictUuid).toMatchObject({ id: 'strict-uuid', family: 'strict' });
});
