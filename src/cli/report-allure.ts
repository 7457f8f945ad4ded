/** `npm run report:allure`: the Allure site of the last run (WM_REPORTS_DIR/allure/index.html), offline. */
import { exitWithError } from '../core/errors.ts';
import { loadConfig } from '../config/load.ts';
import { buildAllureReport } from '../report/commands/allure-site.ts';

try {
  process.stdout.write(`allure: ${buildAllureReport(loadConfig().reportsDir)}\n`);
} catch (error) {
  exitWithError(error);
}
