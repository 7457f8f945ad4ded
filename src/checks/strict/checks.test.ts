/** Tests for the strict checks: each passes on a faithful body, fails on its own kind of issue only, and does not apply without a schema or JSON body. */
import { expect, test } from '@playwright/test';
import type { JsonObject } from '../../core/json.ts';
import { responseContext, validThing } from '../fixtures/response-context.ts';
import { STRICT_CHECKS } from './index.ts';
import { strictNoExtra } from './strict-no-extra.ts';
import { strictRequired } from './strict-required.ts';

const ALL = STRICT_CHECKS;

function failing(body: JsonObject): string[] {
  const ctx = responseContext('getThing', { status: 200, body });
  return ALL.filter((check) => check.judge(ctx)?.ok === false).map((check) => check.id);
}

test('a faithful body passes every strict check', () => {
  const ctx = responseContext('getThing', { status: 200, body: validThing() });
  expect(ALL.map((check) => check.judge(ctx))).toEqual(ALL.map(() => ({ ok: true })));
});

test('each kind of issue fails its own check only', () => {
  const { name: _name, ...withoutName } = validThing();
  expect(failing(withoutName)).toEqual(['strict-required']);
  expect(failing({ ...validThing(), surprise: 1 })).toEqual(['strict-no-extra']);
  expect(failing({ ...validThing(), folderId: null })).toEqual(['strict-nullable']);
  expect(failing({ ...validThing(), id: 'thing-1' })).toEqual(['strict-uuid']);
  expect(failing({ ...validThing(), created: '01.05.2024' })).toEqual(['strict-datetime']);
});

test('a failure names the operation, status and paths', () => {
  const verdict = strictNoExtra.judge(
    responseContext('getThing', { status: 200, body: { ...validThing(), a: 1, tags: [{ label: 'x', b: 2 }] } }),
  );
  expect(verdict).toEqual({
    ok: false,
    message: 'getThing 200: /tags/0/b is not documented; /a is not documented',
    expected: 'only documented properties',
    actual: '/tags/0/b, /a',
  });
});

test('more than three issues are summarised', () => {
  const verdict = strictRequired.judge(responseContext('getThing', { status: 200, body: {} }));
  expect(verdict?.ok === false ? verdict.message : '').toBe(
    'getThing 200: /id is documented but absent; /name is documented but absent; /created is documented but absent (+4 more)',
  );
});

test('not applicable without a documented schema or without a JSON body', () => {
  for (const check of ALL) {
    expect(check.judge(responseContext('getThing', { status: 404, body: { title: 'x' } }))).toBeNull();
    expect(check.judge(responseContext('getThing', { status: 200, bodyText: 'not json' }))).toBeNull();
    expect(check.judge(responseContext('deleteThing', { status: 204 }))).toBeNull();
  }
});
