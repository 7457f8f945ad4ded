/**
 * `npm run sweep` with WM_API=v1,hub-v2 against an installation serving both APIs on one store (a
 * standalone reference target of generations v1-8.10 and hub-v2, treated as a real one): it sweeps
 * through v1, then through the Hub API v2, so what a killed run made through either API goes —
 * a v1 project with a file, a v2 workspace left in the trash — and nothing else: a project
 * without the run tag stays.
 */
import { expect, test } from '@playwright/test';
import { apiTargets, call, text } from './support/reference-client.ts';
import { startCli, standaloneTarget } from './support/standalone.ts';

test('WM_API=v1,hub-v2: sweep removes what runs left through either API, live or in the trash, and nothing else', async () => {
  test.setTimeout(300_000);
  const target = await standaloneTarget({ generation: ['v1-8.10', 'hub-v2'] });
  try {
    const { v1, v2 } = apiTargets(target);
    const token = await target.mintToken('full', 600);
    const customer = await call(v1, 'POST', '/projects', { token, body: { name: 'customer project' } });
    expect(customer.status, customer.text).toBe(200);
    const before = target.stats().resources;

    const project = await call(v1, 'POST', '/projects', {
      token,
      body: { name: 'wmct-20200101T000000-aaaaaa-x0t1-1-xapi-project' },
    });
    expect(project.status, project.text).toBe(200);
    const file = await call(v1, 'POST', '/files', {
      token,
      body: { name: 'f', projectId: text(project.json, 'id'), fileType: 'bpmn', content: '' },
    });
    expect(file.status, file.text).toBe(200);
    const workspace = await call(v2, 'POST', '/workspaces', {
      token,
      body: { name: 'wmct-20200101T000000-bbbbbb-w0t1-1-workspace' },
    });
    expect(workspace.status, workspace.text).toBe(200);
    const trashed = await call(v2, 'DELETE', `/workspaces/${text(workspace.json, 'workspaceKey')}`, { token });
    expect(trashed.status).toBe(204);

    const sweep = startCli(target, 'src/cli/sweep.ts', ['--min-age', '0'], { WM_API: 'v1,hub-v2' });
    const exit = await sweep.exited;
    const out = sweep.output();
    expect(exit.code, out).toBe(0);
    expect(out).toMatch(
      new RegExp(`wm-conformance sweep: \\d+ run-tagged project\\(s\\) on ${v1.baseUrl}; deleted 1 `),
    );
    expect(out).toMatch(
      new RegExp(`wm-conformance sweep: \\d+ run-tagged workspace\\(s\\) on ${v2.baseUrl}; deleted `),
    );
    expect(target.stats().resources, out).toEqual(before);
    const kept = await call(v1, 'GET', `/projects/${text(customer.json, 'id')}`, { token });
    expect(kept.status, 'the customer project stays').toBe(200);
  } finally {
    await target.stop();
  }
});
