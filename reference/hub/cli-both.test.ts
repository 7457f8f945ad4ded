/**
 * `npm run reference -- --generation v1-8.10,hub-v2` in a child process: two API servers, one
 * token for both, what v1 creates v2 reads (one store); `--kind saas`; and the bad values of
 * the new flags (one line on stderr, exit 2).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const CLI = resolve(import.meta.dirname, '..', 'cli.ts');
const ROOT = resolve(import.meta.dirname, '..', '..');

function start(args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT });
}

/** The first comment line and the WM_* lines, once printed. */
function printed(child: ChildProcessWithoutNullStreams): Promise<{ comment: string; lines: Map<string, string> }> {
  let stdout = '';
  return new Promise((resolveLines, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!stdout.includes('WM_EXPECT_PERMISSIONS_LIMITED=')) return;
      const all = stdout.split('\n');
      resolveLines({
        comment: all[0] ?? '',
        lines: new Map(
          all
            .filter((l) => l.startsWith('WM_'))
            .map((l): [string, string] => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
        ),
      });
    });
    child.once('exit', () => {
      reject(new Error(`the CLI exited early: ${stdout}`));
    });
  });
}

async function tokenOf(lines: ReadonlyMap<string, string>): Promise<string> {
  const reply = await fetch(lines.get('WM_OAUTH_TOKEN_URL') ?? '', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: lines.get('WM_CLIENT_ID') ?? '',
      client_secret: lines.get('WM_CLIENT_SECRET') ?? '',
    }).toString(),
  });
  const body: unknown = await reply.json();
  return typeof body === 'object' && body !== null && 'access_token' in body && typeof body.access_token === 'string'
    ? body.access_token
    : '';
}

test('--generation v1-8.10,hub-v2 prints WM_BASE_URL for v1 and WM_V2_BASE_URL for the Hub; both share one store and one issuer', async () => {
  const child = start(['--generation', 'hub-v2,v1-8.10']);
  const exited = once(child, 'exit');
  try {
    const { comment, lines } = await printed(child);
    expect(comment).toMatch(
      /^# wm-conformance reference target \(generations v1-8\.10 at http:\/\/127\.0\.0\.1:\d+\/api\/v1 and hub-v2 at http:\/\/127\.0\.0\.1:\d+\/api\/v2 on one store, faults: none\)/,
    );
    const v1 = lines.get('WM_BASE_URL') ?? '';
    const v2 = lines.get('WM_V2_BASE_URL') ?? '';
    expect(v1).not.toBe(v2);
    expect(lines.get('WM_V2_OPENAPI_URL')).toBe(`${v2}/v3/api-docs`);
    const token = await tokenOf(lines);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const created: unknown = await (
      await fetch(`${v1}/api/v1/projects`, { method: 'POST', headers, body: JSON.stringify({ name: 'shared' }) })
    ).json();
    const id =
      typeof created === 'object' && created !== null && 'id' in created && typeof created.id === 'string'
        ? created.id
        : '';
    expect(await (await fetch(`${v2}/api/v2/workspaces/${id}`, { headers })).json()).toMatchObject({
      workspace: { workspaceKey: id, name: 'shared' },
    });
  } finally {
    child.kill('SIGTERM');
  }
  const args: unknown[] = await exited;
  expect(args[0]).toBe(0);
});

test('--kind saas: the comment line says so and the Hub answers the cluster operations 404', async () => {
  const child = start(['--generation', 'hub-v2', '--kind', 'saas']);
  const exited = once(child, 'exit');
  try {
    const { comment, lines } = await printed(child);
    expect(comment).toMatch(/^# wm-conformance reference target \(generation hub-v2, saas, faults: none\)/);
    const reply = await fetch(`${lines.get('WM_BASE_URL') ?? ''}/api/v2/clusters`, {
      headers: { authorization: `Bearer ${await tokenOf(lines)}` },
    });
    expect(reply.status).toBe(404);
  } finally {
    child.kill('SIGTERM');
  }
  await exited;
});

test('bad values of --generation lists and --kind: one line on stderr, exit 2', async () => {
  for (const args of [
    ['--generation', 'v1,hub-v2'],
    ['--generation', 'v1-8.10,v9'],
    ['--kind', 'cloud'],
  ]) {
    const child = start(args);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exit: unknown[] = await once(child, 'exit');
    expect(exit[0], args.join(' ')).toBe(2);
    expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    expect(stderr, args.join(' ')).toMatch(/^reference: --(generation|kind)/);
  }
});
