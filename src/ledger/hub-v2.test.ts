/**
 * The ledger on the Hub API v2: a workspace is a root like a project — deleting it forgets
 * everything recorded in it, only roots outside a pending workspace are deleted one by one, and a
 * workspace create cut off in flight is journalled by name. `rootKindOf` picks the workspace when
 * the document can create and permanently delete workspaces.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildHubDocument } from '../../reference/hub/document.ts';
import { hubRoutes } from '../../reference/hub/route-table.ts';
import { buildDocumentModel } from '../document/model.ts';
import { classifyAll } from '../plan/classify.ts';
import { rootKindOf } from './cleanup.ts';
import { deletionOrder, Ledger, pendingInRunDir, unconfirmedInRunDir, type LedgerEntry } from './ledger.ts';

let runDir = '';

test.beforeEach(() => {
  runDir = mkdtempSync(join(tmpdir(), 'wmct-ledger-hub-'));
});

test.afterEach(() => {
  rmSync(runDir, { recursive: true, force: true });
});

const WORKSPACE: LedgerEntry = { kind: 'workspace', id: 'w1', name: 'wmct-20240501T100000-abc123-ws' };
const PROJECT: LedgerEntry = { kind: 'project', id: 'p1', name: 'wmct-20240501T100000-abc123-p', workspaceId: 'w1' };
const FILE: LedgerEntry = { kind: 'file', id: 'f1', projectId: 'p1', workspaceId: 'w1' };
const MEMBER: LedgerEntry = { kind: 'member', id: 'w1/a@example.com', workspaceId: 'w1' };
const OTHER_WORKSPACE: LedgerEntry = { kind: 'workspace', id: 'w2' };

test('a deleted workspace takes everything recorded in it along', () => {
  const ledger = new Ledger(join(runDir, 'ledger-w0.jsonl'));
  for (const entry of [WORKSPACE, PROJECT, FILE, MEMBER, OTHER_WORKSPACE]) ledger.created(entry);
  ledger.deleted('workspace', 'w1');
  expect(ledger.pending()).toEqual([OTHER_WORKSPACE]);
  expect(pendingInRunDir(runDir)).toEqual([OTHER_WORKSPACE]);
});

test('deletion order: what lies in a pending workspace is deleted with it, workspaces last', () => {
  expect(deletionOrder([WORKSPACE, PROJECT, FILE, MEMBER, OTHER_WORKSPACE])).toEqual([WORKSPACE, OTHER_WORKSPACE]);
  const orphan: LedgerEntry = { kind: 'file', id: 'f9', workspaceId: 'gone' };
  expect(deletionOrder([OTHER_WORKSPACE, orphan])).toEqual([orphan, OTHER_WORKSPACE]);
});

test('a workspace create cut off in flight is journalled by name', () => {
  const ledger = new Ledger(join(runDir, 'ledger-w0.jsonl'));
  ledger.creating('workspace', 'wmct-20240501T100000-abc123-cut');
  ledger.creating('workspace', 'wmct-20240501T100000-abc123-ws');
  ledger.settled('workspace', 'wmct-20240501T100000-abc123-ws');
  ledger.creating('file', 'not journalled');
  expect(unconfirmedInRunDir(runDir)).toEqual(['wmct-20240501T100000-abc123-cut']);
});

test('the root kind: workspace on the Hub API v2, project without workspaces', () => {
  const doc = buildDocumentModel(buildHubDocument(hubRoutes()), '3.0.3', '3.0');
  const plan = classifyAll(doc);
  expect(rootKindOf(plan)).toBe('workspace');
  expect(rootKindOf(plan.filter((p) => p.kind !== 'workspace'))).toBe('project');
});
