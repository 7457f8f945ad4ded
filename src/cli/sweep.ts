/**
 * `npm run sweep [-- --min-age <minutes>] [--dry-run]`: deletes run-tagged projects (Hub API v2:
 * workspaces, live or soft-deleted, for good) and with them everything inside, that runs left
 * behind, on the configured target: older than the minimum age (WM_SWEEP_MIN_AGE_MINUTES, default 60), not of a run still in progress here, and
 * wholly made by the suite's own clients (src/ledger/sweep.ts). It lists what it deleted and
 * what it kept, with why. Nothing without the run tag is ever touched. Also removes the local run
 * folders (.wmct/runs) of that age whose runs are over; a live run's folder stays, whatever
 * --min-age. A dry run deletes nothing but the probe projects it makes to learn who the suite is.
 * Hub API v2 with WM_ALLOW_ORGANIZATION_CHANGES=true: run-tagged cluster registrations and catalog
 * assets of that age are removed too (src/ledger/sweep-hub.ts).
 */
import { exitWithError, UsageError } from '../core/errors.ts';
import { loadConfig, type Config } from '../config/load.ts';
import { sweepRunFolders, type RunFolderSweep } from '../ledger/run-folders.ts';
import { sweep, type SweepResult } from '../ledger/sweep.ts';
import { connect } from '../run/connect.ts';
import { splitEmails } from '../run/target.ts';

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
    } else
      throw new UsageError(`unknown option ${arg ?? ''} (usage: npm run sweep -- [--min-age <minutes>] [--dry-run])`);
  }
  return { minAgeMinutes, dryRun };
}

function foldersLine(folders: RunFolderSweep, dryRun: boolean): string {
  const live = folders.live.length > 0 ? `, kept ${folders.live.length} of runs in progress` : '';
  return `${folders.removed.length} local run folder(s) ${dryRun ? 'would be ' : ''}removed${live}`;
}

function folderLines(folders: RunFolderSweep): string[] {
  return folders.live.map(({ runId, pid }) => `  kept local run folder ${runId}: its run is in progress (pid ${pid})`);
}

function projectLines(result: SweepResult, dryRun: boolean): string[] {
  const verb = dryRun ? 'would delete' : 'deleted';
  const lines: string[] = [];
  if (result.suiteCreators.length > 0)
    lines.push(
      `  the suite's clients appear as ${result.suiteCreators.map((c) => `"${c}"`).join(', ')} in createdBy here (learned from its probe ${result.kind ?? 'project'}s)`,
    );
  const org = result.organization;
  if (org !== undefined)
    lines.push(
      `  cluster registrations and catalog assets: ${org.tagged} run-tagged${org.tooYoung > 0 ? `, kept ${org.tooYoung} younger` : ''}${org.inProgress > 0 ? `, kept ${org.inProgress} of runs in progress here` : ''}`,
    );
  for (const note of result.notes) lines.push(`  note: ${note}`);
  for (const name of result.swept) lines.push(`  ${verb}: ${name}`);
  for (const { name, reason } of result.kept) lines.push(`  kept: ${name} — ${reason}`);
  return lines;
}

async function main(): Promise<void> {
  const args = parseSweepArgs(process.argv.slice(2));
  const config = loadConfig();
  if (config.readOnly)
    throw new UsageError('WM_READ_ONLY=true: sweep deletes resources; run it without read-only mode');
  const minAgeMinutes = args.minAgeMinutes ?? config.sweepMinAgeMinutes;
  const folders = sweepRunFolders({ minAgeMinutes, dryRun: args.dryRun });
  if (config.baseUrl === null) {
    process.stdout.write(
      [
        `wm-conformance sweep: no WM_BASE_URL — the embedded target starts empty every run, nothing to sweep there; ${foldersLine(folders, args.dryRun)}`,
        ...folderLines(folders),
      ].join('\n') + '\n',
    );
    return;
  }
  // A both-APIs installation (WM_API=v1,hub-v2): v1 first (what v1 deletes lands in v2's trash),
  // then the Hub API v2, which sees what either API made, live or in the trash, and deletes it for good.
  const targets =
    config.apis === null
      ? [config]
      : [config, { ...config, baseUrl: config.v2BaseUrl, openapiUrl: config.v2OpenapiUrl }];
  for (const target of targets) await sweepTarget(target, args, minAgeMinutes, folders);
}

/** The sweep of one target (one API), its summary and lines. */
async function sweepTarget(
  config: Config,
  args: SweepArgs,
  minAgeMinutes: number,
  folders: RunFolderSweep,
): Promise<void> {
  const connection = await connect(config);
  try {
    const result = await sweep(connection.api, connection.plan, {
      minAgeMinutes,
      dryRun: args.dryRun,
      suiteMembers: config.collaboratorEmail === null ? [] : splitEmails(config.collaboratorEmail),
      liveRunIds: folders.live.map((run) => run.runId),
      organizationChanges: config.allowOrganizationChanges,
    });
    const verb = args.dryRun ? 'would delete' : 'deleted';
    const keptParts = [
      result.tooYoung > 0 ? `kept ${result.tooYoung} younger` : '',
      result.inProgress > 0 ? `kept ${result.inProgress} of runs in progress here` : '',
      result.kept.length > 0 ? `kept ${result.kept.length} not wholly the suite's` : '',
    ].filter((part) => part !== '');
    const summary =
      `wm-conformance sweep: ${result.tagged} run-tagged ${result.kind ?? 'project'}(s) on ${config.baseUrl}; ${verb} ${result.swept.length} older than ${minAgeMinutes} min` +
      `${keptParts.map((part) => `, ${part}`).join('')}; ${foldersLine(folders, args.dryRun)}`;
    process.stdout.write([summary, ...projectLines(result, args.dryRun), ...folderLines(folders)].join('\n') + '\n');
    if (result.failed.length > 0) throw new UsageError(`could not delete ${result.failed.join(', ')}`, 1);
  } finally {
    await connection.close();
  }
}

main().catch(exitWithError);
