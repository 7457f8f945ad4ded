/**
 * `npm run scan-reports [-- <folder>] [--dry-run]`: the secret scan a run makes of its own
 * output, for CI to run on artifacts (e.g. downloaded shards, before they are uploaded). Scans
 * every file under the folder (default WM_REPORTS_DIR; zip members, base64 attachments and
 * embedded archives included) for the secrets of the environment profile — client secrets,
 * WM_EXPIRED_TOKEN, URL passwords, the tokens of the token cache — and for anything JWT-shaped
 * or a crafted garbage token (src/report/scan/scan-secrets.ts). On a hit it scrubs or removes the
 * files (not with --dry-run), prints one line naming the files and the kinds of secret (never a
 * secret) and exits 1; clean: one line, exit 0; bad input: one line, exit 2.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { exitWithError, UsageError } from '../core/errors.ts';
import { loadConfig } from '../config/load.ts';
import { configScanSecrets, scanAndScrub } from '../report/scan/scan-secrets.ts';
import { filesUnder } from '../report/scan/secret-scan.ts';

const USAGE = 'usage: npm run scan-reports [-- <folder>] [--dry-run]';

export interface ScanArgs {
  readonly folder: string | null;
  readonly dryRun: boolean;
}

export function parseScanArgs(argv: readonly string[]): ScanArgs {
  let folder: string | null = null;
  let dryRun = false;
  for (const arg of argv) {
    if (arg === '--dry-run') dryRun = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg} (${USAGE})`);
    else if (folder === null) folder = arg;
    else throw new UsageError(`one folder only, got "${folder}" and "${arg}" (${USAGE})`);
  }
  return { folder, dryRun };
}

async function main(): Promise<void> {
  const args = parseScanArgs(process.argv.slice(2));
  const config = loadConfig();
  const folder = args.folder === null ? config.reportsDir : resolve(args.folder);
  if (!existsSync(folder))
    throw new UsageError(`${folder} does not exist (scan-reports scans a reports folder: ${USAGE})`);
  const files = filesUnder(folder);
  const outcome = await scanAndScrub(folder, files, configScanSecrets(config), args.dryRun);
  if (outcome.hits.length > 0) throw new UsageError(outcome.line, 1);
  process.stdout.write(
    `wm-conformance: secret scan: no secret in ${files.length} file${files.length === 1 ? '' : 's'} under ${folder}\n`,
  );
}

main().catch(exitWithError);
