/**
 * The catalog through the API: ingestion as multipart/form-data (READMEs whose front matter
 * names their template; the full set: missing assets become unpublished; broken payloads 400),
 * the document's multipart request body with its parts' encoding, search (filters incl.
 * `usage.status` and tags), deletion, and the three usage searches over the BPMN files that use
 * an asset (`zeebe:modelerTemplate` / `zeebe:modelerTemplateVersion`); the ingestion knobs.
 */
import { expect, test } from '@playwright/test';
import { field, items, text, type Client, type Reply } from '../../test/support/reference-client.ts';
import { expectProblem, project, startHub, workspace, type HubFixture } from '../../test/support/hub.ts';

let hub: HubFixture;
let token: string;

test.beforeAll(async () => {
  hub = await startHub();
  token = await hub.target.mintToken('full', 600);
});

test.afterAll(async () => {
  await hub.target.stop();
});

interface Asset {
  readonly id: string;
  readonly name?: string;
  readonly version?: number;
  readonly deprecated?: boolean;
  readonly category?: string;
  readonly tags?: readonly string[];
  /** README front matter as written (default: names the template). */
  readonly readme?: string;
}

function readmeOf(asset: Asset): string {
  if (asset.readme !== undefined) return asset.readme;
  const tags = asset.tags === undefined ? '' : `tags:\n${asset.tags.map((t) => `  - ${t}`).join('\n')}\n`;
  return `---\ntemplate: ${asset.id}.json\n${asset.category === undefined ? '' : `category: ${asset.category}\n`}${tags}---\n## Description\nThe ${asset.id} connector.\n`;
}

function templateOf(asset: Asset): string {
  return JSON.stringify({
    $schema: 'https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json',
    id: asset.id,
    name: asset.name ?? `${asset.id} connector`,
    description: `Talks to ${asset.id}.`,
    version: asset.version ?? 1,
    deprecated: asset.deprecated ?? false,
    appliesTo: ['bpmn:Task'],
    properties: [],
  });
}

function form(assets: readonly Asset[], extra: (f: FormData) => void = () => undefined): FormData {
  const body = new FormData();
  for (const asset of assets) {
    body.append('readme', new Blob([readmeOf(asset)], { type: 'text/markdown' }), `${asset.id}.md`);
    body.append('template', new Blob([templateOf(asset)], { type: 'application/json' }), `${asset.id}.json`);
  }
  extra(body);
  return body;
}

