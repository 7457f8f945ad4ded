/**
 * Secrets in the input: the rows of the README's "Secrets" table that are not a whole echoing
 * run (test/secret-echo.test.ts) — URL passwords in every output, the token cache reached through
 * a symbolic link, and `npm run scan-reports` on a folder with and without secrets.
 */
import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rememberToken } from '../src/auth/token-cache.ts';
import { scanDirectory } from '../src/report/scan/secret-scan.ts';
import type { RunningReferenceTarget } from '../reference/target.ts';
import { startCli, startSuite, standaloneTarget, targetEnv, type ChildRun } from './support/standalone.ts';
import { isJsonObject } from '../src/core/json.ts';

test.describe.configure({ mode: 'parallel', timeout: 300_000 });

const PASSWORD = `pa55w0rd-${randomBytes(6).toString('hex')}`;

/** The URL with user info `wmct:<PASSWORD>@`. */
function withPassword(url: string): string {
  return url.replace('://', `://wmct:${PASSWORD}@`);
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve();
    }),
  );
  const address = server.address();
  const port = isJsonObject(address) && typeof address.port === 'number' ? address.port : 9;
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return port;
}

async function finished(run: ChildRun): Promise<{ code: number | null; output: string }> {
  const { code } = await run.exited;
  return { code, output: run.output() };
}

/** The lines of the output that start "wm-conformance: ". */
function oneLiners(output: string): string[] {
  return output.split('\n').filter((l) => l.startsWith('wm-conformance: '));
}

async function withTarget(body: (target: RunningReferenceTarget) => Promise<void>): Promise<void> {
  const target = await standaloneTarget();
  try {
    await body(target);
  } finally {
    await target.stop();
  }
}

test('URLs with a password: a whole run shows them as wmct:***@ and no report or console line holds the password', async () => {
  await withTarget(async (target) => {
    const env = {
      ...targetEnv(target),
      WM_BASE_URL: withPassword(target.baseUrl),
      WM_OPENAPI_URL: withPassword(target.openapiUrl),
      WM_OAUTH_TOKEN_URL: withPassword(target.tokenUrl),
      WMCT_QUIET: '0',
      WMCT_ALLURE: '1',
      WMCT_BLOB: '1',
    };
    const run = startSuite(target, env, ['--grep', '@info']);
    const { code, output } = await finished(run);
    expect(code, output.slice(-3000)).toBe(0);
    expect(output).not.toContain(PASSWORD);
    expect(await scanDirectory(run.reportsDir, { secrets: [{ value: PASSWORD, kind: 'the URL password' }] })).toEqual(
      [],
    );
    const report: unknown = JSON.parse(readFileSync(join(run.reportsDir, 'compliance', 'compliance.json'), 'utf8'));
    const facts =
      isJsonObject(report) && isJsonObject(report.facts) && isJsonObject(report.facts.target)
        ? report.facts.target
        : {};
    expect(facts.baseUrl).toBe(target.baseUrl.replace('://', '://wmct:***@'));
    expect(facts.openapiUrl).toBe(target.openapiUrl.replace('://', '://wmct:***@'));
    // The Swagger UI links of the Allure results keep the user, not the password.
    const results = readdirSync(join(run.reportsDir, 'allure-results')).filter((f) => f.endsWith('-result.json'));
    expect(results.length).toBeGreaterThan(0);
    expect(
      results.some((f) => readFileSync(join(run.reportsDir, 'allure-results', f), 'utf8').includes('wmct:***@')),
    ).toBe(true);
  });
});

test('URLs with a password: the one-line errors of WM_OPENAPI_URL, WM_OAUTH_TOKEN_URL, WM_BASE_URL and npm run diff show wmct:***@', async () => {
  await withTarget(async (target) => {
    const port = await closedPort();
    const dead = `http://wmct:${PASSWORD}@127.0.0.1:${port}`;
    const cases: { args: readonly string[]; script: string; env: Record<string, string>; line: RegExp }[] = [
      {
        script: 'src/cli/conformance.ts',
        args: [],
        env: { WM_OPENAPI_URL: `${dead}/v3/api-docs` },
        line: /cannot fetch the OpenAPI document .*http:\/\/wmct:\*\*\*@127\.0\.0\.1/,
      },
      {
        script: 'src/cli/conformance.ts',
        args: [],
        env: { WM_OAUTH_TOKEN_URL: `${dead}/token` },
        line: /token endpoint unreachable .*http:\/\/wmct:\*\*\*@127\.0\.0\.1.* — check WM_OAUTH_TOKEN_URL/,
      },
      {
        script: 'src/cli/conformance.ts',
        args: [],
        env: { WM_BASE_URL: `ftp://wmct:${PASSWORD}@modeler.example.com` },
        line: /WM_BASE_URL="ftp:\/\/wmct:\*\*\*@modeler\.example\.com" must be an http/,
      },
      {
        script: 'src/cli/diff.ts',
        args: [`${dead}/old.json`, join(import.meta.dirname, '..', 'schemas', 'baselines', 'v1.json')],
        env: {},
        line: /target unreachable: cannot fetch the OpenAPI document from http:\/\/wmct:\*\*\*@127\.0\.0\.1:\d+\/old\.json/,
      },
    ];
    for (const c of cases) {
      const { code, output } = await finished(startCli(target, c.script, c.args, { ...targetEnv(target), ...c.env }));
      expect(code, output).toBe(2);
      expect(output, 'the password').not.toContain(PASSWORD);
      expect(
        oneLiners(output).filter((l) => c.line.test(l)),
        output,
      ).toHaveLength(1);
    }
  });
});

