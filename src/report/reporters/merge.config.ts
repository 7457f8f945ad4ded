/**
 * The configuration `npm run report:merge` hands `playwright merge-reports`: the same reporters
 * as a run (src/report/reporters/reporters.ts) minus the blob, writing under WM_REPORTS_DIR (reports/),
 * and the same test folder, so merged test locations equal an unsharded run's.
 */
import { defineConfig } from '@playwright/test';
import { apiLanes } from '../../config/lanes.ts';
import { loadConfig } from '../../config/load.ts';
import { reportSwitches, suiteReporters } from './reporters.ts';

// npm run report:merge has checked the configuration (one line, exit 2) before it gets here.

const config = loadConfig();

export default defineConfig({
  testDir: '../../../specs',
  // WM_API=v1,hub-v2: the shards of a both-APIs run merge into its one report with a section per API.
  reporter: suiteReporters({
    reportsDir: config.reportsDir,
    switches: reportSwitches(),
    merging: true,
    lanes: apiLanes(config),
  }),
});
