/**
 * A target that echoes the Authorization header (the fault echoes-authorization: in a header of
 * every GET /info answer, and in every 401/403 as the problem's detail, base64-, URL-encoded and
 * wrapped across lines, in WWW-Authenticate and in a Location): the whole suite runs against it
 * as against a real target, with tracing on and every reporter (compliance, JUnit, Playwright
 * HTML, Allure results, blob), soft checks (no worker restart per failure). The run must fail on
 * auth-no-data-leak alone, its own scan must find nothing to scrub, and an independent scan of
 * every report file (zip members, the HTML report's embedded zip, base64 attachments, traces)
 * and of the console must find no token and no client secret — every token the issuer handed
 * out is known here (the token endpoint is reached through a recording front), so are the client
 * secrets, the expired token and the Basic credentials, and anything JWT-shaped counts too.
 * `npm run scan-reports` over the same folder agrees.
 */
import { expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSuite } from '../src/mutation/run-suite.ts';
import { scanContent, scanDirectory, type ScanSecret } from '../src/report/scan/secret-scan.ts';
import { findFault } from '../reference/faults/catalog.ts';
import { doctor, parseObject } from './support/doctored.ts';
import { startCli, standaloneTarget, targetEnv } from './support/standalone.ts';

test.describe.configure({ timeout: 400_000 });

const FAULT = 'echoes-authorization';

function hasFile(dir: string, name: string): boolean {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith(name));
}

test('a target that echoes Authorization: the run fails on auth-no-data-leak and no report file, archive or console line holds a token or a client secret', async () => {
  const target = await standaloneTarget({ faults: [FAULT] });
  // Every token the issuer hands out (global setup and worker refreshes alike) is recorded here.
  const issued: string[] = [];
  const front = await doctor(target, {
    token: (real) => {
      const token = real.status === 200 ? parseObject(real.body).access_token : undefined;
      if (typeof token === 'string') issued.push(token);
      return real;
    },
  });
  try {
    const work = mkdtempSync(join(tmpdir(), 'wmct-secret-echo-'));
    const reportsDir = join(work, 'reports');
    const tokenCache = join(work, 'cache', 'tokens.json');
    const expired = await target.mintToken('full', -60);
    const env = {
      ...targetEnv(target),
      WM_OAUTH_TOKEN_URL: front.env.WM_OAUTH_TOKEN_URL ?? '',
      WM_EXPIRED_TOKEN: expired,
      WM_TOKEN_CACHE: tokenCache,
      WMCT_TRACE: '1',
      WMCT_QUIET: '0',
    };
    const run = await runSuite({ reportsDir, workers: 2, env });
    expect(run.failedChecks, run.stderr.slice(-3000)).toEqual([...(findFault(FAULT)?.catches ?? [])].sort());
    expect(run.exitCode).toBe(1);
    expect(`${run.stdout}${run.stderr}`, 'the run found nothing to scrub in its own reports').not.toContain(
      'secret scan',
    );
    // Every report the config has was written, traces included, and the echoes reached them — masked.
    expect(hasFile(join(reportsDir, 'test-results'), 'trace.zip')).toBe(true);
    for (const report of [
      'junit.xml',
      join('playwright', 'index.html'),
      join('compliance', 'compliance.json'),
      join('blob', 'report.zip'),
    ])
      expect(existsSync(join(reportsDir, report)), report).toBe(true);
    expect(readdirSync(join(reportsDir, 'allure-results')).some((f) => f.endsWith('-attachment.json'))).toBe(true);
    expect(readFileSync(join(reportsDir, 'compliance', 'compliance.json'), 'utf8')).toContain(
      'Rejected credentials: Bearer [redacted]',
    );

    const { full, limited, foreign, shortLived } = target.clients;
    expect(issued.length).toBeGreaterThanOrEqual(4);
    const secrets: ScanSecret[] = [
      ...[full, limited, foreign, shortLived].map((c) => ({ value: c.secret, kind: `the secret of client ${c.id}` })),
      ...issued.map((value) => ({ value, kind: 'an issued token' })),
      { value: expired, kind: 'the expired token' },
      { value: Buffer.from(`${full.id}:${full.secret}`).toString('base64'), kind: 'the Basic credentials' },
    ];
    const hits = [
      ...(await scanDirectory(reportsDir, { secrets })),
      ...(await scanContent('console output', Buffer.from(run.stdout + run.stderr), { secrets })),
    ];
    expect(hits).toEqual([]);

    const scan = startCli(target, 'src/cli/scan-reports.ts', [reportsDir], { ...env, WM_TOKEN_CACHE: tokenCache });
    const { code } = await scan.exited;
    expect(code, scan.output()).toBe(0);
    expect(scan.output()).toMatch(/wm-conformance: secret scan: no secret in \d+ files under /);
  } finally {
    await front.stop();
    await target.stop();
  }
});
