/** `npm run reference` (reference/cli.ts) in a child process: env lines, stats over HTTP, clean stop, flag errors. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const CLI = resolve(import.meta.dirname, 'cli.ts');

function start(args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: resolve(import.meta.dirname, '..') });
}

async function finish(
  child: ChildProcessWithoutNullStreams,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const args: unknown[] = await once(child, 'exit');
  const code = args[0];
  return { code: typeof code === 'number' ? code : null, stdout, stderr };
}

/** Resolves with the WM_* lines once the CLI has printed them. */
function envLines(child: ChildProcessWithoutNullStreams): Promise<Map<string, string>> {
  return new Promise((resolveLines, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      if (!buffer.includes('WM_EXPECT_PERMISSIONS_LIMITED=')) return;
      const pairs = buffer
        .split('\n')
        .filter((l) => l.startsWith('WM_'))
        .map((l): [string, string] => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]);
      resolveLines(new Map(pairs));
    });
    child.once('exit', () => {
      reject(new Error(`the CLI exited early: ${buffer}`));
    });
  });
}

test('prints the env lines, serves stats, stops on SIGTERM', async () => {
  const child = start(['--generation', 'beta', '--fault', 'soft-delete,create-201', '--token-lifetime', '120']);
  const done = finish(child);
  const env = await envLines(child);
  const baseUrl = env.get('WM_BASE_URL') ?? '';
  expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(env.get('WM_OAUTH_AUDIENCE')).toBe('web-modeler-public-api');
  expect(env.get('WM_EXPECT_PERMISSIONS_LIMITED')).toBe('read');
  for (const key of [
    'WM_CLIENT_SECRET',
    'WM_LIMITED_CLIENT_SECRET',
    'WM_FOREIGN_CLIENT_SECRET',
    'WM_SHORT_LIVED_CLIENT_SECRET',
  ]) {
    expect(env.get(key)?.length ?? 0, key).toBeGreaterThan(16);
  }
  const token = await fetch(env.get('WM_OAUTH_TOKEN_URL') ?? '', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: env.get('WM_CLIENT_ID') ?? '',
      client_secret: env.get('WM_CLIENT_SECRET') ?? '',
    }).toString(),
  });
  const body: unknown = await token.json();
  expect(body).toMatchObject({ expires_in: 120 });
  await fetch(`${baseUrl}/api/beta/info`);
  expect(await (await fetch(`${baseUrl}/__reference/stats`)).json()).toMatchObject({ requestsByMethod: { GET: 1 } });
  child.kill('SIGTERM');
  const { code, stdout } = await done;
  expect(code).toBe(0);
  expect(stdout).toMatch(/^# wm-conformance reference target \(generation beta, faults: soft-delete, create-201\)/);
});

test('--list-faults lists the catalog', async () => {
  const { code, stdout } = await finish(start(['--list-faults']));
  expect(code).toBe(0);
  expect(stdout).toMatch(/^soft-delete\t/m);
});

test('bad flags: one line on stderr, exit 2', async () => {
  for (const args of [['--generation', 'v9'], ['--fault', 'nope'], ['--port', 'x'], ['--bogus']]) {
    const { code, stderr } = await finish(start(args));
    expect(code, args.join(' ')).toBe(2);
    expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
  }
});
