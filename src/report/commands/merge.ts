/**
 * Merging the blob reports of a sharded run (`playwright merge-reports`) into every report of
 * an unsharded one. The blobs may sit in several folders (one per machine, as CI artifacts are
 * downloaded) or be named as zip files; they are gathered into one temporary folder first,
 * because merge-reports reads a single folder.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PROJECT_ROOT } from '../../config/load.ts';
import { UsageError } from '../../core/errors.ts';

export interface MergeResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** How many blob reports were merged. */
  readonly blobs: number;
}

function zipsIn(input: string): string[] {
  if (!existsSync(input)) throw new UsageError(`${input} does not exist (expected a folder of blob reports or a .zip)`);
  if (statSync(input).isFile()) {
    if (!input.endsWith('.zip')) throw new UsageError(`${input} is not a blob report (.zip)`);
    return [input];
  }
  return readdirSync(input)
    .filter((f) => f.endsWith('.zip'))
    .sort()
    .map((f) => join(input, f));
}

/** Copies every blob of the inputs into `into`, prefixed by its input's position (names repeat across machines). */
export function gatherBlobs(inputs: readonly string[], into: string): number {
  let count = 0;
  inputs.forEach((input, i) => {
    for (const zip of zipsIn(input)) {
      copyFileSync(zip, join(into, `${String(i + 1).padStart(2, '0')}-${basename(zip)}`));
      count++;
    }
  });
  if (count === 0)
    throw new UsageError(
      `no blob report (.zip) in ${inputs.join(', ')} — run the suite (each shard writes reports/blob/) first`,
    );
  return count;
}

export interface MergeOptions {
  /** The merge's environment: WM_REPORTS_DIR says where the merged reports go (default: this process's). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Show merge-reports' output as it comes (the CLI) instead of returning it (default false). */
  readonly inherit?: boolean;
}

/** @param inputs folders holding blob reports (`report*.zip`), or zip files */
export function mergeBlobReports(inputs: readonly string[], options: MergeOptions = {}): MergeResult {
  const gathered = mkdtempSync(join(tmpdir(), 'wmct-blobs-'));
  try {
    const blobs = gatherBlobs(inputs, gathered);
    const cli = join(PROJECT_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
    const run = spawnSync(
      process.execPath,
      [cli, 'merge-reports', '-c', join(PROJECT_ROOT, 'src', 'report', 'reporters', 'merge.config.ts'), gathered],
      {
        cwd: PROJECT_ROOT,
        env: options.env ?? process.env,
        stdio: options.inherit === true ? 'inherit' : 'pipe',
        encoding: 'utf8',
      },
    );
    // With inherited output there is nothing to return (the typings claim strings regardless).
    const piped = options.inherit !== true;
    return { exitCode: run.status ?? 1, stdout: piped ? run.stdout : '', stderr: piped ? run.stderr : '', blobs };
  } finally {
    rmSync(gathered, { recursive: true, force: true });
  }
}
