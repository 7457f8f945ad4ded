/** Tests for strict-nullable: a faithful body passes, a body with its kind of issue fails. */
import { expect, test } from '@playwright/test';
import { responseContext, validThing } from '../fixtures/response-context.ts';
import { strictNullable } from './strict-nullable.ts';

test('strict-nullable passes a faithful body and fails its kind of issue', () => {
  expect(strictNullable.judge(responseContext('getThing', { status: 200, body: validThing() }))).toEqual({ ok: true });
  const body = { ...validThing(), folderId: null };
  const verdict = strictNullable.judge(responseContext('getThing', { status: 200, body }));
  expect(verdict).toMatchObject({ ok: false, message: expect.stringMatching(/^getThing 200: /) });
  expect(strictNullable).toMatchObject({ id: 'strict-nullable', family: 'strict' });
});
