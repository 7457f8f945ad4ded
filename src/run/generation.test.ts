/** Tests of generationOf: the API generation a document describes, which picks the gate's baseline. */
import { expect, test } from '@playwright/test';
import { buildDocumentModel } from '../document/model.ts';
import type { JsonObject } from '../core/json.ts';
import { generationOf } from './facts.ts';

function documentWith(paths: readonly string[], servers?: readonly JsonObject[]): JsonObject {
  const documented: JsonObject = {};
  for (const path of paths) documented[path] = { get: { responses: { '200': { description: 'OK' } } } };
  return {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    ...(servers === undefined ? {} : { servers: [...servers] }),
    paths: documented,
  };
}

const generation = (raw: JsonObject): string =>
  generationOf({ doc: buildDocumentModel(raw, '3.0.3', '3.0'), plan: [] });

test('the Hub API v2: paths relative to a server URL ending in /api/v2 (the reference target, the published one), or under /api/v2', () => {
  expect(generation(documentWith(['/info', '/projects'], [{ url: '/api/v2' }]))).toBe('hub-v2');
  expect(generation(documentWith(['/info', '/projects'], [{ url: '{schema}://{host}:{port}/api/v2' }]))).toBe('hub-v2');
  expect(generation(documentWith(['/info', '/projects'], [{ url: 'https://hub.cloud.camunda.io/api/v2/' }]))).toBe(
    'hub-v2',
  );
  expect(generation(documentWith(['/api/v2/info', '/api/v2/projects']))).toBe('hub-v2');
});

test('beta and v1 as before; paths without a prefix stay unknown, another server path names its own', () => {
  expect(generation(documentWith(['/api/beta/files', '/api/beta/projects']))).toBe('beta');
  expect(generation(documentWith(['/api/v1/info', '/api/v1/projects']))).toBe('v1');
  // Paths behind a server URL's path are read behind it: an unknown prefix names the generation by its last segment.
  expect(generation(documentWith(['/info', '/projects'], [{ url: 'https://example.com/api' }]))).toBe('api');
  expect(generation(documentWith(['/info', '/projects']))).toBe('unknown');
});
