/**
 * Helpers for the hub-v2 simulator's own tests (not a test file itself): a started target with a
 * full client, and fixtures that create a workspace, a project, a folder or a file and answer its
 * key (failing the test when the create does not answer 200).
 */
import { expect } from '@playwright/test';
import {
  startReferenceTarget,
  type HubBehaviour,
  type RunningReferenceTarget,
  type TargetKind,
} from '../../reference/target.ts';
import type { HubStore } from '../../reference/hub/store.ts';
import { encodeMultipart } from '../../src/api/client.ts';
import { call, client, field, text, type Client, type Reply } from './reference-client.ts';

export interface HubFixture {
  readonly target: RunningReferenceTarget;
  readonly api: Client;
}

export async function startHub(
  hub: Partial<HubBehaviour> = {},
  faults: readonly string[] = [],
  kind: TargetKind = 'self-managed',
  store?: HubStore,
): Promise<HubFixture> {
  const target = await startReferenceTarget({
    generation: 'hub-v2',
    hub,
    faults,
    kind,
    ...(store === undefined ? {} : { store }),
  });
  return { target, api: client(target, await target.mintToken('full', 600)) };
}

async function created(reply: Promise<Reply>, key: string): Promise<string> {
  const r = await reply;
  expect(r.status, r.text).toBe(200);
  return text(r.json, key);
}

export function workspace(api: Client, name = 'ws'): Promise<string> {
  return created(api('POST', '/workspaces', { body: { name } }), 'workspaceKey');
}

export async function project(api: Client, workspaceKey?: string, name = 'project'): Promise<string> {
  return created(
    api('POST', '/projects', { body: { name, workspaceKey: workspaceKey ?? (await workspace(api)) } }),
    'projectKey',
  );
}

export function folder(
  api: Client,
  projectKey: string,
  parentFolderKey: string | null = null,
  name = 'folder',
): Promise<string> {
  return created(
    api('POST', '/folders', { body: { name, projectKey, ...(parentFolderKey === null ? {} : { parentFolderKey }) } }),
    'folderKey',
  );
}

export function file(
  api: Client,
  projectKey: string,
  folderKey: string | null = null,
  name = 'process',
  content = '<bpmn/>',
): Promise<string> {
  return created(
    api('POST', '/files', {
      body: { name, projectKey, type: 'bpmn', content, ...(folderKey === null ? {} : { folderKey }) },
    }),
    'fileKey',
  );
}

/** The keys (`key` property) of a search reply's items. */
export function keysOf(reply: Reply, key: string): unknown[] {
  const list = field(reply.json, 'items');
  return Array.isArray(list) ? list.map((item) => field(item, key)) : [];
}

/** Expects an RFC 9457 problem with this status (and, when given, a detail matching). */
export function expectProblem(reply: Reply, status: number, detail?: RegExp): void {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.headers.get('content-type')).toBe('application/problem+json');
  expect(reply.json).toMatchObject({ type: 'about:blank', status, instance: expect.stringMatching(/^\/api\/v2\//) });
  expect(Object.keys(typeof reply.json === 'object' && reply.json !== null ? reply.json : {}).sort()).toEqual([
    'detail',
    'instance',
    'status',
    'title',
    'type',
  ]);
  if (detail !== undefined) expect(String(field(reply.json, 'detail'))).toMatch(detail);
}

/**
 * Ingests element templates with these ids, each with its README, as the catalog
 * (`PUT /catalog/assets/ingestion`, multipart/form-data) as the full client: the templates
 * left out become unpublished, not gone.
 */
export async function ingestTemplates(target: RunningReferenceTarget, ids: readonly string[]): Promise<Reply> {
  const { body, contentType } = await encodeMultipart(
    ids.flatMap((id) => [
      {
        name: 'readme',
        filename: `${id}.md`,
        contentType: 'text/markdown',
        content: `---\ntemplate: ${id}.json\n---\n# ${id}\n`,
      },
      {
        name: 'template',
        filename: `${id}.json`,
        contentType: 'application/json',
        content: JSON.stringify({ id, name: id }),
      },
    ]),
  );
  return call(target, 'PUT', '/catalog/assets/ingestion', {
    token: await target.mintToken('full', 600),
    rawBody: body,
    headers: { 'content-type': contentType },
  });
}
