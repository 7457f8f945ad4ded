/**
 * Lanes: one run of the suite against several targets at once. A lane is one target (for now an
 * embedded reference target of a generation, with its faults) and its share of the report: the
 * run declares one Playwright project per lane (project name = lane name), the global setup
 * starts every lane's target, runs its preflight and writes its run folder, and each worker —
 * bound to one project by Playwright — enters its lane before its first fixture, so its run
 * context, tokens, clients, ledger and fail-fast state are the lane's. The compliance reporter
 * writes one report per lane (`<lane reportsDir>/compliance`), from that project's tests only.
 *
 * Test files are collected once per run (from the first lane's run folder), so every lane of a
 * run must serve the same document (the same plan): the global setup refuses a run whose lanes
 * differ, and one whose lanes share a target. Without WMCT_LANES nothing changes: one target,
 * one project, one report. The exception is a both-APIs run (WM_API=v1,hub-v2, src/config/apis.ts):
 * a lane per API, each with its own document and plan, its tests declared under its scope
 * (`api:<api>`, published here as `scope`) by every process and kept by its project alone.
 *
 * Channels: WMCT_LANES names the JSON file of lanes (read in src/config/lanes.ts) (no secret; written by whoever starts the run,
 * e.g. the mutation runner); WMCT_LANE_RUNS carries each lane's run folder and secrets from the
 * global setup to the workers, in the environment only (like WMCT_SECRETS).
 */
import { UsageError } from '../core/errors.ts';
import { isJsonObject } from '../core/json.ts';
import { internalValue, setInternalValue } from '../config/internal.ts';
import { RUN_DIR_ENV, SECRETS_ENV, type RunSecrets } from './context.ts';

/** What the global setup hands each lane's workers. */
export interface LaneRun {
  readonly runDir: string;
  readonly secrets: RunSecrets;
  /** A both-APIs run: the title path part the lane's tests are declared under (`api:<api>`). */
  readonly scope?: string;
}

/**
 * Lanes of one run must not share a target: each lane's failures are its target's alone. Throws
 * a UsageError naming the lanes that share one.
 */
export function assertDistinctTargets(targets: readonly { readonly lane: string; readonly baseUrl: string }[]): void {
  for (const [i, a] of targets.entries()) {
    const b = targets.slice(i + 1).find((t) => t.baseUrl === a.baseUrl);
    if (b !== undefined) throw new UsageError(`lanes ${a.lane} and ${b.lane} share the target ${a.baseUrl}`);
  }
}

/** Every lane of a run serves the same document (its tests are collected once). Throws a UsageError naming the first that does not. */
export function assertSameDocument(documents: readonly { readonly lane: string; readonly text: string }[]): void {
  const first = documents[0];
  const other = documents.find((d) => d.text !== first?.text);
  if (first !== undefined && other !== undefined) {
    throw new UsageError(
      `lane ${other.lane} serves another document than lane ${first.lane}: the lanes of one run share one plan (run it alone)`,
    );
  }
}

/** Publishes the lanes' run folders and secrets for the workers (environment only). */
export function publishLaneRuns(runs: Readonly<Record<string, LaneRun>>): void {
  setInternalValue('WMCT_LANE_RUNS', JSON.stringify(runs));
}

function isLaneRun(value: unknown): value is LaneRun {
  return (
    isJsonObject(value) &&
    typeof value.runDir === 'string' &&
    (value.scope === undefined || typeof value.scope === 'string') &&
    isJsonObject(value.secrets) &&
    isJsonObject(value.secrets.tokens) &&
    isJsonObject(value.secrets.clientSecrets)
  );
}

/** The lanes' runs the global setup published, by lane name (none in a run without lanes). */
export function laneRuns(): Record<string, LaneRun> {
  const text = internalValue('WMCT_LANE_RUNS');
  if (text === undefined || text === '') return {};
  const parsed: unknown = JSON.parse(text);
  if (!isJsonObject(parsed)) return {};
  return Object.fromEntries(
    Object.entries(parsed).flatMap(([name, run]): [string, LaneRun][] => (isLaneRun(run) ? [[name, run]] : [])),
  );
}

/**
 * Makes this process the lane's: its run folder and secrets become the current ones (the run
 * context and suite are cached per run folder). A run without lanes: nothing to do (null). A
 * project that is no lane of the run is an Error — its tests would talk to another lane's target.
 */
export function enterLane(project: string): string | null {
  const text = internalValue('WMCT_LANE_RUNS');
  if (text === undefined || text === '') return null;
  const parsed: unknown = JSON.parse(text);
  const run = isJsonObject(parsed) ? parsed[project] : undefined;
  if (!isLaneRun(run)) throw new Error(`project "${project}" is no lane of this run`);
  setInternalValue(RUN_DIR_ENV, run.runDir);
  setInternalValue(SECRETS_ENV, JSON.stringify(run.secrets));
  return project;
}
