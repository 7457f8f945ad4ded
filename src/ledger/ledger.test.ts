/** Tests for the ledger: journal round trip, cascading project deletion, tolerant reading of cut journals, creates cut off in flight, deletion order. */
import { expect, test } from '@playwright/test';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deletionOrder, Ledger, pendingInRunDir, unconfirmedInRunDir, type LedgerEntry } from './ledger.ts';

let runDir = '';

test.beforeEach(() => {
  runDir = mkdtempSync(join(tmpdir(), 'wmct-ledger-'));
});

test.afterEach(() => {
  rmSync(runDir, { recursive: true, force: true });
});

const PROJECT: LedgerEntry = { kind: 'project', id: 'p1', name: 'wmct-20240501T100000-abc123-project' };
const FOLDER: LedgerEntry = { kind: 'folder', id: 'd1', projectId: 'p1' };
const FILE: LedgerEntry = { kind: 'file', id: 'f1', projectId: 'p1' };
const OTHER_PROJECT: LedgerEntry = { kind: 'project', id: 'p2' };
const OTHER_FILE: LedgerEntry = { kind: 'file', id: 'f2', projectId: 'p2' };

test('what a ledger records is pending in memory and in its journal', () => {
  const ledger = new Ledger(join(runDir, 'ledger-w0.jsonl'));
  expect(ledger.journalFile).toBe(join(runDir, 'ledger-w0.jsonl'));
  for (const entry of [PROJECT, FOLDER, FILE, OTHER_PROJECT]) ledger.created(entry);
  ledger.deleted('folder', 'd1');
  expect(ledger.pending()).toEqual([PROJECT, FILE, OTHER_PROJECT]);
  expect(pendingInRunDir(runDir)).toEqual([PROJECT, FILE, OTHER_PROJECT]);
  expect(
    readFileSync(ledger.journalFile, 'utf8')
      .trim()
      .split('\n')
      .map((line): unknown => JSON.parse(line)),
  ).toEqual([
    { event: 'created', entry: PROJECT },
    { event: 'created', entry: FOLDER },
    { event: 'created', entry: FILE },
    { event: 'created', entry: OTHER_PROJECT },
    { event: 'deleted', kind: 'folder', id: 'd1' },
  ]);
});

test('deleting a project forgets everything in it, in memory and in the journal', () => {
  const ledger = new Ledger(join(runDir, 'ledger-w0.jsonl'));
  for (const entry of [PROJECT, FOLDER, FILE, OTHER_PROJECT, OTHER_FILE]) ledger.created(entry);
  ledger.deleted('project', 'p1');
  expect(ledger.pending()).toEqual([OTHER_PROJECT, OTHER_FILE]);
  expect(pendingInRunDir(runDir)).toEqual([OTHER_PROJECT, OTHER_FILE]);
});

test('deleting what the ledger never held journals nothing', () => {
  const ledger = new Ledger(join(runDir, 'ledger-w0.jsonl'));
  ledger.created(PROJECT);
  ledger.deleted('project', 'unknown');
  ledger.deleted('file', 'p1');
  expect(readFileSync(ledger.journalFile, 'utf8').trim().split('\n')).toHaveLength(1);
  expect(ledger.pending()).toEqual([PROJECT]);
});

test('pendingInRunDir merges the journals of all workers and skips cut or foreign lines', () => {
  new Ledger(join(runDir, 'ledger-w0.jsonl')).created(PROJECT);
  const second = new Ledger(join(runDir, 'ledger-w1.jsonl'));
  second.created(OTHER_PROJECT);
  second.created(OTHER_FILE);
  appendFileSync(second.journalFile, '{"event":"deleted","kind":"project","id":"p');
  writeFileSync(
    join(runDir, 'ledger-w2.jsonl'),
    '\n{"event":"created"}\n[1,2]\n{"event":"renamed","id":"x","kind":"file"}\n',
  );
  writeFileSync(join(runDir, 'run.json'), '{"event":"created","entry":{"kind":"project","id":"not-a-ledger"}}\n');
  expect(pendingInRunDir(runDir)).toEqual([PROJECT, OTHER_PROJECT, OTHER_FILE]);
});

test('a project create journalled but never answered (settled) nor confirmed is unconfirmed by name, in any journal; other kinds are not journalled before', () => {
  const first = new Ledger(join(runDir, 'ledger-w0.jsonl'));
  first.creating('project', PROJECT.name ?? '');
  first.created(PROJECT);
  first.creating('project', 'wmct-20240501T100000-abc123-cut-off');
  first.creating('folder', 'wmct-20240501T100000-abc123-folder');
  first.creating('project', '');
  first.creating('project', 'wmct-20240501T100000-abc123-refused');
  first.settled('project', 'wmct-20240501T100000-abc123-refused');
  const second = new Ledger(join(runDir, 'ledger-w1.jsonl'));
  second.creating('project', 'wmct-20240501T100000-abc123-cut-off-too');
  expect(unconfirmedInRunDir(runDir)).toEqual([
    'wmct-20240501T100000-abc123-cut-off',
    'wmct-20240501T100000-abc123-cut-off-too',
  ]);
  expect(pendingInRunDir(runDir)).toEqual([PROJECT]);
  expect(unconfirmedInRunDir(join(runDir, 'nope'))).toEqual([]);
});

test('pendingInRunDir of a missing folder is empty', () => {
  expect(pendingInRunDir(join(runDir, 'nope'))).toEqual([]);
});

test('deletionOrder drops what a pending project takes along and deletes deepest kinds first', () => {
  const version: LedgerEntry = { kind: 'version', id: 'v1', projectId: 'p3' };
  const collaborator: LedgerEntry = { kind: 'collaborator', id: 'c1', projectId: 'p1' };
  const loneFolder: LedgerEntry = { kind: 'folder', id: 'd9' };
  const order = deletionOrder([PROJECT, FOLDER, FILE, loneFolder, version, OTHER_PROJECT, collaborator, OTHER_FILE]);
  expect(order).toEqual([version, loneFolder, PROJECT, OTHER_PROJECT]);
});
