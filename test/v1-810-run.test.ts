/**
 * The suite against v1 as Camunda 8.10 serves it (generation v1-8.10, with the Hub API v2 beside
 * it on one store, as an 8.10 installation serves them): a process application exists that the
 * suite did not make (made through v2: v1 cannot create one); the suite reads it through
 * `GET /process-applications/{id}` (contract, auth, permission, negative, methods), sends no
 * PATCH or DELETE to it (skipped, saying why), leaves it as it was, and reports the deprecation
 * of the API in the banner and in the run facts of the compliance report.
 */
import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { isJsonObject } from '../src/core/json.ts';
import { doctor } from './support/doctored.ts';
import type { RunningReferenceTarget } from '../reference/target.ts';
import { apiTargets, call, text } from './support/reference-client.ts';
import { standaloneTarget, startSuite } from './support/standalone.ts';
import { complianceReport, rowsOfReport } from './support/report/compliance-rows.ts';

const NOTE = 'this API is deprecated (removed in 8.12): see the migration report';

/**
 * What an 8.10 installation holds before the suite comes: a workspace (made through v1, where it
 * is a project) with a process application in it (made through v2: v1 cannot create one).
 */
async function customerProcessApplication(target: RunningReferenceTarget): Promise<{
  readonly v1: RunningReferenceTarget;
  readonly token: string;
  readonly workspaceId: string;
  readonly appId: string;
}> {
  const { v1, v2 } = apiTargets(target);
  const token = await target.mintToken('full', 600);
  const workspace = await call(v1, 'POST', '/projects', { token, body: { name: 'customer workspace' } });
  expect(workspace.status, workspace.text).toBe(200);
  const workspaceId = text(workspace.json, 'id');
  const app = await call(v2, 'POST', '/projects', {
    token,
    body: { name: 'customer process application', workspaceKey: workspaceId },
  });
  expect(app.status, app.text).toBe(200);
  return { v1, token, workspaceId, appId: text(app.json, 'projectKey') };
}

/** The suite sees v1 only (the second API's lines are for people, not settings). */
function v1Only(target: RunningReferenceTarget): RunningReferenceTarget {
  return { ...target, envLines: () => target.envLines().filter((line) => !line.startsWith('WM_V2_')) };
}

test('v1-8.10: the process applications are read, never changed; the deprecation is reported', async () => {
  test.setTimeout(300_000);
  const target = await standaloneTarget({ generation: ['v1-8.10', 'hub-v2'] });
  try {
    const { v1, token, appId } = await customerProcessApplication(target);
    const before = await call(v1, 'GET', `/process-applications/${appId}`, { token });
    expect(before.status, before.text).toBe(200);

    const run = startSuite(v1Only(target), {}, ['--grep', 'ProcessApplication|getProject ']);
    const exit = await run.exited;
    const output = run.output();
    expect(exit.code, output.slice(-3000)).toBe(0);
    expect(output).toContain(`READ-WRITE) — ${NOTE}`);

    const report = complianceReport(run.reportsDir);
    expect(JSON.stringify(report)).toContain(`"deprecation":"${NOTE}"`);
    const rows = rowsOfReport(report);
    const status = (op: string, family: string): string | undefined =>
      rows.find((r) => r.operation === op && r.family === family)?.status;
    for (const family of ['contract', 'auth', 'permission', 'negative'])
      expect(status('getProcessApplication', family), family).toBe('passed');
    for (const op of ['patchProcessApplication', 'deleteProcessApplication'])
      expect(status(op, 'contract'), op).toBe('skipped');

    const after = await call(v1, 'GET', `/process-applications/${appId}`, { token });
    expect(after.status).toBe(200);
    expect(after.json).toEqual(before.json);
  } finally {
    await target.stop();
  }
});

test('v1-8.10: a project the search finds that is gone when read (deleted meanwhile) is passed over, not a failed set-up', async () => {
  test.setTimeout(300_000);
  const target = await standaloneTarget({ generation: ['v1-8.10', 'hub-v2'] });
  try {
    const { v1, token, workspaceId } = await customerProcessApplication(target);
    // The search answers the real project after one that no longer exists, as when another test
    // (or anyone) deleted it between the search and the read.
    const found = await call(v1, 'POST', '/projects/search', { token, body: { page: 0, size: 10 } });
    expect(found.status, found.text).toBe(200);
    if (!isJsonObject(found.json)) throw new Error(`the search answered no object: ${found.text}`);
    const listed = Array.isArray(found.json.items) ? found.json.items : [];
    const real = listed.find((item) => isJsonObject(item) && item.id === workspaceId);
    if (!isJsonObject(real)) throw new Error(`the search did not list the workspace: ${found.text}`);
    const gone = { ...real, id: randomUUID(), name: 'deleted meanwhile' };
    const searchBody = JSON.stringify({ ...found.json, items: [gone, real], total: 2 });
    const front = await doctor(v1, {
      api: ({ method, path }) =>
        method === 'POST' && path === `${v1.apiPrefix}/projects/search`
          ? { status: 200, contentType: 'application/json', body: searchBody }
          : undefined,
    });
    try {
      const run = startSuite(v1Only(target), front.env, ['--grep', 'getProcessApplication .*· contract']);
      const exit = await run.exited;
      const output = run.output();
      expect(exit.code, output.slice(-3000)).toBe(0);
      const rows = rowsOfReport(complianceReport(run.reportsDir));
      expect(rows.find((r) => r.operation === 'getProcessApplication' && r.family === 'contract')?.status).toBe(
        'passed',
      );
    } finally {
      await front.stop();
    }
  } finally {
    await target.stop();
  }
});
