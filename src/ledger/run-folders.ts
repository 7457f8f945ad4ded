/**
 * The local run folders (`.wmct/runs/<runId>`) and which of them belong to runs still in
 * progress. A run marks its folder live as the global setup creates it: `live.json` holds the
 * runner's pid and that process's start (from /proc where there is one), written whole and
 * renamed into place. A folder is live while that pid runs and is the same process — not a
 * zombie, not a later process that got the pid again. Sweep never removes a live folder, whatever
 * `--min-age`, and never deletes the projects of a live run; a folder of a run that ended or was
 * killed (SIGKILL: its pid is gone) is removed by age. A folder without a marker (a run of an
 * earlier version, or one being created this instant) is judged by age, but never younger than
 * a minute.
 *
 * Hand-written: "is this pid still the process that wrote the file" is a signal-0 probe and one
 * read of /proc/<pid>/stat; the npm process-listing packages spawn `ps` and answer neither part
 * more reliably.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config/load.ts';
import { isJsonObject } from '../core/json.ts';

export const LIVE_FILE = 'live.json';

/** A folder without a live marker is never removed before it is this old. */
export const UNMARKED_MIN_AGE_MS = 60_000;

/** Where the runs of this project keep their folders. */
export function runsDir(root: string = PROJECT_ROOT): string {
  return join(root, '.wmct', 'runs');
}

interface LiveMarker {
  readonly pid: number;
  readonly startedAt: string;
  /** Field 22 of /proc/<pid>/stat (the process's start, in clock ticks since boot); null where there is no /proc. */
  readonly processStart: string | null;
}

function isLiveMarker(value: unknown): value is LiveMarker {
  return (
    isJsonObject(value) &&
    typeof value.pid === 'number' &&
    Number.isInteger(value.pid) &&
    value.pid > 0 &&
    typeof value.startedAt === 'string' &&
    (value.processStart === null || typeof value.processStart === 'string')
  );
}

/** State and start time of a process from /proc/<pid>/stat, or null (no /proc, no such process). */
function procStat(pid: number): { readonly state: string; readonly start: string } | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ")".
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const state = fields[0];
  const start = fields[19];
  return state === undefined || start === undefined ? null : { state, start };
}

/** True while a process with this pid exists (one of another user counts). */
function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** Marks the run folder live for this process (the runner). Creates the folder. */
export function markRunLive(runDir: string, pid: number = process.pid): void {
  mkdirSync(runDir, { recursive: true });
  const marker: LiveMarker = { pid, startedAt: new Date().toISOString(), processStart: procStat(pid)?.start ?? null };
  const temporary = join(runDir, `.${LIVE_FILE}.${process.pid}`);
  writeFileSync(temporary, `${JSON.stringify(marker)}\n`);
  renameSync(temporary, join(runDir, LIVE_FILE));
}

export type Liveness =
  { readonly live: true; readonly pid: number } | { readonly live: false; readonly reason: string };

/** Whether the run of this folder is still in progress; null when the folder has no marker. */
export function runLiveness(runDir: string): Liveness | null {
  const file = join(runDir, LIVE_FILE);
  if (!existsSync(file)) return null;
  let marker: unknown;
  try {
    marker = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { live: false, reason: `${LIVE_FILE} is unreadable` };
  }
  if (!isLiveMarker(marker)) return { live: false, reason: `${LIVE_FILE} is not a live marker` };
  const { pid } = marker;
  if (!pidExists(pid)) return { live: false, reason: `its runner (pid ${pid}) has ended` };
  const stat = procStat(pid);
  if (stat?.state === 'Z') return { live: false, reason: `its runner (pid ${pid}) has ended` };
  if (stat !== null && marker.processStart !== null && stat.start !== marker.processStart) {
    return { live: false, reason: `its runner (pid ${pid}) has ended; the pid belongs to another process now` };
  }
  return { live: true, pid };
}

function folders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The ids of the runs whose folders are live (runs in progress on this machine). */
export function liveRunIds(dir: string = runsDir()): string[] {
  return folders(dir).filter((name) => runLiveness(join(dir, name))?.live === true);
}

export interface RunFolderSweep {
  /** Removed (or, in a dry run, that would be). */
  readonly removed: readonly string[];
  /** Kept: their runs are in progress. */
  readonly live: readonly { readonly runId: string; readonly pid: number }[];
  /** Kept: younger than the minimum age. */
  readonly young: number;
}

export interface RunFolderSweepOptions {
  readonly minAgeMinutes: number;
  readonly dryRun: boolean;
  readonly dir?: string;
  readonly now?: number;
}

/** Removes the run folders of runs that are over (ended or killed) and older than the minimum age; never a live one. */
export function sweepRunFolders(options: RunFolderSweepOptions): RunFolderSweep {
  const dir = options.dir ?? runsDir();
  const now = options.now ?? Date.now();
  const removed: string[] = [];
  const live: { runId: string; pid: number }[] = [];
  let young = 0;
  for (const name of folders(dir)) {
    const folder = join(dir, name);
    const liveness = runLiveness(folder);
    if (liveness?.live === true) {
      live.push({ runId: name, pid: liveness.pid });
      continue;
    }
    const minAgeMs = Math.max(options.minAgeMinutes * 60_000, liveness === null ? UNMARKED_MIN_AGE_MS : 0);
    if (now - statSync(folder).mtimeMs < minAgeMs) {
      young++;
      continue;
    }
    if (!options.dryRun) rmSync(folder, { recursive: true, force: true });
    removed.push(name);
  }
  return { removed, live, young };
}
