/** Tests for the response-check helpers: documented response lookup, success statuses, media types, excerpts. */
import { expect, test } from '@playwright/test';
import { thingOperation } from '../fixtures/response-context.ts';
import { RESPONSE_CHECKS } from './index.ts';
import { documentedResponse, excerpt, fail, isSecured, mediaTypeOf, pass, successStatuses } from './context.ts';

test('documentedResponse: exact code, then range, then default', () => {
  expect(documentedResponse(thingOperation('getThing'), 404)?.status).toBe('404');
  expect(documentedResponse(thingOperation('getThing'), 500)).toBeUndefined();
  expect(documentedResponse(thingOperation('deleteThing'), 418)?.status).toBe('4XX');
  expect(documentedResponse(thingOperation('deleteThing'), 204)?.status).toBe('204');
  expect(documentedResponse(thingOperation('getThingText'), 500)?.status).toBe('default');
});

test('successStatuses, isSecured, mediaTypeOf, excerpt, pass and fail', () => {
  expect(successStatuses(thingOperation('deleteThing'))).toEqual([204]);
  expect(isSecured(thingOperation('getThing'))).toBe(true);
  expect(isSecured(thingOperation('getThingText'))).toBe(false);
  expect(mediaTypeOf('Application/Problem+JSON ; charset=UTF-8')).toBe('application/problem+json');
  expect(mediaTypeOf(undefined)).toBeNull();
  expect(mediaTypeOf(' ; x=y')).toBeNull();
  expect(excerpt('abcdef', 3)).toBe('abc…');
  expect(excerpt('abc', 3)).toBe('abc');
  expect(pass()).toEqual({ ok: true });
  expect(pass('fine')).toEqual({ ok: true, message: 'fine' });
  expect(fail('bad')).toEqual({ ok: false, message: 'bad' });
  expect(fail('bad', 'x', 'y')).toEqual({ ok: false, message: 'bad', expected: 'x', actual: 'y' });
});

test('the registry holds each response check once, with the architecture IDs, in report order', () => {
  expect(RESPONSE_CHECKS.map((c) => c.id)).toEqual([
    'status-documented',
    'success-status',
    'content-type',
    'schema',
    'strict-required',
    'strict-no-extra',
    'strict-nullable',
    'strict-uuid',
    'strict-datetime',
    'problem-body',
  ]);
});
