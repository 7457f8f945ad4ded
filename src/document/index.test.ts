/** Tests for index.ts: text or file → LiveDocument, and the one-line refusal of each bad input. */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLiveDocument, readLiveDocumentFile } from './index.ts';
import type { JsonObject } from '../core/json.ts';
import { expectUsageError, fixtureDocument, simplePaths } from './fixtures/documents.ts';

const SOURCE = 'doc.json';

function load(doc: JsonObject): Promise<unknown> {
  return loadLiveDocument(JSON.stringify(doc), SOURCE);
}

function withResponseSchema(schema: JsonObject): JsonObject {
  return fixtureDocument('3.0.3', {
    '/x': { get: { responses: { '200': { description: 'OK', content: { 'application/json': { schema } } } } } },
  });
}

test('HTML is refused', async () => {
  await expectUsageError(
    () => loadLiveDocument('<html><head><title>Sign in</title></head></html>', 'http://wm/v3/api-docs'),
    'http://wm/v3/api-docs returned an HTML page, not an OpenAPI document — is WM_OPENAPI_URL right?',
  );
});

test('truncated JSON is refused', async () => {
  const text = JSON.stringify(fixtureDocument('3.0.3'));
  await expectUsageError(
    () => loadLiveDocument(text.slice(0, 40), SOURCE),
    `${SOURCE}: the JSON document is truncated: it ends at line 1, column 41 before it is complete`,
  );
});

test('a YAML document is accepted', async () => {
  const yaml = [
    'openapi: 3.0.3',
    'info: { title: Y, version: "2" }',
    'paths:',
    '  /api/beta/projects/{projectId}:',
    '    get:',
    '      operationId: getProject',
    '      parameters: [{ name: projectId, in: path, required: true, schema: { type: string } }]',
    '      responses: { "200": { description: OK } }',
  ].join('\n');
  const doc = await loadLiveDocument(yaml, 'api.yaml');
  expect(doc.operations.map((o) => o.key)).toEqual(['getProject']);
  expect(doc.apiPrefix).toBe('/api/beta');
  expect(doc.title).toBe('Y');
});

test('Swagger 2.0 is refused', async () => {
  await expectUsageError(
    () => load({ swagger: '2.0', info: { title: 'S', version: '1' }, paths: {} }),
    `${SOURCE}: OpenAPI 2.0 (Swagger) documents are not supported; the suite reads OpenAPI 3.0 and 3.1`,
  );
});

test('OpenAPI 3.2 and 4.0 are refused, as is a document without "openapi"', async () => {
  for (const version of ['3.2.0', '4.0.0']) {
    await expectUsageError(
      () => load(fixtureDocument(version)),
      `${SOURCE}: OpenAPI ${version} is not supported; the suite reads OpenAPI 3.0 and 3.1`,
    );
  }
  await expectUsageError(
    () => load({ info: { title: 'T', version: '1' }, paths: simplePaths() }),
    `${SOURCE}: not an OpenAPI document: it has no "openapi" field; the suite reads OpenAPI 3.0 and 3.1`,
  );
});

test('a meta-schema violation names the pointers', async () => {
  await expectUsageError(
    () => load({ ...fixtureDocument('3.0.3'), info: { version: 1 } }),
    `${SOURCE}: does not match the OpenAPI 3.0 meta-schema: #/info must have required property 'title'; #/info/version must be string`,
  );
  await expectUsageError(
    () =>
      load(
        fixtureDocument('3.1.0', {
          '/x': {
            get: {
              parameters: [{ name: 'a', in: 'qery', schema: {} }],
              responses: { '204': { description: 'No Content' } },
            },
          },
        }),
      ),
    `${SOURCE}: does not match the OpenAPI 3.1 meta-schema: #/paths/~1x/get/parameters/0/in must be equal to one of the allowed values: "query", "header", "path", "cookie"`,
  );
});

test('a dangling $ref names the ref and where it is used', async () => {
  await expectUsageError(
    () => load(withResponseSchema({ $ref: '#/components/schemas/Nope' })),
    `${SOURCE}: $ref "#/components/schemas/Nope" at #/paths/~1x/get/responses/200/content/application~1json/schema does not resolve`,
  );
});

test('an external $ref is refused', async () => {
  await expectUsageError(
    () => load(withResponseSchema({ $ref: 'common.yaml#/components/schemas/Thing' })),
    `${SOURCE}: external $ref "common.yaml#/components/schemas/Thing" at #/paths/~1x/get/responses/200/content/application~1json/schema is not supported (the suite reads self-contained documents; bundle it first)`,
  );
});

test('a document without operations is refused', async () => {
  await expectUsageError(
    () => load(fixtureDocument('3.0.3', {})),
    `${SOURCE}: the document describes no operations (its "paths" holds no GET, POST, … operation)`,
  );
});

test('an operation without operationId is accepted under "METHOD /path"', async () => {
  const doc = await loadLiveDocument(JSON.stringify(fixtureDocument('3.1.0', simplePaths('/x', null))), SOURCE);
  expect(doc.operations.map((o) => o.key)).toEqual(['GET /x']);
  expect(doc.findings.map((f) => f.code)).toContain('operation-without-id');
});

test('readLiveDocumentFile reads a file and refuses a missing one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmct-doc-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(fixtureDocument('3.0.3')));
    const doc = await readLiveDocumentFile(file);
    expect(doc.operations.map((o) => o.key)).toEqual(['listThings']);
    expect(doc.openapi).toBe('3.0.3');
    expect(doc.version).toBe('3.0');
    await expectUsageError(
      () => readLiveDocumentFile(join(dir, 'nope.json')),
      `cannot read the OpenAPI document ${join(dir, 'nope.json')}: ENOENT`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
