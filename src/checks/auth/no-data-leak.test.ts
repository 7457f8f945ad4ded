/** Tests for auth-no-data-leak: which values count as data, and that echoes of the request do not count as leaks. */
import { expect, test } from '@playwright/test';
import { judgeNoDataLeak, sensitiveValues } from './no-data-leak.ts';

const PROJECT = {
  metadata: { id: '7d3c9a8e-0000-4000-8000-000000000001', name: 'wmct-secret-plans', created: '2030-01-01' },
  content: { files: [{ id: '7d3c9a8e-0000-4000-8000-000000000002', name: 'a' }] },
};

test('ids, names, contents and emails anywhere are data; short values and other fields are not', () => {
  expect(sensitiveValues(PROJECT).sort()).toEqual([
    '7d3c9a8e-0000-4000-8000-000000000001',
    '7d3c9a8e-0000-4000-8000-000000000002',
    'wmct-secret-plans',
  ]);
  expect(sensitiveValues(undefined)).toEqual([]);
});

test('a refused answer carrying a name leaks; an empty body or a problem echoing the path does not', () => {
  const data = sensitiveValues(PROJECT);
  const path = '/api/v1/projects/7d3c9a8e-0000-4000-8000-000000000001';
  expect(judgeNoDataLeak('', data, [path], 'x').ok).toBe(true);
  expect(
    judgeNoDataLeak(JSON.stringify({ status: 401, title: 'Unauthorized', instance: path }), data, [path], 'x').ok,
  ).toBe(true);
  expect(judgeNoDataLeak(JSON.stringify(PROJECT), data, [path], 'x')).toMatchObject({
    ok: false,
    actual: 'wmct-secret-plans, 7d3c9a8e-0000-4000-8000-000000000002',
  });
});
