/** Tests for parse.ts: JSON or YAML text → object, one-line errors for everything else. */
import { expect, test } from '@playwright/test';
import { isJsonValue } from '../core/json.ts';
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_DEPTH, nestsDeeperThan, parseDocumentText } from './parse.ts';
import { UsageError } from '../core/errors.ts';
import { caughtError, expectUsageError } from './fixtures/documents.ts';

const SOURCE = 'http://localhost:8070/v3/api-docs';

test('parses a JSON document (with a byte-order mark)', () => {
  expect(parseDocumentText('\uFEFF{"openapi": "3.0.1", "paths": {}}', SOURCE)).toEqual({ openapi: '3.0.1', paths: {} });
});

test('parses a YAML document', () => {
  const yaml =
    'openapi: 3.1.0\ninfo:\n  title: T\n  version: "1"\npaths:\n  /x:\n    get:\n      responses:\n        "200":\n          description: OK\n';
  const parsed = parseDocumentText(yaml, 'api.yaml');
  expect(parsed.openapi).toBe('3.1.0');
  expect(parsed.paths).toEqual({ '/x': { get: { responses: { '200': { description: 'OK' } } } } });
});

test('an empty body is one clear line', async () => {
  await expectUsageError(
    () => parseDocumentText(' \n ', SOURCE),
    `${SOURCE} returned an empty body, not an OpenAPI document`,
  );
});

test('an HTML page asks whether WM_OPENAPI_URL is right', async () => {
  await expectUsageError(
    () => parseDocumentText('<!DOCTYPE html>\n<html><body>Login</body></html>', SOURCE),
    `${SOURCE} returned an HTML page, not an OpenAPI document — is WM_OPENAPI_URL right?`,
  );
  await expectUsageError(
    () => parseDocumentText('<?xml version="1.0"?><error/>', SOURCE),
    `${SOURCE} returned XML or other markup, not an OpenAPI document — is WM_OPENAPI_URL right?`,
  );
});

test('truncated JSON says where it ends', async () => {
  await expectUsageError(
    () => parseDocumentText('{\n  "openapi": "3.0.1",\n  "paths": {', SOURCE),
    `${SOURCE}: the JSON document is truncated: it ends at line 3, column 13 before it is complete`,
  );
});

test('invalid JSON says where it breaks', async () => {
  await expectUsageError(
    () => parseDocumentText('{\n  "openapi": "3.0.1"\n  "paths": {}\n}', SOURCE),
    `${SOURCE}: invalid JSON at line 3, column 3: Expected ',' or '}' after property value`,
  );
  await expectUsageError(
    () => parseDocumentText('{"openapi": "3.0.1"}\n}', SOURCE),
    `${SOURCE}: invalid JSON at line 2, column 1: Unexpected non-whitespace character after JSON`,
  );
});

test('invalid YAML says where it breaks', async () => {
  const error = await caughtError(() => parseDocumentText('openapi: 3.0.1\npaths: [1, 2\ninfo: x', 'api.yaml'));
  expect(error).toBeInstanceOf(UsageError);
  const message = error instanceof Error ? error.message : '';
  expect(message).toMatch(/^api\.yaml: neither JSON nor valid YAML at line \d+, column \d+: /);
  expect(message).not.toContain('\n');
});

test('a value that is not an object is refused', async () => {
  await expectUsageError(
    () => parseDocumentText('[1, 2]', SOURCE),
    `${SOURCE}: expected an OpenAPI document (an object), got an array`,
  );
  await expectUsageError(
    () => parseDocumentText('Not Found', SOURCE),
    `${SOURCE}: expected an OpenAPI document (an object), got a string`,
  );
  await expectUsageError(
    () => parseDocumentText('null', SOURCE),
    `${SOURCE}: expected an OpenAPI document (an object), got null`,
  );
});

test('YAML aliases that form a cycle are not JSON data', async () => {
  await expectUsageError(
    () => parseDocumentText('a: &x [*x]', SOURCE),
    `${SOURCE}: the document holds values that are not JSON data`,
  );
});

test('isJsonValue accepts plain data and refuses cycles, dates and undefined', () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const shared = { n: 1 };
  expect(isJsonValue({ a: [shared, shared, null, 'x', true] })).toBe(true);
  expect(isJsonValue(cyclic)).toBe(false);
  expect(isJsonValue({ d: new Date(0) })).toBe(false);
  expect(isJsonValue({ u: undefined })).toBe(false);
  expect(isJsonValue(Number.NaN)).toBe(false);
});

test('a YAML alias bomb is rejected, not expanded', async () => {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (const [i, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) {
    const previous = String.fromCharCode('a'.charCodeAt(0) + i);
    levels.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(',')}]`);
  }
  await expectUsageError(
    () => parseDocumentText(`openapi: 3.0.3\n${levels.join('\n')}\n`, SOURCE),
    `document rejected: ${SOURCE}: its YAML aliases expand to more than 1000 nodes (an alias bomb?)`,
  );
});

test('nesting past the limit is rejected, in JSON and in YAML, without a stack overflow', async () => {
  const tooDeep = `document rejected: ${SOURCE}: nested deeper than ${MAX_DOCUMENT_DEPTH} levels`;
  await expectUsageError(() => parseDocumentText(`${'['.repeat(200_000)}${']'.repeat(200_000)}`, SOURCE), tooDeep);
  await expectUsageError(
    () =>
      parseDocumentText(
        `{"openapi": "3.0.3", "x": ${'{"a":'.repeat(MAX_DOCUMENT_DEPTH)}1${'}'.repeat(MAX_DOCUMENT_DEPTH)}}`,
        SOURCE,
      ),
    tooDeep,
  );
  await expectUsageError(
    () => parseDocumentText(`openapi: 3.0.3\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, SOURCE),
    tooDeep,
  );
  expect(nestsDeeperThan({ a: [{ b: 1 }] }, 3)).toBe(false);
  expect(nestsDeeperThan({ a: [{ b: {} }] }, 3)).toBe(true);
  // Strings holding brackets are not nesting.
  expect(parseDocumentText(JSON.stringify({ openapi: '3.0.3', s: '['.repeat(1000) }), SOURCE).openapi).toBe('3.0.3');
});

test('a document past the size limit is rejected', async () => {
  const big = JSON.stringify({ openapi: '3.0.3', padding: 'x'.repeat(MAX_DOCUMENT_BYTES) });
  await expectUsageError(() => parseDocumentText(big, SOURCE), `document rejected: ${SOURCE}: larger than 16 MiB`);
});
