/**
 * `npm run report:allure` on the results of a small run: Allure 3 from npm (no Java) writes one
 * self-contained HTML file that opens from disk in a browser without any network request, and the
 * results carry the suite's labels (epic = API generation, feature = resource, story = operation,
 * tag = check family, severity) and the link to the operation in the target's Swagger UI.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config/load.ts';
import { childEnv, runSuite } from '../src/mutation/run-suite.ts';
import { launchChromium, openFromDisk } from './support/report/browser.ts';

// Generous: on a busy machine (the whole project run) a suite run takes minutes instead of seconds.
test.describe.configure({ timeout: 600_000 });

interface AllureResult {
  readonly name: string;
  readonly labels: readonly { readonly name: string; readonly value: string }[];
  readonly links: readonly { readonly url: string; readonly name?: string }[];
}

function isAllureResult(value: unknown): value is AllureResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    'name' in value &&
    typeof value.name === 'string' &&
    'labels' in value &&
    Array.isArray(value.labels) &&
    'links' in value &&
    Array.isArray(value.links)
  );
}

function allureResults(dir: string): AllureResult[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('-result.json'))
    .map((f): unknown => JSON.parse(readFileSync(join(dir, f), 'utf8')))
    .filter(isAllureResult);
}

test('npm run report:allure builds a single-file Allure site that opens from disk', async () => {
  const reports = join(mkdtempSync(join(tmpdir(), 'wmct-allure-')), 'reports');
  // A small run: the document test and getInfo's contract test.
  const run = await runSuite({
    reportsDir: reports,
    args: ['--grep', 'getInfo · .* · contract|@document'],
    env: { WMCT_ALLURE: '1' },
  });
  expect(run.verdict, run.stderr.slice(-2000)).toBe('PASS');

  const results = allureResults(join(reports, 'allure-results'));
  const info = results.find((r) => r.name.startsWith('getInfo · GET /api/v1/info · contract'));
  expect(info, `getInfo's contract test among ${results.map((r) => r.name).join(', ')}`).toBeDefined();
  const labels = info?.labels.map((l) => `${l.name}=${l.value}`) ?? [];
  expect(labels).toEqual(
    expect.arrayContaining([
      'epic=v1',
      'feature=info',
      'story=getInfo',
      'severity=normal',
      'tag=schema',
      'tag=status',
      'tag=content-type',
    ]),
  );
  expect(info?.links).toEqual([
    expect.objectContaining({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/swagger-ui\.html#\/[^/]+\/getInfo$/),
    }),
  ]);

  const build = spawnSync('npm', ['run', 'report:allure'], {
    cwd: PROJECT_ROOT,
    env: childEnv({ WM_REPORTS_DIR: reports }),
    encoding: 'utf8',
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  const site = join(reports, 'allure', 'index.html');
  expect(existsSync(site)).toBe(true);
  expect(readdirSync(join(reports, 'allure')).filter((f) => /\.(html|js|css)$/.test(f))).toEqual(['index.html']);
  const html = readFileSync(site, 'utf8');
  expect(html).not.toMatch(/<(script|link|img|iframe)\b[^>]*\b(src|href)="(?!data:)[^"]+"/);

  const browser = await launchChromium();
  try {
    const { page, requests } = await openFromDisk(browser, site);
    await expect(page.getByText('wm-conformance').first()).toBeVisible();
    await expect(page.getByText('v1', { exact: true }).first()).toBeVisible();
    expect(requests).toEqual([`file://${site}`]);
  } finally {
    await browser.close();
  }
});
