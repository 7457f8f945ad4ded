/** Tests for strict-required: a faithful body passes, a body with its kind of issue fails. */
import { expect, test } from '@playwright/test';
import { responseContext, validThing } from '../fixtures/response-context.ts';
import { strictRequired } from './strict-required.ts';

test('strict-required passes a faithful body and fails its kind of issue', () => {
  expect(strictRequired.judge(responseContext('getThing', { status: 200, body: validThing() }))).toEqual({ ok: true });
  const { name: _name, ...body } = validThing();
  const verdict = strictRequired.judge(responseContext('getThing', { status: 200, body }));
  expect(verdict).toMatchObject({ ok: false, message: 'getThing 200: /name is documented but absent' });
  expect(strictRequired).toMatchObject({ id: 'strict-required', family: 'strict' });
});
