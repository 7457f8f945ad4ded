/**
 * The suite against v1 as Camunda 8.10 serves it (generation v1-8.10, with the Hub API v2 beside
 * it on one store, as an 8.10 installation serves them): a process application exists that the
 * suite did not make (made through v2: v1 cannot create one); the suite reads it through
 * `GET /process-applications/{id}` (contract, auth, permission, negative, methods), sends no
 * PATCH or DELETE to it (skipped, saying why), leaves it as it was, and reports the deprecation
 * of the API in the banner and in the run facts of the compliance report.
 */
import { expect, test } from '@playwright/test';
import { call, text } from './support/reference-client.ts';
import { standaloneTarget, startSuite } from './support/standalone.ts';
import { complianceReport, rowsOfReport } from './support/report/compliance-rows.ts';

const NOTE = 'this API is deprecated (removed in 8.12): see the migration report';

test('v1-8.10: the process applications are read, never changed; the deprecation is reported', async () => {
  test.setTimeout(300_000);
  const target = await standaloneTarget({ generation: ['v1-8.10', 'hub-v2'] });
  try {
    const [v1, v2] = target.apis;
    if (v1 === undefined || v2 === undefined) throw new Error('two APIs expected');
    const token = await target.mintToken('full', 600);
    const on = (api: typeof v1): typeof target => ({ ...target, baseUrl: api.baseUrl, apiPrefix: api.apiPrefix });
    const workspace = await call(on(v1), 'POST', '/projects', { token, body: { name: 'customer workspace' } });
    expect(workspace.status, workspace.text).toBe(200);
    const app = await call(on(v2), 'POST', '/projects', {
      token,
      body: { name: 'customer process application', workspaceKey: text(workspace.json, 'id') },
    });
    expect(app.status, app.text).toBe(200);
    const appId = text(app.json, 'projectKey');
    const before = await call(on(v1), 'GET', `/process-applications/${appId}`, { token });
    expect(before.status, before.text).toBe(200);

    // The suite sees v1 only (the second API's lines are for people, not settings).
    const v1Only = { ...target, envLines: () => target.envLines().filter((line) => !line.startsWith('WM_V2_')) };
    const run = startSuite(v1Only, {}, ['--grep', 'ProcessApplication|getProject ']);
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

    const after = await call(on(v1), 'GET', `/process-applications/${appId}`, { token });
    expect(after.status).toBe(200);
    expect(after.json).toEqual(before.json);
  } finally {
    await target.stop();
  }
});
