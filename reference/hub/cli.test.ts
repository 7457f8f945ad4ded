/** `npm run reference -- --generation hub-v2` in a child process: the env lines point at a target that answers under /api/v2 with its document. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const CLI = resolve(import.meta.dirname, '..', 'cli.ts');

test('--generation hub-v2 prints the env lines of a Hub API v2 target; SIGTERM stops it', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--generation', 'hub-v2'], {
    cwd: resolve(import.meta.dirname, '..', '..'),
  });
  let stdout = '';
  const exited = once(child, 'exit');
  const lines = await new Promise<Map<string, string>>((resolveLines, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!stdout.includes('WM_EXPECT_PERMISSIONS_LIMITED=')) return;
      resolveLines(
        new Map(
          stdout
            .split('\n')
            .filter((l) => l.startsWith('WM_'))
            .map((l): [string, string] => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
        ),
      );
    });
    child.once('exit', () => {
      reject(new Error(`the CLI exited early: ${stdout}`));
    });
  });
  try {
    expect(stdout).toMatch(/^# wm-conformance reference target \(generation hub-v2, faults: none\)/);
    const baseUrl = lines.get('WM_BASE_URL') ?? '';
    const document: unknown = await (await fetch(lines.get('WM_OPENAPI_URL') ?? '')).json();
    expect(document).toMatchObject({ openapi: '3.0.3', servers: [{ url: '/api/v2' }] });
    const token = await fetch(lines.get('WM_OAUTH_TOKEN_URL') ?? '', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: lines.get('WM_CLIENT_ID') ?? '',
        client_secret: lines.get('WM_CLIENT_SECRET') ?? '',
      }).toString(),
    });
    const body: unknown = await token.json();
    const accessToken =
      typeof body === 'object' && body !== null && 'access_token' in body && typeof body.access_token === 'string'
        ? body.access_token
        : '';
    const info = await fetch(`${baseUrl}/api/v2/info`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(await info.json()).toMatchObject({ version: 'v2' });
  } finally {
    child.kill('SIGTERM');
  }
  const args: unknown[] = await exited;
  expect(args[0]).toBe(0);
});
