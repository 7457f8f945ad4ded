/**
 * Read-only mode (WM_READ_ONLY=true) on the Hub API v2: against a `hub-v2` reference target
 * holding a workspace with a project, a folder, a file with a version and a member, the run sends
 * only reads (gets, searches — the recently-deleted ones too —, info) and methods that change
 * nothing, the data is untouched, the reads of the core resources pass on what they found by
 * search, and every test not run is skipped saying it is read-only mode.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isJsonObject } from '../src/core/json.ts';
import type { RunningReferenceTarget } from '../reference/target.ts';
import { client, text } from './support/reference-client.ts';
import { standaloneTarget, startSuite } from './support/standalone.ts';

test.describe.configure({ timeout: 300_000 });

async function seed(target: RunningReferenceTarget): Promise<void> {
  const api = client(target, await target.mintToken('full', 600));
  const post = async (path: string, body: object, key: string): Promise<string> => {
    const reply = await api('POST', path, { body });
    expect(reply.status, `POST ${path}: ${reply.text}`).toBe(200);
    return key === '' ? '' : text(reply.json, key);
  };
  const workspaceKey = await post('/workspaces', { name: 'existing workspace' }, 'workspaceKey');
  const projectKey = await post('/projects', { name: 'existing project', workspaceKey }, 'projectKey');
  const folderKey = await post('/folders', { name: 'existing folder', projectKey }, 'folderKey');
  const fileKey = await post(
    '/files',
    { name: 'existing', projectKey, folderKey, type: 'bpmn', content: '<definitions/>' },
    'fileKey',
  );
  await post('/versions', { fileKey, name: 'existing version' }, 'versionKey');
  await post(`/workspaces/${workspaceKey}/members`, { email: target.collaboratorEmail, role: 'viewer' }, '');
}

/** The Hub's operations that only read: get…, search… (recently deleted included), getInfo. */
const READS = /^(get|search)[A-Z]/;

test('hub-v2: read-only mode sends no mutating request, changes nothing, reads what it finds and says why the rest is skipped', async () => {
  const target = await standaloneTarget({ generation: 'hub-v2' });
  try {
    await seed(target);
    const before = target.statsOf('hub-v2').resources;
    target.resetStats();
    const run = startSuite(target, { WM_READ_ONLY: 'true' });
    const exit = await run.exited;
    const output = run.output();
    expect(exit.code, output.slice(-3000)).toBe(0);
    expect(output).toMatch(/wm-conformance: .*hub-v2.*READ-ONLY/);

    const stats = target.statsOf('hub-v2');
    const called = Object.keys(stats.requestsByOperation);
    expect(called.length, 'the read-only run must still read').toBeGreaterThan(5);
    expect(called.filter((op) => op !== '(none)' && !READS.test(op))).toEqual([]);
    for (const method of Object.keys(stats.requestsByMethod))
      expect(['GET', 'HEAD', 'OPTIONS', 'POST']).toContain(method);
    const searches = Object.entries(stats.requestsByOperation)
      .filter(([op]) => op.startsWith('search'))
      .reduce((n, [, count]) => n + count, 0);
    expect(stats.requestsByMethod.POST ?? 0, 'every POST is a search').toBe(searches);
    expect(stats.resources).toEqual(before);

    const report: unknown = JSON.parse(readFileSync(join(run.reportsDir, 'compliance', 'compliance.json'), 'utf8'));
    const tests = isJsonObject(report) && Array.isArray(report.tests) ? report.tests : [];
    const passed = (operation: string): boolean =>
      tests.some(
        (t) => isJsonObject(t) && t.status === 'passed' && t.family === 'contract' && t.operation === operation,
      );
    for (const op of ['getWorkspace', 'getProject', 'getFolder', 'getFile', 'getVersion', 'searchMembers'])
      expect(passed(op), `${op}'s contract test passed on what it found`).toBe(true);
    const skipped = tests.filter((t) => isJsonObject(t) && t.status === 'skipped');
    expect(skipped.length).toBeGreaterThan(0);
    for (const t of skipped) {
      expect(t).toHaveProperty('skipReason');
    }
    const readOnlySkips = skipped.filter((t) => /WM_READ_ONLY|read-only/.test(JSON.stringify(t)));
    expect(readOnlySkips.length, 'the writes are skipped for read-only mode').toBeGreaterThan(10);
  } finally {
    await target.stop();
  }
});
