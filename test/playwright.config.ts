/**
 * The project's own tests (unit, reference target, suite-against-faults, mutation), run with
 * Playwright's test runner; no browser is needed except by the report rendering test, which
 * uses Debian's chromium. The conformance suite itself is configured in ../playwright.config.ts.
 */
import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  testDir: root,
  testMatch: ['test/**/*.test.ts', 'src/**/*.test.ts', 'reference/**/*.test.ts'],
  outputDir: resolve(root, 'reports', 'project-tests', 'test-results'),
  // Every temporary folder of the run under one root, removed at the end (test/support/temp-root.ts).
  globalSetup: resolve(import.meta.dirname, 'global-setup.ts'),
  fullyParallel: true,
  workers: 2,
  timeout: 120_000,
  reporter: [['list']],
  forbidOnly: true,
});
