/**
 * The progress reporter in a real Playwright run (test/support/report/progress-failures.ts):
 * each failure is numbered; an error text or a fail-fast cause seen before is not printed
 * again, only the test's title and the number of the failure that printed it; passing and
 * skipped tests print nothing outside a terminal.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../config/load.ts';
import { useTempDir } from '../../../test/support/temp-dir.ts';

const temp = useTempDir('wmct-progress-');

test('failures are printed once each; repeats by title only', async () => {
  const config = temp.file(
    'progress.config.ts',
    `export default ${JSON.stringify({
      testDir: join(PROJECT_ROOT, 'test', 'support', 'report'),
      testMatch: 'progress-failures.ts',
      outputDir: temp.path('results'),
      workers: 1,
      reporter: [[join(PROJECT_ROOT, 'src', 'report', 'reporters', 'progress-reporter.ts')]],
    })};\n`,
  );
  const cli = join(PROJECT_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
  const run = await promisify(execFile)(process.execPath, [cli, 'test', '-c', config], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, FORCE_COLOR: '0', CI: '' },
  }).then(
    ({ stdout }) => stdout,
    (error: unknown) =>
      typeof error === 'object' && error !== null && 'stdout' in error && typeof error.stdout === 'string'
        ? error.stdout
        : String(error),
  );
  const lines = run.split('\n').filter((l) => l.trim() !== '');
  const file = 'progress-failures.ts';
  expect(lines).toEqual([
    'Running 8 tests using 1 worker',
    `  1) ${file} › same error 1`,
    '    Blocked: creating a project (home): createProject answered 307',
    `  2) ${file} › same error 2 — failed like 1) above`,
    `  3) ${file} › same error 3 — failed like 1) above`,
    `  4) ${file} › same cause, other words (home)`,
    '    Blocked: creating a file (home): createFile answered 500',
    `  5) ${file} › same cause, other words (versioned) — failed like 4) above`,
    `  6) ${file} › another error`,
    '    Error: something else went wrong',
  ]);
});
