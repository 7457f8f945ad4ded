/**
 * Tests of classify (all rules, sorted, counted), applyIgnores and failsAt.
 */
import { expect, test } from '@playwright/test';
import { applyIgnores, classify, failsAt, highestSeverity } from './classify-changes.ts';
import { responseRequiredPropertyRemoved } from './rules/response-required-property-removed.ts';
import { STRING, doc, object, operation, responseDoc } from '../../test/support/rule-tests.ts';

const before = doc({
  '/a': { get: operation({ id: 'getA' }) },
  '/b': {
    get: operation({
      id: 'getB',
      responses: {
        '200': {
          description: 'OK',
          content: { 'application/json': { schema: object({ x: STRING, y: STRING }, ['y']) } },
        },
      },
    }),
  },
});
const after = doc({
  '/b': {
    get: operation({
      id: 'getB',
      responses: { '200': { description: 'OK', content: { 'application/json': { schema: object({ z: STRING }) } } } },
    }),
  },
  '/c': { post: operation() },
});

test('runs every rule and sorts by severity, operation, rule ID and location', () => {
  const result = classify(before, after);
  expect(result.changes.map((c) => `${c.severity} ${c.operation ?? '-'} ${c.id}`)).toEqual([
    'ERR getA api-path-removed-without-deprecation',
    'ERR getB response-required-property-removed',
    'WARN getB response-optional-property-removed',
    'INFO - api-path-added',
    'INFO POST /c endpoint-added',
    'INFO getB response-optional-property-added',
  ]);
  expect(result.counts).toEqual({ ERR: 2, WARN: 1, INFO: 3 });
  expect(highestSeverity(result)).toBe('ERR');
});

test('the same document yields no change', () => {
  const result = classify(before, structuredClone(before));
  expect(result.changes).toEqual([]);
  expect(highestSeverity(result)).toBeNull();
  expect(failsAt(result, 'INFO')).toBe(false);
});

test('options.rules restricts the rules run', () => {
  const result = classify(before, after, { rules: [responseRequiredPropertyRemoved] });
  expect(result.changes.map((c) => c.id)).toEqual(['response-required-property-removed']);
});

test('a change carries its operation, method, path, location, message and fragments', () => {
  const [change] = classify(responseDoc(object({ id: STRING }, ['id'])), responseDoc(object({}))).changes;
  expect(change).toEqual({
    id: 'response-required-property-removed',
    severity: 'ERR',
    operation: 'getThing',
    method: 'GET',
    path: '/things/{id}',
    location: 'response 200 application/json /id',
    message: 'removed the required property id from the response with the 200 status',
    oldFragment: { type: 'string' },
  });
});

test('applyIgnores matches by rule ID and operationId, "METHOD /path" or "*", and keeps the reason', () => {
  const result = classify(before, after);
  const ignored = applyIgnores(result, [
    { id: 'response-optional-property-removed', operation: 'getB', reason: 'x was never used' },
    { id: 'endpoint-added', operation: 'POST /c', reason: 'new' },
    { id: 'api-path-added', operation: '*', reason: 'paths may grow' },
    { id: 'response-required-property-removed', operation: 'getA', reason: 'other operation: no match' },
  ]);
  expect(ignored.changes.map((c) => c.id)).toEqual([
    'api-path-removed-without-deprecation',
    'response-required-property-removed',
    'response-optional-property-added',
  ]);
  expect(ignored.ignored.map((i) => `${i.change.id}: ${i.reason}`)).toEqual([
    'response-optional-property-removed: x was never used',
    'api-path-added: paths may grow',
    'endpoint-added: new',
  ]);
  expect(ignored.counts).toEqual({ ERR: 2, WARN: 0, INFO: 1 });
});

test('failsAt compares the most severe remaining change with the threshold', () => {
  const warnOnly = applyIgnores(classify(before, after), [
    { id: 'api-path-removed-without-deprecation', operation: '*', reason: 'r' },
    { id: 'response-required-property-removed', operation: '*', reason: 'r' },
  ]);
  expect(failsAt(warnOnly, 'ERR')).toBe(false);
  expect(failsAt(warnOnly, 'WARN')).toBe(true);
  expect(failsAt(warnOnly, 'INFO')).toBe(true);
});
