/**
 * The plan of the Hub API v2 (the reference target's hub-v2 document): paths behind the server
 * URL's `/api/v2`, the generation, the kinds and roles of the core operations (trash, members),
 * and the set-up chains read from the `x-semantic-*` annotations; a document without them (v1)
 * has no chains.
 */
import { expect, test } from '@playwright/test';
import { buildHubDocument } from '../../reference/hub/document.ts';
import { hubRoutes } from '../../reference/hub/route-table.ts';
import { buildDocumentModel, serverPathOf } from '../document/model.ts';
import { isJsonObject } from '../core/json.ts';
import { generationOf } from '../run/facts.ts';
import { createChains } from './chains.ts';
import { classifyAll } from './classify.ts';

const raw = buildHubDocument(hubRoutes());
const doc = buildDocumentModel(raw, '3.0.3', '3.0');
const plan = classifyAll(doc);

function row(key: string): string {
  const p = plan.find((x) => x.op.key === key);
  return p === undefined ? 'missing' : `${p.op.method} ${p.op.path} ${p.kind} ${p.role} ${p.permission} ${p.mutating}`;
}

test('hub-v2: paths carry the server URL path, the generation is hub-v2', () => {
  expect(serverPathOf(raw)).toBe('/api/v2');
  expect(serverPathOf({ servers: [{ url: '{schema}://{host}:{port}/api/v2' }] })).toBe('/api/v2');
  expect(serverPathOf({ servers: [{ url: '/' }] })).toBe('');
  expect(serverPathOf({ servers: [{ url: 'http://localhost:8070' }] })).toBe('');
  expect(doc.apiPrefix).toBe('/api/v2');
  expect(generationOf({ doc, plan })).toBe('hub-v2');
});

test('hub-v2: kinds and roles of the core operations', () => {
  expect(
    [
      'getInfo',
      'createWorkspace',
      'deleteWorkspace',
      'permanentlyDeleteWorkspace',
      'searchRecentlyDeletedWorkspaces',
      'restoreWorkspace',
      'updateFile',
      'purgeFile',
      'restoreVersion',
      'addMember',
      'removeMember',
      'searchMembers',
      'getProjectEnvironments',
    ].map(row),
  ).toEqual([
    'get /api/v2/info info info null false',
    'post /api/v2/workspaces workspace create create true',
    'delete /api/v2/workspaces/{workspaceKey} workspace delete delete true',
    'delete /api/v2/workspaces/{workspaceKey}/permanent workspace delete-permanently delete true',
    'post /api/v2/workspaces/recently-deleted/search workspace search-deleted read false',
    'post /api/v2/workspaces/{workspaceKey}/restoration workspace restore update true',
    'patch /api/v2/files/{fileKey} file update update true',
    'delete /api/v2/files/{fileKey}/purge file purge delete true',
    'post /api/v2/versions/{versionKey}/restoration version restore update true',
    'post /api/v2/workspaces/{workspaceKey}/members member upsert update true',
    'delete /api/v2/workspaces/{workspaceKey}/members/{email} member remove delete true',
    'post /api/v2/members/search member search read false',
    'get /api/v2/projects/{projectKey}/environments project other read false',
  ]);
});

test('hub-v2: the set-up chains come from the annotations (workspace → project → folder/file → version)', () => {
  const chains = Object.fromEntries(
    [...createChains(raw, plan)].map(([kind, chain]) => [kind, `${chain.key} ← ${chain.needs.join(', ')}`]),
  );
  expect(chains).toEqual({
    workspace: 'workspaceKey ← ',
    project: 'projectKey ← workspaceKey',
    folder: 'folderKey ← projectKey',
    file: 'fileKey ← projectKey',
    version: 'versionKey ← fileKey',
  });
});

test('a document without the annotations has no chains (the hand-written fallback applies)', () => {
  const stripped: unknown = JSON.parse(JSON.stringify(raw).replaceAll('"x-semantic-provider"', '"x-other"'));
  if (!isJsonObject(stripped)) throw new Error('not an object');
  const strippedDoc = buildDocumentModel(stripped, '3.0.3', '3.0');
  expect(createChains(strippedDoc.raw, classifyAll(strippedDoc)).size).toBe(0);
});
