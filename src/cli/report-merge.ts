/**
 * `npm run report:merge [-- <blob folders or zips…>]`: merges the blob reports of a sharded run
 * (default: reports/blob) into all the reports of a run under WM_REPORTS_DIR (reports/).
 */
import { join } from 'node:path';
import { exitWithError } from '../core/errors.ts';
import { loadConfig } from '../config/load.ts';
import { mergeBlobReports } from '../report/commands/merge.ts';

try {
  const inputs = process.argv.slice(2);
  const config = loadConfig();
  const result = mergeBlobReports(inputs.length > 0 ? inputs : [join(config.reportsDir, 'blob')], { inherit: true });
  process.exitCode = result.exitCode;
} catch (error) {
  exitWithError(error);
}