test("WM_REPORTS_DIR a symbolic link to the token cache's folder: refused, one line, exit 2, no token written", async () => {
  await withTarget(async (target) => {
    const dir = mkdtempSync(join(tmpdir(), 'wmct-cache-link-'));
    const cacheDir = join(dir, 'cache');
    mkdirSync(cacheDir);
    symlinkSync(cacheDir, join(dir, 'reports'));
    const env = {
      ...targetEnv(target),
      WM_TOKEN_CACHE: join(cacheDir, 'tokens.json'),
      WM_REPORTS_DIR: join(dir, 'reports'),
    };
    const { code, output } = await finished(startCli(target, 'src/cli/conformance.ts', ['--grep', '@info'], env));
    expect(code, output.slice(-3000)).toBe(2);
    expect(
      oneLiners(output).filter((l) => /WM_TOKEN_CACHE=.*tokens\.json is inside the reports folder/.test(l)),
    ).toHaveLength(1);
    expect(output).not.toMatch(/\d+ (passed|failed)/);
    expect(existsSync(join(cacheDir, 'tokens.json'))).toBe(false);
  });
});

test('npm run scan-reports: a secret of the profile, a cached token, a JWT — one line, scrubbed, exit 1; clean exit 0; --dry-run changes nothing; no folder exit 2', async () => {
  await withTarget(async (target) => {
    const env = targetEnv(target);
    const dir = mkdtempSync(join(tmpdir(), 'wmct-scan-cli-'));
    const reports = join(dir, 'artifacts');
    mkdirSync(join(reports, 'allure-results'), { recursive: true });
    const cache = join(dir, 'tokens.json');
    const opaque = `opaque-${randomBytes(20).toString('hex')}`;
    rememberToken(cache, 'k', { token: opaque, expiresAt: Date.now() + 60_000 });
    const jwt = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.`;
    const secret = target.clients.limited.secret;
    const leaked = join(reports, 'allure-results', 'a-attachment.json');
    writeFileSync(
      leaked,
      JSON.stringify({ exchange: { responseBody: Buffer.from(`client_secret=${secret}`).toString('base64') } }),
    );
    writeFileSync(join(reports, 'log.txt'), `refresh gave ${opaque}\nand ${jwt}\n`);
    writeFileSync(join(reports, 'clean.txt'), 'nothing here');
    const scanEnv = { ...env, WM_TOKEN_CACHE: cache };

    const dry = await finished(startCli(target, 'src/cli/scan-reports.ts', [reports, '--dry-run'], scanEnv));
    expect(dry.code, dry.output).toBe(1);
    expect(readFileSync(leaked, 'utf8')).toContain(Buffer.from(`client_secret=${secret}`).toString('base64'));

    const scan = await finished(startCli(target, 'src/cli/scan-reports.ts', [reports], scanEnv));
    expect(scan.code, scan.output).toBe(1);
    const lines = oneLiners(scan.output);
    expect(lines, scan.output).toHaveLength(1);
    expect(lines[0]).toMatch(/^wm-conformance: secret scan: 2 report files held secrets: /);
    expect(lines[0]).toContain(`${join('allure-results', 'a-attachment.json')} (a client secret (encoded); scrubbed)`);
    expect(lines[0]).toMatch(
      /log\.txt \((a cached token, a JWT-looking string|a JWT-looking string, a cached token); scrubbed\)/,
    );
    for (const s of [secret, opaque, jwt]) expect(scan.output).not.toContain(s);
    expect(await scanDirectory(reports, { secrets: [secret, opaque] })).toEqual([]);

    const again = await finished(startCli(target, 'src/cli/scan-reports.ts', [reports], scanEnv));
    expect(again.code, again.output).toBe(0);
    expect(oneLiners(again.output)).toEqual([`wm-conformance: secret scan: no secret in 3 files under ${reports}`]);

    const missing = await finished(startCli(target, 'src/cli/scan-reports.ts', [join(dir, 'nothing')], scanEnv));
    expect(missing.code).toBe(2);
    expect(oneLiners(missing.output)).toEqual([expect.stringMatching(/nothing does not exist/)]);
  });
});
