/**
 * The Allure site of a run, built offline with Allure 3 from npm (no Java): `allure generate`
 * with allurerc.ts (the awesome plugin in single-file mode) from <reports>/allure-results into
 * <reports>/allure/index.html, one file that opens from disk. The awesome template always adds a
 * Google Analytics tag (no option turns it off); it is removed here, hand-written because no
 * setting or library does it, and the file is checked for any other remote resource, so opening
 * the report makes no network request.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../config/load.ts';
import { UsageError } from '../../core/errors.ts';

const ANALYTICS =
  /<script async src="https:\/\/www\.googletagmanager\.com\/[^"]*"><\/script>\s*<script>[\s\S]*?gtag\('config'[\s\S]*?<\/script>/g;
const REMOTE = /<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="(?:https?:)?\/\/[^"]*"/i;

/** The page without the analytics tag; throws when a remote resource is still referenced. */
export function offlineAllurePage(page: string): string {
  const cleaned = page.replace(ANALYTICS, '');
  const remote = REMOTE.exec(cleaned);
  if (remote !== null)
    throw new UsageError(`the Allure page still loads a remote resource: ${remote[0].slice(0, 120)}`);
  return cleaned;
}

export function buildAllureReport(reportsDir: string): string {
  const results = join(reportsDir, 'allure-results');
  const output = join(reportsDir, 'allure');
  if (!existsSync(results))
    throw new UsageError(
      `${results} does not exist: run the suite first (Allure results are written unless WMCT_QUIET=1 or WMCT_ALLURE=0)`,
    );
  const cli = join(PROJECT_ROOT, 'node_modules', 'allure', 'cli.js');
  const run = spawnSync(
    process.execPath,
    [cli, 'generate', results, '--output', output, '--config', join(PROJECT_ROOT, 'allurerc.ts')],
    { cwd: PROJECT_ROOT, stdio: 'inherit' },
  );
  if (run.status !== 0) throw new UsageError(`allure generate failed (exit ${String(run.status)})`, 1);
  const page = join(output, 'index.html');
  writeFileSync(page, offlineAllurePage(readFileSync(page, 'utf8')));
  return page;
}
