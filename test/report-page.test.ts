/**
 * The compliance page of a real run, in a real browser (Debian chromium): the suite runs against
 * the embedded target with a fault that makes checks fail (wrong-content-type), a known-deviations
 * file that turns one operation's failure into a known deviation and holds a stale entry, and
 * WM_READ_ONLY=true, which skips every test that would write. The page must show the verdict,
 * the cells in their states, open a failure's details from its cell, and make no network request.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config/load.ts';
import { runSuite } from '../src/mutation/run-suite.ts';
import { launchChromium, openFromDisk } from './support/report/browser.ts';

// Generous: on a busy machine (the whole project run) a suite run takes minutes instead of seconds.
test.describe.configure({ timeout: 600_000 });

test('the compliance page of a run with failures, known deviations and skips renders from disk', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wmct-report-page-'));
  const deviations = join(dir, 'known-deviations.json');
  writeFileSync(
    deviations,
    JSON.stringify([
      {
        operationId: 'getInfo',
        check: 'content-type',
        reason: 'info is served as text/plain (known, ticket WM-42)',
        link: 'https://jira.example.com/WM-42',
      },
      { operationId: '*', check: 'strict-uuid', reason: 'ids were numeric before 8.6 (stale: no longer happens)' },
    ]),
  );
  const run = await runSuite({
    reportsDir: join(dir, 'reports'),
    faults: ['wrong-content-type'],
    env: { WM_READ_ONLY: 'true', WM_KNOWN_DEVIATIONS: deviations },
  });
  expect(run.verdict, run.stderr.slice(-2000)).toBe('FAIL');
  expect(run.failedChecks).toEqual(['content-type']);

  const browser = await launchChromium();
  try {
    const { page, requests } = await openFromDisk(browser, join(dir, 'reports', 'compliance', 'index.html'));
    await expect(page.locator('#verdict')).toHaveText('FAIL');
    await expect(page.locator('#counts')).toContainText('skipped');
    await expect(page.locator('#target')).toContainText('embedded reference target, faults: wrong-content-type');

    const cell = (operation: string, column: string) =>
      page.locator(`#matrix-table td[data-operation="${operation}"][data-column="${column}"]`);
    await expect(cell('searchProjects', 'content-type')).toHaveAttribute('data-state', 'fail');
    await expect(cell('getInfo', 'content-type')).toHaveAttribute('data-state', 'known-deviation');
    await expect(cell('createProject', 'schema')).toHaveAttribute('data-state', 'skip');
    await expect(cell('createProject', 'schema')).toHaveAttribute('title', /read-only|WM_READ_ONLY/);
    await expect(cell('getInfo', 'schema')).toHaveAttribute('data-state', 'pass');

    // A failing cell links to its details, which open and show expected, actual and the exchange.
    await cell('searchProjects', 'content-type').locator('a').click();
    const details = page.locator('details.result-details[open]');
    await expect(details).toHaveCount(1);
    await expect(details).toBeVisible();
    await expect(details.locator(':scope > summary')).toContainText('searchProjects × content-type');
    await expect(details.locator('.result').first()).toContainText('content-type');
    await expect(details.locator('pre.actual').first()).toContainText('text/plain');
    await expect(details.locator('.exchange pre').first()).toContainText('POST http://127.0.0.1:');
    await expect(details.locator('.exchange pre').first()).not.toContainText('eyJ');

    await expect(page.locator('#applied-table')).toContainText('info is served as text/plain');
    await expect(page.locator('#stale-table')).toContainText('strict-uuid');
    await expect(page.locator('#skipped')).toContainText('read-only');

    mkdirSync(join(PROJECT_ROOT, 'reports', 'screenshots'), { recursive: true });
    await page.locator('#verdict').scrollIntoViewIfNeeded();
    await page.screenshot({
      path: join(PROJECT_ROOT, 'reports', 'screenshots', 'compliance-report.png'),
      fullPage: false,
    });
    await details.screenshot({ path: join(PROJECT_ROOT, 'reports', 'screenshots', 'compliance-report-failure.png') });
    expect(requests).toEqual([`file://${join(dir, 'reports', 'compliance', 'index.html')}`]);
  } finally {
    await browser.close();
  }
});
