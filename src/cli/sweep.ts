/**
 * `npm run sweep [-- --min-age <minutes>] [--dry-run]`: deletes run-tagged projects (and with
 * them everything inside) that runs left behind and that are older than the minimum age
 * (WM_SWEEP_MIN_AGE_MINUTES, default 60), on the configured target. Nothing without the run tag
 * is ever touched. Also removes local run folders (.wmct/runs) of that age.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { exitWithError, UsageError } from '../config/errors.ts';
import { loadConfig, PROJECT_ROOT } from '../config/load.ts';
import { sweep } from '../ledger/sweep.ts';
import { connect } from '../run/connect.ts';

export interface SweepArgs {
  readonly minAgeMinutes: number | undefined;
  readonly dryRun: boolean;
}

export function parseSweepArgs(argv: readonly string[]): SweepArgs {
  let minAgeMinutes: number | undefined;
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--min-age') {
      const value = argv[++i] ?? '';
      if (!/^\d+$/.test(value)) throw new UsageError(`--min-age "${value}" must be a number of minutes`);
      minAgeMinutes = Number(value);
    } else throw new UsageError(`unknown option ${arg ?? ''} (usage: npm run sweep -- [--min-age <minutes>] [--dry-run])`);
  }
  return { minAgeMinutes, dryRun };
}

/** Local run folders older than the minimum age. */
function sweepRunFolders(minAgeMinutes: number, dryRun: boolean): number {
  const runs = join(PROJECT_ROOT, '.wmct', 'runs');
  if (!existsSync(runs)) return 0;
  let removed = 0;
  for (const name of readdirSync(runs)) {
    const dir = join(runs, name);
    if (Date.now() - statSync(dir).mtimeMs < minAgeMinutes * 60_000) continue;
    if (!dryRun) rmSync(dir, { recursive: true, force: true });
    removed++;
  }
  return removed;
}

async function main(): Promise<void> {
  const args = parseSweepArgs(process.argv.slice(2));
  const config = loadConfig();
  if (config.readOnly) throw new UsageError('WM_READ_ONLY=true: sweep deletes resources; run it without read-only mode');
  const minAgeMinutes = args.minAgeMinutes ?? config.sweepMinAgeMinutes;
  const folders = sweepRunFolders(minAgeMinutes, args.dryRun);
  if (config.baseUrl === null) {
    process.stdout.write(`wm-conformance sweep: no WM_BASE_URL — the embedded target starts empty every run, nothing to sweep there; ${folders} local run folder(s) ${args.dryRun ? 'would be ' : ''}removed\n`);
    return;
  }
  const connection = await connect(config);
  try {
    const result = await sweep(connection.api, connection.plan, { minAgeMinutes, dryRun: args.dryRun });
    const verb = args.dryRun ? 'would delete' : 'deleted';
    process.stdout.write(
      `wm-conformance sweep: ${result.tagged} run-tagged project(s) on ${config.baseUrl}; ${verb} ${result.swept.length} older than ${minAgeMinutes} min` +
        `${result.tooYoung > 0 ? `, kept ${result.tooYoung} younger` : ''}; ${folders} local run folder(s) ${args.dryRun ? 'would be ' : ''}removed\n`,
    );
    for (const name of result.swept) process.stdout.write(`  ${verb}: ${name}\n`);
    if (result.failed.length > 0) throw new UsageError(`could not delete ${result.failed.join(', ')}`, 1);
  } finally {
    await connection.close();
  }
}

main().catch(exitWithError);
