/**
 * The conformance suite's Playwright configuration. The global setup starts the embedded
 * reference target when no target is configured, runs the preflight and writes the live
 * document for the workers; the reporters write everything under WM_REPORTS_DIR (reports/).
 * A configuration problem is one line and exit 2 (never a stack trace), and ERROR reports.
 * Loaded by the runner and by every worker: each installs how it stops (src/run/stop.ts).
 */
import { defineConfig } from '@playwright/test';
import { join } from 'node:path';
import { exitWithError } from './src/core/errors.ts';
import { loadConfig, type Config } from './src/config/load.ts';
import { reportSwitches, suiteReporters } from './src/report/reporters/reporters.ts';
import { installRunnerStop, installWorkerStop } from './src/run/stop.ts';
import { laneScope, runLanes, type Lane } from './src/config/lanes.ts';

const isWorker = process.env.TEST_WORKER_INDEX !== undefined;

// The ERROR and INCOMPLETE reports (the compliance page's writers) are the runner's: a worker,
// started anew after every failed test, does not load them.
const unstarted = isWorker ? null : await import('./src/report/reporters/unstarted.ts');

function config(): { cfg: Config; lanes: Lane[] | null } {
  try {
    const cfg = loadConfig();
    return { cfg, lanes: runLanes(cfg) };
  } catch (error) {
    return unstarted === null ? exitWithError(error) : unstarted.exitUnstarted(error, unstarted.reportsDirOf());
  }
}

const { cfg, lanes } = config();

/**
 * A lane's Playwright project. In a both-APIs run (WM_API) every lane's tests are declared under
 * its scope (`api:<api>`, src/run/suite.ts `collectionSuites`): the lane's project keeps those.
 */
function laneProject(lane: Lane): { name: string; metadata: { lane: string }; grep?: RegExp } {
  const scope = laneScope(lane);
  return {
    name: lane.name,
    metadata: { lane: lane.name },
    // A scope is `api:` and an API name: no character a RegExp reads specially.
    ...(scope === null ? {} : { grep: new RegExp(` ${scope} `) }),
  };
}
if (unstarted === null) installWorkerStop();
// `playwright test --list` runs nothing: Playwright's own handling of signals is right for it.
else if (!process.argv.includes('--list')) {
  const { writeNoRunReports } = unstarted;
  installRunnerStop((reason) => {
    writeNoRunReports(cfg.reportsDir, { verdict: 'INCOMPLETE', reason });
  });
}
// Reporters (src/report/reporters/reporters.ts): compliance page + JSON and JUnit always; line progress,
// Playwright HTML, Allure results and a blob report (for merging shards) unless WMCT_QUIET=1.
// A run with lanes (src/run/lanes.ts, an internal setting): one project per lane, and a compliance
// report per lane in its own folder.
const reporters = suiteReporters({ reportsDir: cfg.reportsDir, switches: reportSwitches(), lanes });

export default defineConfig({
  testDir: './specs',
  globalSetup: './src/setup/global-setup.ts',
  outputDir: join(cfg.reportsDir, 'test-results'),
  fullyParallel: true,
  workers: cfg.maxConcurrency,
  retries: 0,
  timeout: 120_000,
  forbidOnly: true,
  reporter: reporters,
  // Traces would store the headers of Playwright's own requests (tokens); the suite's HTTP goes
  // through undici and attaches its own redacted exchanges. WMCT_TRACE=1 turns tracing on (the
  // secret scan, test/secret-scan.test.ts, proves nothing secret ends up in the traces).
  use: { trace: process.env.WMCT_TRACE === '1' ? 'on' : 'off', screenshot: 'off', video: 'off' },
  ...(lanes === null ? {} : { projects: lanes.map(laneProject) }),
});
