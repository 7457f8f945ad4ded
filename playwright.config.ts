/**
 * The conformance suite's Playwright configuration. The global setup starts the embedded
 * reference target when no target is configured, runs the preflight and writes the live
 * document for the workers; the reporters write everything under WM_REPORTS_DIR (reports/).
 * A configuration problem is one line and exit 2 (never a stack trace).
 */
import { defineConfig, type ReporterDescription } from '@playwright/test';
import { join } from 'node:path';
import { exitWithError } from './src/config/errors.ts';
import { loadConfig, type Config } from './src/config/load.ts';

function config(): Config {
  try {
    return loadConfig();
  } catch (error) {
    return exitWithError(error);
  }
}

const cfg = config();
const reports = cfg.reportsDir;
const quiet = process.env.WMCT_QUIET === '1';

const reporters: ReporterDescription[] = [
  ...(quiet ? [] : [['line'] satisfies ReporterDescription]),
  ['./src/report/compliance-reporter.ts', { outputDir: join(reports, 'compliance'), summary: !quiet }],
  ['junit', { outputFile: join(reports, 'junit.xml') }],
  ...(quiet ? [] : [['html', { outputFolder: join(reports, 'playwright'), open: 'never' }] satisfies ReporterDescription]),
];

export default defineConfig({
  testDir: './specs',
  globalSetup: './src/run/global-setup.ts',
  outputDir: join(reports, 'test-results'),
  fullyParallel: true,
  workers: cfg.maxConcurrency,
  retries: 0,
  timeout: 120_000,
  forbidOnly: true,
  reporter: reporters,
  // Traces would store request headers (tokens); the suite attaches its own redacted exchanges.
  use: { trace: 'off', screenshot: 'off', video: 'off' },
});
