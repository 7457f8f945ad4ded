/**
 * Tests for unsupported-method: which methods are sent to a path, how Allow is read, and the
 * verdict on each answer (405 with exactly the documented methods; OPTIONS may be 2xx; HEAD where
 * GET is and OPTIONS may be added; case and spacing do not matter).
 */
import { expect, test } from '@playwright/test';
import {
  allowedMethods,
  judgeUnsupportedMethod,
  methodsToProbe,
  unsupportedMethod,
  type MethodAnswer,
} from './unsupported-method.ts';

const ID_PATH = '/api/v1/files/{fileId}';
const ID_METHODS = ['get', 'patch', 'delete'];
const SEARCH = '/api/v1/files/search';

function judge(
  method: string,
  status: number,
  allow: string | undefined,
  documented = ID_METHODS,
  path = ID_PATH,
): ReturnType<typeof judgeUnsupportedMethod> {
  const answer: MethodAnswer = { method, path, status, allow };
  return judgeUnsupportedMethod(answer, documented);
}

test('the methods sent: the core methods a path lacks, HEAD where it has no GET, always OPTIONS', () => {
  expect(methodsToProbe(ID_METHODS)).toEqual(['PUT', 'POST', 'OPTIONS']);
  expect(methodsToProbe(['post'])).toEqual(['GET', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']);
  expect(methodsToProbe(['get'])).toEqual(['PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS']);
  expect(methodsToProbe(['get', 'put', 'post', 'delete', 'patch', 'options'])).toEqual([]);
});

test('Allow is read case-insensitively, with any spacing and empty elements; no header is null', () => {
  expect(allowedMethods('GET, PATCH, DELETE')).toEqual(['GET', 'PATCH', 'DELETE']);
  expect(allowedMethods('get,patch ,  Delete')).toEqual(['GET', 'PATCH', 'DELETE']);
  expect(allowedMethods(' , GET,,GET ,')).toEqual(['GET']);
  expect(allowedMethods('')).toEqual([]);
  expect(allowedMethods(undefined)).toBeNull();
});

test('405 with exactly the documented methods passes, in any order, case and spacing', () => {
  expect(judge('PUT', 405, 'GET, PATCH, DELETE')).toEqual({ ok: true });
  expect(judge('POST', 405, 'delete,get,patch')).toEqual({ ok: true });
  expect(judge('GET', 405, 'POST', ['post'], SEARCH)).toEqual({ ok: true });
  expect(judge('HEAD', 405, 'POST', ['post'], SEARCH)).toEqual({ ok: true });
});

test('HEAD where GET is documented, and OPTIONS, may be added; nothing else', () => {
  expect(judge('PUT', 405, 'GET, HEAD, PATCH, DELETE, OPTIONS')).toEqual({ ok: true });
  expect(judge('GET', 405, 'POST, OPTIONS', ['post'], SEARCH)).toEqual({ ok: true });
  expect(judge('GET', 405, 'POST, HEAD', ['post'], SEARCH)).toMatchObject({
    ok: false,
    message: expect.stringContaining('allowed but not documented: HEAD'),
  });
  expect(judge('PUT', 405, 'GET, PATCH, DELETE, TRACE')).toMatchObject({
    ok: false,
    message: expect.stringContaining('allowed but not documented: TRACE'),
  });
});

test('an Allow with extra or missing methods fails, naming them', () => {
  // The reference target's old answer for the search paths.
  expect(judge('OPTIONS', 405, 'POST, GET, PATCH, DELETE', ['post'], SEARCH)).toEqual({
    ok: false,
    message:
      'OPTIONS /api/v1/files/search was answered 405 with Allow: POST, GET, PATCH, DELETE — allowed but not documented: GET, PATCH, DELETE',
    expected: '405 or 2xx with Allow: POST',
    actual: '405 with Allow: POST, GET, PATCH, DELETE',
  });
  expect(judge('PUT', 405, 'GET, PATCH')).toMatchObject({
    ok: false,
    message: expect.stringContaining('documented but not allowed: DELETE'),
    expected: '405 with Allow: DELETE, GET, PATCH',
  });
  expect(judge('PUT', 405, 'GET, PUT')).toMatchObject({
    ok: false,
    message: expect.stringMatching(/documented but not allowed: DELETE, PATCH; allowed but not documented: PUT$/),
  });
  expect(judge('PUT', 405, '')).toMatchObject({
    ok: false,
    message: expect.stringContaining('documented but not allowed: DELETE, GET, PATCH'),
  });
  expect(judge('PUT', 405, 'GET PATCH DELETE')).toMatchObject({ ok: false });
});

test('405 without Allow fails', () => {
  expect(judge('POST', 405, undefined)).toEqual({
    ok: false,
    message: 'POST /api/v1/files/{fileId} was answered 405 without an Allow header',
    expected: '405 with Allow: DELETE, GET, PATCH',
    actual: '405, no Allow',
  });
});

test('any other status fails: the method served (200), not found (404), refused for the token (401, 403), an error (500)', () => {
  for (const status of [200, 204, 400, 401, 403, 404, 500]) {
    expect(judge('PUT', status, 'GET, PATCH, DELETE'), String(status)).toEqual({
      ok: false,
      message: `PUT /api/v1/files/{fileId}, a method the document does not give the path, was answered ${status}`,
      expected: '405 with Allow: DELETE, GET, PATCH',
      actual: String(status),
    });
  }
});

test('OPTIONS may be answered 2xx, with the same Allow', () => {
  expect(judge('OPTIONS', 200, 'GET, HEAD, PATCH, DELETE, OPTIONS')).toEqual({ ok: true });
  expect(judge('OPTIONS', 204, 'GET,PATCH,DELETE')).toEqual({ ok: true });
  expect(judge('OPTIONS', 200, undefined)).toMatchObject({
    ok: false,
    message: 'OPTIONS /api/v1/files/{fileId} was answered 200 without an Allow header',
  });
  expect(judge('OPTIONS', 200, 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS')).toMatchObject({
    ok: false,
    message: expect.stringContaining('allowed but not documented: POST, PUT'),
  });
  expect(judge('OPTIONS', 404, 'GET, PATCH, DELETE')).toMatchObject({
    ok: false,
    expected: '405 or 2xx with Allow: DELETE, GET, PATCH',
  });
  // Other methods may not be answered 2xx.
  expect(judge('PUT', 200, 'GET, PATCH, DELETE').ok).toBe(false);
});

test('a path with two parameters in one segment is named as documented', () => {
  expect(
    judge('PUT', 404, undefined, ['get'], '/api/v1/milestones/compare/{milestone1Id}...{milestone2Id}'),
  ).toMatchObject({
    ok: false,
    message:
      'PUT /api/v1/milestones/compare/{milestone1Id}...{milestone2Id}, a method the document does not give the path, was answered 404',
    expected: '405 with Allow: GET',
  });
});

test('the definition judges the answer against the documented methods', () => {
  expect(
    unsupportedMethod.judge({
      answer: { method: 'PATCH', path: '/api/v1/files/{fileId}', status: 405, allow: 'GET, PATCH' },
      documented: ['GET', 'DELETE'],
    }),
  ).toMatchObject({ ok: false });
  expect(
    unsupportedMethod.judge({
      answer: { method: 'PUT', path: '/api/v1/files/{fileId}', status: 405, allow: 'DELETE, GET' },
      documented: ['GET', 'DELETE'],
    }),
  ).toEqual({ ok: true });
  expect(unsupportedMethod).toMatchObject({ id: 'unsupported-method', family: 'status' });
});