async function ingest(
  fixture: HubFixture,
  body: FormData | string,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const bearer = fixture === hub ? token : await fixture.target.mintToken('full', 60);
  const response = await fetch(`${fixture.target.baseUrl}/api/v2/catalog/assets/ingestion`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${bearer}`, ...headers },
    body,
  });
  const raw = await response.text();
  let json: unknown;
  try {
    json = raw === '' ? undefined : JSON.parse(raw);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text: raw, json };
}

async function assets(client: Client, filter: Readonly<Record<string, unknown>> = {}): Promise<unknown[]> {
  return items(await client('POST', '/catalog/assets/search', { body: { filter } }));
}

function bpmnUsing(uses: readonly [string, number][]): string {
  const tasks = uses
    .map(
      ([id, version], i) =>
        `<bpmn:serviceTask id="t${i}" zeebe:modelerTemplate="${id}" zeebe:modelerTemplateVersion="${version}"/>`,
    )
    .join('');
  return `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"><bpmn:process id="p">${tasks}</bpmn:process></bpmn:definitions>`;
}

async function bpmnFile(
  client: Client,
  projectKey: string,
  name: string,
  uses: readonly [string, number][],
): Promise<string> {
  const reply = await client('POST', '/files', { body: { name, projectKey, type: 'bpmn', content: bpmnUsing(uses) } });
  expect(reply.status, reply.text).toBe(200);
  return text(reply.json, 'fileKey');
}

test('the document declares the ingestion body as multipart/form-data with the parts and their encoding', async () => {
  const doc: unknown = await (await fetch(hub.target.openapiUrl)).json();
  const body = field(doc, 'paths', '/catalog/assets/ingestion', 'put', 'requestBody');
  expect(body).toEqual({
    required: true,
    content: {
      'multipart/form-data': {
        schema: { $ref: '#/components/schemas/CatalogAssetIngestionRequest' },
        encoding: { readme: { contentType: 'text/markdown' }, template: { contentType: 'application/json' } },
      },
    },
  });
  expect(field(doc, 'components', 'schemas', 'CatalogAssetIngestionRequest', 'properties', 'template')).toMatchObject({
    type: 'array',
    minItems: 1,
    items: { type: 'string', format: 'binary' },
  });
});

test('ingestion (204) publishes the assets with front matter category and tags; a second ingestion is the full set: the missing asset is unpublished', async () => {
  const other = await startHub();
  try {
    expect(
      (await ingest(other, form([{ id: 'bank', category: 'Finance', tags: ['invoice', 'payment'] }, { id: 'mail' }])))
        .status,
    ).toBe(204);
    const first = await assets(other.api);
    expect(first.map((a) => field(a, 'resourceId'))).toEqual(['bank', 'mail']);
    expect(first[0]).toMatchObject({
      name: 'bank connector',
      shortDescription: 'Talks to bank.',
      category: 'Finance',
      tags: ['invoice', 'payment'],
      latestVersion: 1,
      unpublished: false,
      usage: { status: 'UNUSED', workspaceCount: 0, projectCount: 0, projectsOnLatestVersionCount: 0 },
    });
    expect(first[1]).toMatchObject({ category: null, tags: [] });
    expect((await ingest(other, form([{ id: 'bank', version: 2 }]))).status).toBe(204);
    const second = await assets(other.api);
    expect(second.map((a) => [field(a, 'resourceId'), field(a, 'unpublished'), field(a, 'latestVersion')])).toEqual([
      ['bank', false, 2],
      ['mail', true, 1],
    ]);
    expect(field(second[0], 'assetKey')).toBe(field(first[0], 'assetKey'));
    expect((await ingest(other, form([{ id: 'mail' }]))).status).toBe(204);
    expect((await assets(other.api, { unpublished: false })).map((a) => field(a, 'resourceId'))).toEqual(['mail']);
  } finally {
    await other.target.stop();
  }
});

test('ingestion refuses what it cannot pair or read with 400, and non-multipart bodies with 415', async () => {
  const cases: [FormData, RegExp][] = [
    [form([{ id: 'x', readme: 'no front matter' }]), /has no YAML front matter/],
    [form([{ id: 'x', readme: '---\ncategory: A\n---\n' }]), /names no template/],
    [
      form([{ id: 'x', readme: '---\ntemplate: other.json\n---\n' }]),
      /names the template other\.json, which is not in the request/,
    ],
    [
      form([], (f) => {
        f.append('template', new Blob(['{"id":"t","name":"T"}']), 't.json');
      }),
      /'readme' must not be null/,
    ],
    [
      form([{ id: 'x' }], (f) => {
        f.append('template', new Blob(['not json']), 'broken.json');
      }),
      /the template broken\.json is not JSON/,
    ],
    [
      form([{ id: 'x' }], (f) => {
        f.append('extra', 'value');
      }),
      /'extra' is not a known part/,
    ],
  ];
  for (const [body, detail] of cases) expectProblem(await ingest(hub, body), 400, detail);
  expectProblem(
    await ingest(hub, JSON.stringify({ readme: [], template: [] }), { 'content-type': 'application/json' }),
    415,
  );
  expectProblem(
    await ingest(hub, '--x\r\nbroken', { 'content-type': 'multipart/form-data' }),
    400,
    /multipart body cannot be read/,
  );
});

test('search filters by name, tag, category, unpublished and usage.status; delete (204, then 404)', async () => {
  const other = await startHub();
  try {
    await ingest(
      other,
      form([
        { id: 'bank', category: 'Finance', tags: ['payment'] },
        { id: 'mail', category: 'Messaging' },
        { id: 'chat', tags: ['payment', 'chat'] },
      ]),
    );
    const ids = async (filter: Readonly<Record<string, unknown>>): Promise<unknown[]> =>
      (await assets(other.api, filter)).map((a) => field(a, 'resourceId'));
    expect(await ids({ tag: 'payment' })).toEqual(['bank', 'chat']);
    expect(await ids({ tag: { $neq: 'payment' } })).toEqual(['mail']);
    expect(await ids({ category: 'Finance' })).toEqual(['bank']);
    expect(await ids({ name: { $like: 'ma*' } })).toEqual(['mail']);
    const p = await project(other.api);
    await bpmnFile(other.api, p, 'uses-chat', [['chat', 1]]);
    expect(await ids({ usage: { status: 'UP_TO_DATE' } })).toEqual(['chat']);
    expect(await ids({ usage: { status: { $in: ['UNUSED'] } } })).toEqual(['bank', 'mail']);
    expectProblem(
      await other.api('POST', '/catalog/assets/search', { body: { filter: { usage: { status: { $like: 'UP*' } } } } }),
      400,
      /\$like is not supported/,
    );
    const mail = (await assets(other.api, { resourceId: 'mail' }))[0];
    expect((await other.api('DELETE', `/catalog/assets/${text(mail, 'assetKey')}`)).status).toBe(204);
    expectProblem(await other.api('DELETE', `/catalog/assets/${text(mail, 'assetKey')}`), 404, /No catalog asset/);
    expect(await ids({})).toEqual(['bank', 'chat']);
  } finally {
    await other.target.stop();
  }
});

test('usage: the asset status and counts, the projects and files using an asset, the assets a project uses', async () => {
  const other = await startHub();
  try {
    await ingest(other, form([{ id: 'bank', version: 1 }, { id: 'mail' }]));
    await ingest(other, form([{ id: 'bank', version: 2 }, { id: 'mail' }]));
    const ws = await workspace(other.api);
    const current = await project(other.api, ws, 'Current');
    const stale = await project(other.api, ws, 'Stale');
    const onLatest = await bpmnFile(other.api, current, 'pay', [['bank', 2]]);
    const onOld = await bpmnFile(other.api, stale, 'old-pay', [
      ['bank', 1],
      ['bank', 2],
      ['mail', 1],
    ]);
    const bank = (await assets(other.api, { resourceId: 'bank' }))[0];
    expect(field(bank, 'usage')).toEqual({
      status: 'UPDATE_AVAILABLE',
      workspaceCount: 1,
      projectCount: 2,
      projectsOnLatestVersionCount: 1,
    });
    const key = text(bank, 'assetKey');
    const projects = await other.api('POST', `/catalog/assets/${key}/project-usages/search`, {
      body: { sort: [{ field: 'name', order: 'DESC' }] },
    });
    expect(items(projects)).toEqual([
      { projectKey: stale, name: 'Stale', workspaceKey: ws, status: 'UPDATE_AVAILABLE', usedVersions: [1, 2] },
      { projectKey: current, name: 'Current', workspaceKey: ws, status: 'UP_TO_DATE', usedVersions: [2] },
    ]);
    expect(field(projects.json, 'page')).toEqual({ totalItems: 2, hasMoreTotalItems: false });
    const files = await other.api('POST', `/catalog/assets/${key}/file-usages/search`, {
      body: { filter: { status: 'UP_TO_DATE' } },
    });
    expect(items(files)).toEqual([
      { fileKey: onLatest, name: 'pay', projectKey: current, status: 'UP_TO_DATE', usedVersions: [2] },
    ]);
    expect(
      items(await other.api('POST', `/catalog/assets/${key}/file-usages/search`)).map((f) => field(f, 'fileKey')),
    ).toEqual([onLatest, onOld]);
    const used = await other.api('POST', `/projects/${stale}/catalog/asset-usages/search`, {
      body: { sort: [{ field: 'name' }] },
    });
    expect(items(used).map((a) => [field(a, 'resourceId'), field(a, 'status'), field(a, 'usedVersions')])).toEqual([
      ['bank', 'UPDATE_AVAILABLE', [1, 2]],
      ['mail', 'UP_TO_DATE', [1]],
    ]);
    await ingest(other, form([{ id: 'bank', version: 2 }]));
    expect(field((await assets(other.api, { resourceId: 'mail' }))[0], 'usage', 'status')).toBe('DEPRECATED');
    expectProblem(
      await other.api('POST', '/catalog/assets/00000000-0000-4000-8000-000000000000/project-usages/search'),
      404,
    );
    expectProblem(
      await other.api('POST', '/projects/00000000-0000-4000-8000-000000000000/catalog/asset-usages/search'),
      404,
    );
    expectProblem(
      await other.api('POST', `/catalog/assets/${key}/file-usages/search`, { body: { sort: [{ field: 'status' }] } }),
      400,
      /'sort\.0\.field' must be one of/,
    );
  } finally {
    await other.target.stop();
  }
});

test('the ingestion knobs: missing assets stay published; unpaired parts are skipped instead of refused', async () => {
  const other = await startHub({ ingestionUnpublishesMissing: false, ingestionPairsReadmes: false });
  try {
    await ingest(other, form([{ id: 'bank' }, { id: 'mail' }]));
    expect(
      (
        await ingest(
          other,
          form([{ id: 'bank' }], (f) => {
            f.append('template', new Blob(['{"id":"lonely","name":"L"}']), 'lonely.json');
          }),
        )
      ).status,
    ).toBe(204);
    expect((await assets(other.api)).map((a) => [field(a, 'resourceId'), field(a, 'unpublished')])).toEqual([
      ['bank', false],
      ['mail', false],
    ]);
  } finally {
    await other.target.stop();
  }
});
