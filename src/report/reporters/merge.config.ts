/**
 * The configuration `npm run report:merge` hands `playwright merge-reports`: the same reporters
 * as a run (src/report/reporters/reporters.ts) minus the blob, writing under WM_REPORTS_DIR (reports/),
 * and the same test folder, so merged test locations equal an unsharded run's.
 */
import { defineConfig } from '@playwright/test';
import { loadConfig } from '../../config/load.ts';
import { reportSwitches, suiteReporters } from './reporters.ts';

// npm run report:merge has checked the configuration (one line, exit 2) before it gets here.

export default defineConfig({
  testDir: '../../../specs',
  reporter: suiteReporters({ reportsDir: loadConfig().reportsDir, switches: reportSwitches(), merging: true }),
});
