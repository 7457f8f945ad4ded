/**
 * The served OpenAPI document of each generation: valid per the OpenAPI meta-schema (3.0.1 and
 * 3.1.0), generated from the route table (every route, unique operationIds), no dangling $ref,
 * and the request validation following the same document. Plus a smoke test of beta and
 * v1-versions against their own documents.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { expect, test } from '@playwright/test';
import { GENERATIONS } from '../../src/core/domain.ts';
import { startReferenceTarget, type RunningReferenceTarget } from '../target.ts';
import { client, createFile, createProject, field, text } from '../../test/support/reference-client.ts';
import { apiPrefixOf, routesFor } from './route-table.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../src/core/json.ts';

async function withTarget(
  generation: (typeof GENERATIONS)[number],
  body: (target: RunningReferenceTarget, doc: JsonObject) => Promise<void>,
): Promise<void> {
  const target = await startReferenceTarget({ generation });
  try {
    const response = await fetch(target.openapiUrl);
    expect(response.status).toBe(200);
    const doc: unknown = await response.json();
    if (!isJsonObject(doc)) throw new Error('the document is not a JSON object');
    await body(target, doc);
  } finally {
    await target.stop();
  }
}

function collectRefs(value: JsonValue, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) collectRefs(v, out);
  else if (isJsonObject(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') out.push(v);
      else collectRefs(v, out);
    }
  }
  return out;
}

function resolves(doc: JsonObject, pointer: string): boolean {
  let current: JsonValue | undefined = doc;
  for (const token of pointer.replace(/^#\//, '').split('/')) {
    current = isJsonObject(current) ? current[token.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return current !== undefined;
}

function operations(doc: JsonObject): { method: string; path: string; operationId: unknown }[] {
  const paths = isJsonObject(doc.paths) ? doc.paths : {};
  return Object.entries(paths).flatMap(([path, item]) =>
    isJsonObject(item)
      ? Object.entries(item).map(([method, op]) => ({
          method,
          path,
          operationId: isJsonObject(op) ? op.operationId : undefined,
        }))
      : [],
  );
}

// hub-v2's document has its own route table and test (reference/hub/conventions.test.ts), and so
// has v1-8.10's, a view onto the Hub's store (reference/hub/v1-810/view.test.ts).
for (const generation of GENERATIONS.filter((g) => g !== 'hub-v2' && g !== 'v1-8.10')) {
  test(`${generation}: the served document is valid, complete and self-contained`, async () => {
    await withTarget(generation, async (target, doc) => {
      expect(doc.openapi).toBe(generation === 'v1-versions' ? '3.1.0' : '3.0.1');
      const result = await new Validator().validate(doc);
      expect(result.errors ?? []).toEqual([]);
      expect(result.valid).toBe(true);
      const ops = operations(doc);
      const expected = routesFor(generation).map(
        (r) => `${r.method} ${apiPrefixOf(generation)}${r.path} ${r.operationId}`,
      );
      expect(ops.map((o) => `${o.method} ${o.path} ${String(o.operationId)}`).sort()).toEqual(expected.sort());
      expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
      expect(ops.length).toBe(25);
      const dangling = collectRefs(doc).filter((ref) => !resolves(doc, ref));
      expect(dangling).toEqual([]);
      expect(doc.servers).toEqual([{ url: '/', description: 'Generated server url' }]);
      expect(JSON.stringify(doc)).not.toContain('__reference');
    });
  });
}

test('v1-versions: versions replace milestones and nullable is written the 3.1 way', async () => {
  await withTarget('v1-versions', async (target, doc) => {
    const paths = Object.keys(isJsonObject(doc.paths) ? doc.paths : {});
    expect(paths).toContain('/api/v1/versions/compare/{version1Id}...{version2Id}');
    expect(paths.some((p) => p.includes('milestones'))).toBe(false);
    expect(field(doc, 'components', 'schemas', 'FileMetadataDto', 'properties', 'folderId')).toEqual({
      type: ['string', 'null'],
    });
    const api = client(target, await target.mintToken('full', 300));
    expect((await api('GET', '/info')).json).toMatchObject({ version: 'v1' });
    const fileId = await createFile(api, { projectId: await createProject(api) });
    const created = await api('POST', '/versions', { body: { fileId, description: 'first' } });
    expect(created.json).toMatchObject({ name: 'Version 1', fileId, description: 'first', organizationPublic: false });
    const id = text(created.json, 'id');
    expect((await api('PATCH', `/versions/${id}`, { body: { organizationPublic: true } })).json).toMatchObject({
      organizationPublic: true,
    });
    expect((await api('POST', `/versions/${id}/restore`, { body: {} })).status).toBe(400);
    expect((await api('POST', `/versions/${id}/restore`, { body: { version: 1 } })).json).toMatchObject({ id });
    expect((await api('GET', `/versions/compare/${id}...${id}`)).json).toEqual({
      url: `${target.baseUrl}/diagrams/compare/${id}...${id}`,
    });
    expect((await api('POST', '/versions/search', { body: { filter: { fileId } } })).json).toMatchObject({ total: 1 });
    expect((await api('GET', `/milestones/${id}`)).status).toBe(404);
  });
});

test('beta: the same resources under /api/beta, /info says beta', async () => {
  await withTarget('beta', async (target, doc) => {
    expect(target.apiPrefix).toBe('/api/beta');
    expect(Object.keys(isJsonObject(doc.paths) ? doc.paths : {}).every((p) => p.startsWith('/api/beta/'))).toBe(true);
    const api = client(target, await target.mintToken('full', 300));
    expect((await api('GET', '/info')).json).toMatchObject({ version: 'beta' });
    const projectId = await createProject(api);
    expect((await api('GET', `/projects/${projectId}`)).status).toBe(200);
    expect(
      (
        await fetch(`${target.baseUrl}/api/v1/info`, {
          headers: { authorization: `Bearer ${await target.mintToken('full', 60)}` },
        })
      ).status,
    ).toBe(404);
  });
});

test('the Swagger UI page answers', async () => {
  const target = await startReferenceTarget();
  try {
    const page = await fetch(target.swaggerUiUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/v3/api-docs');
  } finally {
    await target.stop();
  }
});
