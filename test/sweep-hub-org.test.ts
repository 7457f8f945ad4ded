/**
 * Sweep of the Hub API v2's organization-wide leftovers (src/ledger/sweep-hub.ts,
 * sweepOrganization) against a standalone `hub-v2` reference target treated as a real one: with
 * WM_ALLOW_ORGANIZATION_CHANGES=true, `npm run sweep` removes an old run-tagged cluster
 * registration and catalog asset, and keeps a young one, one re-registered under an untagged name
 * (listed with why) and everything untagged; without the setting it touches none of them and says
 * so; and the start of a run removes an old run-tagged registration where the setting is on.
 */
import { expect, test } from '@playwright/test';
import { client, field, items, type Client } from './support/reference-client.ts';
import { ingestTemplates } from './support/hub.ts';
import { startCli, standaloneTarget, startSuite } from './support/standalone.ts';
import type { RunningReferenceTarget } from '../reference/target.ts';

test.describe.configure({ timeout: 300_000 });

const OLD = 'wmct-20200101T000000';

/** A run tag of this minute (young whatever the minimum age above a minute). */
function nowTag(): string {
  return `wmct-${new Date().toISOString().slice(0, 19).replace(/[-:]/g, '')}`;
}

async function register(api: Client, clusterId: string, clusterName = clusterId): Promise<void> {
  const reply = await api('POST', '/clusters', {
    body: { clusterId, clusterName, version: '8.10.0', license: { validLicense: true, licenseType: 'test' } },
  });
  expect(reply.status, reply.text).toBe(204);
}

/** Ingests element templates with these ids (the whole catalog: the ones left out become unpublished, not gone). */
async function ingest(target: RunningReferenceTarget, ids: readonly string[]): Promise<void> {
  const reply = await ingestTemplates(target, ids);
  expect(reply.status, reply.text).toBe(204);
}

async function clusters(api: Client): Promise<unknown[]> {
  return items(await api('GET', '/clusters')).map((c) => field(c, 'uuid'));
}

async function assets(api: Client): Promise<unknown[]> {
  const found = await api('POST', '/catalog/assets/search', { body: { page: { from: 0, limit: 50 } } });
  return items(found).map((a) => field(a, 'resourceId'));
}

test('hub-v2: with organization changes allowed, sweep removes old run-tagged cluster registrations and catalog assets, and only those', async () => {
  const target = await standaloneTarget({ generation: 'hub-v2' });
  try {
    const api = client(target, await target.mintToken('full', 600));
    const before = await clusters(api);
    const oldCluster = `${OLD}-aaaaaa-w0t1-cluster`;
    const renamed = `${OLD}-bbbbbb-w0t1-cluster`;
    const young = `${nowTag()}-cccccc-w0t1-cluster`;
    await register(api, oldCluster);
    await register(api, renamed, 'Edge of someone else');
    await register(api, young);
    await register(api, 'edge-1');
    const oldAsset = `${OLD}-dddddd-w0t1-asset`;
    await ingest(target, ['team-template', oldAsset]);

    const run = startCli(target, 'src/cli/sweep.ts', ['--min-age', '60'], { WM_ALLOW_ORGANIZATION_CHANGES: 'true' });
    const exit = await run.exited;
    const out = run.output();
    expect(exit.code, out).toBe(0);
    expect(out).toContain('  cluster registrations and catalog assets: 4 run-tagged, kept 1 younger\n');
    expect(out).toContain(`  deleted: cluster registration "${oldCluster}"\n`);
    expect(out).toContain(`  deleted: catalog asset "${oldAsset}"\n`);
    expect(out).toContain(
      `  kept: cluster registration "${renamed}" — its name "Edge of someone else" carries no run tag: someone registered the id again since\n`,
    );
    expect(out).not.toContain('edge-1');
    expect(out).not.toContain('team-template');
    expect((await clusters(api)).sort()).toEqual([...before, renamed, young, 'edge-1'].sort());
    expect(await assets(api)).toEqual(['team-template']);
  } finally {
    await target.stop();
  }
});

test('hub-v2: without WM_ALLOW_ORGANIZATION_CHANGES, sweep leaves cluster registrations and catalog assets alone and says so', async () => {
  const target = await standaloneTarget({ generation: 'hub-v2' });
  try {
    const api = client(target, await target.mintToken('full', 600));
    const oldCluster = `${OLD}-eeeeee-w0t1-cluster`;
    await register(api, oldCluster);
    const oldAsset = `${OLD}-ffffff-w0t1-asset`;
    await ingest(target, [oldAsset]);
    const run = startCli(target, 'src/cli/sweep.ts', ['--min-age', '0']);
    const exit = await run.exited;
    const out = run.output();
    expect(exit.code, out).toBe(0);
    expect(out).toContain(
      '  note: cluster registrations and catalog assets are not swept: organization-wide changes are not allowed here (WM_ALLOW_ORGANIZATION_CHANGES=true allows them)\n',
    );
    expect(await clusters(api)).toContain(oldCluster);
    expect(await assets(api)).toEqual([oldAsset]);
  } finally {
    await target.stop();
  }
});

test('hub-v2: the start of a run with organization changes allowed removes an old run-tagged cluster registration and catalog asset', async () => {
  const target = await standaloneTarget({ generation: 'hub-v2' });
  try {
    const api = client(target, await target.mintToken('full', 600));
    const oldCluster = `${OLD}-gggggg-w0t1-cluster`;
    await register(api, oldCluster);
    const oldAsset = `${OLD}-hhhhhh-w0t1-asset`;
    await ingest(target, [oldAsset]);
    const run = startSuite(target, { WM_ALLOW_ORGANIZATION_CHANGES: 'true' }, ['--grep', '@info']);
    const exit = await run.exited;
    expect(exit.code, run.output().slice(-3000)).toBe(0);
    expect(await clusters(api)).not.toContain(oldCluster);
    expect(await assets(api)).not.toContain(oldAsset);
  } finally {
    await target.stop();
  }
});
