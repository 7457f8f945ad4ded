/**
 * The comparison on small documents made for each case: a change matches the guide, differs
 * (and says why) or is not found; an operation the mapping does not know is listed as unknown,
 * a v2 operation nothing maps to as new; a counterpart missing from the v2 document is said so;
 * the page escapes what the documents say.
 */
import { expect, test } from '@playwright/test';
import type { JsonObject } from '../core/json.ts';
import { loadLiveDocument } from '../document/index.ts';
import { compareDocuments, type SourcedDocument } from './compare.ts';
import { renderMigrationPage } from './page.ts';
import type { Behaviour, MigrationReport } from './report.ts';

const NONE: Behaviour = { observed: false, reason: 'not in this test', target: null, observations: [] };

function body(properties: JsonObject): JsonObject {
  return { content: { 'application/json': { schema: { type: 'object', properties } } } };
}

function op(
  operationId: string,
  request: JsonObject | null,
  response: JsonObject,
  errors = 'application/json',
): JsonObject {
  return {
    operationId,
    ...(request === null ? {} : { requestBody: body(request) }),
    responses: {
      '200': { description: 'OK', ...body(response) },
      '404': { description: 'Not Found', content: { [errors]: { schema: { type: 'object' } } } },
    },
  };
}

async function doc(title: string, paths: JsonObject, servers: string | null = null): Promise<SourcedDocument> {
  const raw = {
    openapi: '3.0.3',
    info: { title, version: '1' },
    ...(servers === null ? {} : { servers: [{ url: servers }] }),
    paths,
  };
  return { document: await loadLiveDocument(JSON.stringify(raw), title), source: `${title}.json` };
}

const str = { type: 'string' };

async function report(
  v2Create: JsonObject,
  extraV1: JsonObject = {},
  extraV2: JsonObject = {},
): Promise<MigrationReport> {
  const v1 = await doc('v1 <b>', {
    '/api/v1/files': {
      post: op(
        'createFile',
        { name: str, fileType: { type: 'string', pattern: '^bpmn|dmn|connector_template$' } },
        { id: str },
      ),
    },
    ...extraV1,
  });
  const v2 = await doc('v2', { '/files': { post: v2Create }, ...extraV2 }, '/api/v2');
  return compareDocuments(v1, v2, NONE, new Date('2026-01-01T00:00:00Z'));
}

function change(r: MigrationReport, id: string): { verdict: string; detail: string } | undefined {
  return r.operations.flatMap((o) => o.changes).find((c) => c.id === id);
}

test('a rename both documents show matches the guide', async () => {
  const r = await report(
    op(
      'createFile',
      { name: str, type: { type: 'string', enum: ['bpmn', 'element-template'] } },
      { fileKey: str },
      'application/problem+json',
    ),
  );
  expect(change(r, 'file-type')).toMatchObject({ verdict: 'matches', detail: 'v1 request fileType → v2 request type' });
  expect(change(r, 'file-id')).toMatchObject({ verdict: 'matches' });
  expect(change(r, 'file-type-connector-template')).toMatchObject({ verdict: 'matches' });
  expect(change(r, 'errors-problem-detail')).toMatchObject({ verdict: 'matches' });
  expect(r.operations[0]).toMatchObject({
    status: 'mapped',
    v2: [{ key: 'POST /files', path: '/api/v2/files', inDocument: true }],
  });
});

test('a v2 document that keeps the old name, lacks the new one or the enum value differs, and says why', async () => {
  const r = await report(
    op(
      'createFile',
      { name: str, fileType: str, type: { type: 'string', enum: ['bpmn', 'connector_template'] } },
      { id: str },
    ),
  );
  expect(change(r, 'file-type')).toEqual(
    expect.objectContaining({ verdict: 'differs', detail: 'v2 has request type but still request fileType' }),
  );
  expect(change(r, 'file-id')).toEqual(
    expect.objectContaining({ verdict: 'differs', detail: 'v1 has response id, v2 has no fileKey' }),
  );
  expect(change(r, 'file-type-connector-template')).toEqual(
    expect.objectContaining({ verdict: 'differs', detail: 'v2 still allows "connector_template"' }),
  );
  expect(change(r, 'errors-problem-detail')).toMatchObject({
    verdict: 'differs',
    detail: 'v2 documents application/json for its errors',
  });
  const renames = r.renames.filter((x) => x.verdict === 'differs').map((x) => x.id);
  expect(renames).toEqual(expect.arrayContaining(['file-type', 'file-id', 'errors-problem-detail']));
});

test('a change neither document shows is not found in the documents', async () => {
  const r = await report(op('createFile', { name: str }, { name: str }));
  expect(change(r, 'file-folder-id')).toMatchObject({
    verdict: 'not-found',
    detail: 'neither folderId in v1 nor folderKey in v2',
  });
  expect(change(r, 'file-type-element-template')).toMatchObject({ verdict: 'not-found' });
  expect(r.renames.find((x) => x.id === 'member-role')).toMatchObject({
    verdict: 'not-found',
    detail: 'no operation it applies to is in both documents',
  });
});

test('unknown v1 operations are listed, v2 operations nothing maps to are new, a missing counterpart is said so', async () => {
  const r = await report(
    op('createFile', { name: str }, { fileKey: str }),
    {
      '/api/v1/widgets': { get: op('listWidgets', null, { id: str }) },
      '/api/v1/info': { get: op('getInfo', null, { version: str }) },
    },
    { '/gadgets': { get: op('listGadgets', null, { id: str }) } },
  );
  expect(r.operations.map((o) => [o.v1.key, o.status])).toEqual([
    ['POST /files', 'mapped'],
    ['GET /widgets', 'unknown'],
    ['GET /info', 'mapped'],
  ]);
  expect(r.operations[2]?.v2).toEqual([
    { key: 'GET /info', method: 'GET', path: '/api/v2/info', operationId: null, inDocument: false },
  ]);
  expect(r.newInV2.map((o) => o.key)).toEqual(['GET /gadgets']);
  expect(r.summary).toMatchObject({ v1Operations: 3, mapped: 2, dropped: 0, unknown: 1, newInV2: 1 });
  const html = renderMigrationPage(r);
  expect(html).toContain('data-v1="GET /widgets" data-status="unknown"');
  expect(html).toContain('(not in the v2 document)');
});

test('the page escapes what the documents say and loads nothing', async () => {
  const r = await report(op('createFile"><script>alert(1)</script>', { name: str }, { fileKey: str }));
  const html = renderMigrationPage(r);
  expect(html).not.toContain('<script>');
  expect(html).toContain('createFile&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('v1 &lt;b&gt;');
  expect(html).toContain('content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;"');
  expect(html).toContain('<strong>Not observed.</strong> not in this test.');
});
