/**
 * The migration mapping held to its sources: the facts file's §4.2 endpoint table (parsed), its
 * §4.3 renames, and the published v1 document's 25 operations. Each test skips, saying why, when
 * `../shared` is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadLiveDocument } from '../document/index.ts';
import { FIELD_CHANGES, OPERATION_MAPPING, operationKey } from './mapping.ts';
import {
  FACTS_FILE,
  FACTS_MISSING,
  PUBLISHED_MISSING,
  PUBLISHED_V1,
  publishedMapping,
  publishedRenames,
} from '../../test/support/migration-facts.ts';

const squeeze = (text: string): string => text.replace(/\s+/g, '');

test('the mapping is the facts file §4.2 table, row for row, and what it adds says where from', () => {
  test.skip(!existsSync(FACTS_FILE), FACTS_MISSING);
  const rows = publishedMapping(readFileSync(FACTS_FILE, 'utf8'));
  expect(rows.length, 'the §4.2 table parsed').toBeGreaterThanOrEqual(25);
  const fromTable = new Set<string>();
  for (const row of rows) {
    for (const key of row.v1) {
      fromTable.add(key);
      const entry = OPERATION_MAPPING.find((m) => m.v1 === key);
      expect(entry, `${key} of the §4.2 table is in the mapping`).toBeDefined();
      if (row.v2 === null) {
        expect(entry?.status, `${key} is dropped`).toBe('dropped');
        expect(entry?.replacement, `${key} has its replacement`).toBeTruthy();
      } else {
        expect(entry?.status, `${key} is mapped`).toBe('mapped');
        expect(entry?.v2, `${key} → ${row.v2}`).toEqual([row.v2]);
      }
    }
  }
  for (const entry of OPERATION_MAPPING.filter((m) => m.source === '§4.2')) {
    expect(fromTable.has(entry.v1), `${entry.v1} (source §4.2) is a row of the §4.2 table`).toBe(true);
  }
  // What the table does not list row by row: the other milestone operations (its milestones row
  // says "use the Versions API") and v1 8.10's process applications (§4.1: a v2 project).
  for (const entry of OPERATION_MAPPING.filter((m) => !fromTable.has(m.v1))) {
    expect(entry.source, `${entry.v1} says where it comes from`).toMatch(/milestones row|§4\.1/);
    expect(entry.v1, `${entry.v1} is a milestone or process-application operation`).toMatch(
      /\/milestones|\/process-applications/,
    );
  }
});

test('every rename and removal of the facts file §4.3 is a change of the mapping', () => {
  test.skip(!existsSync(FACTS_FILE), FACTS_MISSING);
  const { renames, removed } = publishedRenames(readFileSync(FACTS_FILE, 'utf8'));
  expect(renames.length, '§4.3 renames parsed').toBeGreaterThanOrEqual(20);
  expect(removed, '§4.3 removals parsed').toEqual(
    expect.arrayContaining(['filter.projectId', 'filter.id', 'filter.description', 'createPermission']),
  );
  for (const [from, to] of renames) {
    const change = FIELD_CHANGES.find(
      (c) => squeeze(c.text).includes(squeeze(from)) && squeeze(c.text).includes(squeeze(to)),
    );
    expect(change, `§4.3 "${from}" → "${to}" is a change of the mapping`).toBeDefined();
  }
  for (const name of removed) {
    const change = FIELD_CHANGES.find((c) => c.text.includes(name) && c.text.includes('removed'));
    expect(change, `§4.3 "${name} removed" is a change of the mapping`).toBeDefined();
  }
});

test('every operation of the published v1 document is known to the mapping', async () => {
  test.skip(!existsSync(PUBLISHED_V1), PUBLISHED_MISSING);
  const document = await loadLiveDocument(readFileSync(PUBLISHED_V1, 'utf8'), PUBLISHED_V1);
  expect(document.operations).toHaveLength(25);
  for (const operation of document.operations) {
    const key = operationKey(operation.method, operation.path, document.apiPrefix);
    expect(
      OPERATION_MAPPING.some((m) => m.v1 === key),
      `${key} (${operation.operationId ?? ''})`,
    ).toBe(true);
  }
});

test('change ids are unique and every change applies to operations of the mapping', () => {
  const ids = FIELD_CHANGES.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  const known = new Set(OPERATION_MAPPING.map((m) => m.v1));
  for (const change of FIELD_CHANGES) {
    expect(change.applies.length, change.id).toBeGreaterThan(0);
    for (const key of change.applies) expect(known.has(key), `${change.id} applies to ${key}`).toBe(true);
  }
});

test('operation keys leave out the API prefix and the parameter names', () => {
  expect(operationKey('delete', '/api/v1/projects/{projectId}/collaborators/{email}', '/api/v1')).toBe(
    'DELETE /projects/{}/collaborators/{}',
  );
  expect(operationKey('get', '/api/v2/versions/{versionKey}')).toBe('GET /versions/{}');
  expect(operationKey('get', '/api/beta/milestones/compare/{a}...{b}', '/api/beta')).toBe(
    'GET /milestones/compare/{}...{}',
  );
});
