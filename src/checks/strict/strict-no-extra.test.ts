/** Tests for strict-no-extra: a faithful body passes, a body with its kind of issue fails. */
import { expect, test } from '@playwright/test';
import { responseContext, validThing } from '../fixtures/response-context.ts';
import { strictNoExtra } from './strict-no-extra.ts';

test('strict-no-extra passes a faithful body and fails its kind of issue', () => {
  expect(strictNoExtra.judge(responseContext('getThing', { status: 200, body: validThing() }))).toEqual({ ok: true });
  const body = { ...validThing(), surprise: 1 };
  const verdict = strictNoExtra.judge(responseContext('getThing', { status: 200, body }));
  expect(verdict).toMatchObject({ ok: false, message: 'getThing 200: /surprise is not documented' });
  expect(strictNoExtra).toMatchObject({ id: 'strict-no-extra', family: 'strict' });
});
