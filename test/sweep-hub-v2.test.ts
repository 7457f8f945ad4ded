/**
 * `npm run sweep -- --min-age 0` against a Hub API v2 (a standalone `hub-v2` reference target
 * treated as a real one): the suite's leftover workspace — its member the configured collaborator
 * — is deleted for good, so is a run-tagged workspace the suite left in the trash; a workspace
 * with a member the suite never adds is kept and listed with why. And the start of a run sweeps
 * the same way (the configured collaborator is the suite's member there too).
 */
import { expect, test } from '@playwright/test';
import { client, items, text, type Client } from './support/reference-client.ts';
import { startCli, standaloneTarget, startSuite } from './support/standalone.ts';

test.describe.configure({ timeout: 300_000 });

async function workspace(api: Client, name: string): Promise<string> {
  const reply = await api('POST', '/workspaces', { body: { name } });
  expect(reply.status, reply.text).toBe(200);
  return text(reply.json, 'workspaceKey');
}

async function addMember(api: Client, workspaceKey: string, email: string): Promise<void> {
  const reply = await api('POST', `/workspaces/${workspaceKey}/members`, { body: { email, role: 'editor' } });
  expect(reply.status, reply.text).toBe(200);
}

test("hub-v2: sweep deletes the suite's leftovers for good, live and in the trash, and keeps a workspace with a foreign member", async () => {
  const target = await standaloneTarget({ generation: 'hub-v2' });
  try {
    const suite = client(target, await target.mintToken('full', 600));
    const collaborator = target.collaboratorEmails[0] ?? '';
    expect(collaborator).not.toBe('');
    const own = 'wmct-20200101T000000-aaaaaa-w0t1-ws';
    const ownKey = await workspace(suite, own);
    await addMember(suite, ownKey, collaborator);
    const trashed = 'wmct-20200101T000000-bbbbbb-w0t1-ws';
    const trashedKey = await workspace(suite, trashed);
    expect((await suite('DELETE', `/workspaces/${trashedKey}`)).status).toBe(204);
    const foreign = 'wmct-20200101T000000-cccccc-w0t1-ws';
    const foreignKey = await workspace(suite, foreign);
    await addMember(suite, foreignKey, 'mallory@elsewhere.example');

    const sweep = startCli(target, 'src/cli/sweep.ts', ['--min-age', '0']);
    const exit = await sweep.exited;
    const out = sweep.output();
    expect(exit.code, out).toBe(0);
    expect(out).toMatch(/wm-conformance sweep: 3 run-tagged workspace\(s\) on .*; deleted 2 older than 0 min/);
    expect(out).toContain('(learned from its probe workspaces)');
    expect(out).toContain(`  deleted: ${own}\n`);
    expect(out).toContain(`  deleted: ${trashed} (deleted, in the trash)\n`);
    expect(out).toContain(
      `  kept: ${foreign} — not the suite's: member mallory@elsewhere.example (editor) not a collaborator the suite adds\n`,
    );
    const trash = await suite('POST', '/workspaces/recently-deleted/search', {
      body: { page: { from: 0, limit: 50 } },
    });
    expect(items(trash), 'nothing left in the trash').toEqual([]);
    expect((await suite('GET', `/workspaces/${ownKey}`)).status).toBe(404);
    expect((await suite('GET', `/workspaces/${foreignKey}`)).status, 'the kept workspace stays').toBe(200);
  } finally {
    await target.stop();
  }
});

test("hub-v2: the start of a run deletes the suite's old leftover workspace for good", async () => {
  const target = await standaloneTarget({ generation: 'hub-v2' });
  try {
    const suite = client(target, await target.mintToken('full', 600));
    const leftover = await workspace(suite, 'wmct-20200101T000000-dddddd-w0t1-ws');
    await addMember(suite, leftover, target.collaboratorEmails[0] ?? '');
    const run = startSuite(target, {}, ['--grep', '@info']);
    const exit = await run.exited;
    expect(exit.code, run.output().slice(-3000)).toBe(0);
    expect((await suite('GET', `/workspaces/${leftover}`)).status).toBe(404);
    const trash = await suite('POST', '/workspaces/recently-deleted/search', {
      body: { page: { from: 0, limit: 50 } },
    });
    expect(items(trash), 'nothing left in the trash').toEqual([]);
  } finally {
    await target.stop();
  }
});
