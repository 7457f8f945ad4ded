/**
 * The mutation test: the suite against the clean reference target (no check may fail), then
 * against each fault of the catalog on a fresh target. A fault is killed when the suite fails on
 * every check the catalog says must catch it; it is exact when the failing checks are exactly
 * those. The result is the kill matrix.
 *
 * The runs go in batches: one suite run (one `playwright test` child) per batch, each clean
 * target and each fault a lane of it (src/run/lanes.ts: its own fresh target, its own report),
 * as many batches at a time as the machine has cores. The lanes of a batch share one plan: the
 * same generation, and the same served document — a fault that rewrites the document runs alone
 * (predicted from the catalog, `document`), and a batch the global setup refuses because a lane
 * serves another document anyway is run again one lane per run. Each lane's outcome is read from
 * its own report, exactly as a run of its own would be.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { FAULTS, type Fault } from '../../reference/faults/catalog.ts';
import type { Generation } from '../core/domain.ts';
import { isJsonObject } from '../core/json.ts';
import type { Lane } from '../config/lanes.ts';
import { runSuite, runSuiteLanes, type SuiteRunResult } from './run-suite.ts';

export interface FaultOutcome {
  readonly name: string;
  readonly description: string;
  readonly catches: readonly string[];
  readonly failedChecks: readonly string[];
  /** Every check in `catches` failed. */
  readonly killed: boolean;
  /** The failing checks are exactly `catches` (and no test failed without a check). */
  readonly exact: boolean;
  readonly unattributed: readonly string[];
  readonly durationMs: number;
}

export interface MutationResult {
  readonly clean: {
    readonly failedChecks: readonly string[];
    readonly unattributed: readonly string[];
    readonly exitCode: number;
    readonly durationMs: number;
  };
  readonly faults: readonly FaultOutcome[];
  readonly killed: number;
  readonly total: number;
  /** killed / total, in percent. */
  readonly score: number;
  readonly durationMs: number;
}

export interface MutationOptions {
  readonly reportsDir: string;
  /** Default: every fault of the catalog. */
  readonly faults?: readonly Fault[];
  /** Suite runs at a time (default: the number of cores). */
  readonly parallel?: number;
  /** Lanes of one suite run at most (default BATCH_SIZE). */
  readonly batchSize?: number;
  readonly onResult?: (outcome: FaultOutcome) => void;
}

export function outcomeOf(fault: Fault, run: SuiteRunResult): FaultOutcome {
  const failed = [...run.failedChecks].sort();
  const wanted = [...fault.catches].sort();
  const killed = wanted.every((c) => failed.includes(c));
  return {
    name: fault.name,
    description: fault.description,
    catches: wanted,
    failedChecks: failed,
    killed,
    exact: killed && failed.length === wanted.length && run.unattributed.length === 0,
    unattributed: run.unattributed,
    durationMs: run.durationMs,
  };
}

async function pool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.max(1, Math.min(size, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index];
      if (item !== undefined) results[index] = await work(item);
    }
  });
  await Promise.all(runners);
  return results;
}

/** The API generations whose clean target must fail no check: every one the faults show in, and v1. */
export function cleanGenerations(faults: readonly Fault[] = FAULTS): Generation[] {
  return [...new Set<Generation>(['v1', ...faults.map((f) => f.generation ?? 'v1')])];
}

/** One lane of a batch: the clean target of a generation, or a fault on a fresh target of its generation. */
export interface MutationLane {
  readonly name: string;
  readonly generation: Generation;
  /** null: the clean target. */
  readonly fault: Fault | null;
  /** A both-APIs run (WM_API=v1,hub-v2: v1-8.10 and hub-v2 on one store), alone: its lanes are its APIs. */
  readonly bothApis?: boolean;
}

/** One suite run: lanes of one generation that serve the same document. */
export interface Batch {
  readonly name: string;
  readonly lanes: readonly MutationLane[];
}

/** Lanes per suite run at most: enough to pay the run's fixed cost once for many, few enough that the batches keep every core busy. */
export const BATCH_SIZE = 8;

/** The clean both-APIs run's lane (WM_API=v1,hub-v2), when a fault needs both APIs. */
export const CLEAN_BOTH_APIS = 'clean-both-apis';

/** A clean lane's name (its reports folder: `<reportsDir>/clean-<generation>`). */
export function cleanLaneName(generation: Generation): string {
  return `clean-${generation}`;
}

/**
 * Whether the fault's target serves another document than the clean one (its own plan): it
 * rewrites the document, or drops operations from it (and from the server).
 */
export function servesOwnDocument(fault: Fault): boolean {
  return fault.document !== undefined || (fault.behaviour?.disabledOperations ?? []).length > 0;
}

/**
 * The batches of a mutation run: per generation, its clean target and its faults, in runs of at
 * most `size` lanes; a fault whose target serves another document (servesOwnDocument) in a run
 * of its own, for a run collects one plan. The largest batches first, so the small ones fill the cores at the end.
 */
export function planBatches(
  faults: readonly Fault[],
  generations: readonly Generation[],
  size: number = BATCH_SIZE,
): Batch[] {
  const batches: Batch[] = [];
  // A fault that needs both APIs (and their clean run) is a both-APIs run of its own.
  const both = faults.filter((f) => f.bothApis === true);
  const bothLanes: MutationLane[] = [null, ...both].map((fault) => ({
    name: fault?.name ?? CLEAN_BOTH_APIS,
    generation: 'hub-v2',
    fault,
    bothApis: true,
  }));
  if (both.length > 0) for (const lane of bothLanes) batches.push({ name: lane.name, lanes: [lane] });
  for (const generation of generations) {
    const shared: MutationLane[] = [{ name: cleanLaneName(generation), generation, fault: null }];
    for (const fault of faults.filter((f) => f.bothApis !== true && (f.generation ?? 'v1') === generation)) {
      const lane = { name: fault.name, generation, fault };
      if (!servesOwnDocument(fault)) shared.push(lane);
      else batches.push({ name: fault.name, lanes: [lane] });
    }
    const count = Math.ceil(shared.length / Math.max(1, size));
    const per = Math.ceil(shared.length / count);
    for (let i = 0; i < count; i++) {
      const lanes = shared.slice(i * per, (i + 1) * per);
      batches.push({ name: count === 1 ? generation : `${generation}-${i + 1}`, lanes });
    }
  }
  return batches.sort((a, b) => b.lanes.length - a.lanes.length);
}

function laneOf(lane: MutationLane, reportsDir: string): Lane {
  return {
    name: lane.name,
    reportsDir: join(reportsDir, lane.name),
    generation: lane.generation,
    faults: lane.fault === null ? [] : [lane.fault.name],
  };
}

/**
 * How long a batch's suite run may take before it is killed: generous (a lane takes some 10 s on
 * an idle machine, over a minute on a crowded one), and known to the tests, whose timeout is longer.
 */
export function batchTimeoutMs(batch: Batch): number {
  return 120_000 + batch.lanes.length * 150_000;
}

/** A run of one lane alone, exactly as before lanes: `<reportsDir>/<lane name>`. */
function runLaneAlone(lane: MutationLane, reportsDir: string): Promise<SuiteRunResult> {
  return runSuite({
    ...(lane.fault === null ? {} : { faults: [lane.fault.name] }),
    reportsDir: join(reportsDir, lane.name),
    env: lane.bothApis === true ? { WM_API: 'v1,hub-v2' } : { WM_REFERENCE_GENERATION: lane.generation },
    timeoutMs: batchTimeoutMs({ name: lane.name, lanes: [lane] }),
  });
}

/** The global setup refused the batch: a lane serves another document than the first (src/run/lanes.ts). */
const OTHER_DOCUMENT = /serves another document than lane/;

/**
 * One batch: one suite run with a lane each (a batch of one is a run of its own); each lane's
 * reading by name. A batch refused because a lane's document differs runs one lane per run.
 */
export async function runBatch(batch: Batch, reportsDir: string): Promise<Map<string, SuiteRunResult>> {
  const out = new Map<string, SuiteRunResult>();
  const [only] = batch.lanes;
  if (batch.lanes.length === 1 && only !== undefined) {
    out.set(only.name, await runLaneAlone(only, reportsDir));
    return out;
  }
  const lanes = batch.lanes.map((lane) => laneOf(lane, reportsDir));
  const run = await runSuiteLanes({
    reportsDir: join(reportsDir, `batch-${batch.name}`),
    lanes,
    timeoutMs: batchTimeoutMs(batch),
  });
  if (OTHER_DOCUMENT.test(run.stderr)) {
    for (const lane of batch.lanes) out.set(lane.name, await runLaneAlone(lane, reportsDir));
    return out;
  }
  for (const lane of batch.lanes) {
    const result = run.lanes.get(lane.name);
    if (result !== undefined) out.set(lane.name, result);
  }
  return out;
}

function isSuiteRunResult(value: unknown): value is SuiteRunResult {
  return (
    isJsonObject(value) &&
    typeof value.exitCode === 'number' &&
    typeof value.verdict === 'string' &&
    Array.isArray(value.failedChecks) &&
    Array.isArray(value.unattributed) &&
    typeof value.stderr === 'string'
  );
}

/**
 * runBatch once per reports folder, across processes: the readings are kept in
 * `<reportsDir>/batch-<name>.json`, so that a test process restarted after a failed test reads
 * them instead of running the batch again.
 */
export async function batchResults(batch: Batch, reportsDir: string): Promise<Map<string, SuiteRunResult>> {
  const file = join(reportsDir, `batch-${batch.name}.json`);
  if (existsSync(file)) {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isJsonObject(parsed))
      return new Map(
        Object.entries(parsed).flatMap(([name, value]): [string, SuiteRunResult][] =>
          isSuiteRunResult(value) ? [[name, value]] : [],
        ),
      );
  }
  const results = await runBatch(batch, reportsDir);
  writeFileSync(file, JSON.stringify(Object.fromEntries(results)));
  return results;
}

/** A lane's reading, or a run that says why there is none (the batch's child failed before any report). */
export function laneResult(results: ReadonlyMap<string, SuiteRunResult>, name: string): SuiteRunResult {
  const found = results.get(name);
  if (found !== undefined) return found;
  const sibling = [...results.values()][0];
  return {
    exitCode: 1,
    verdict: 'NO REPORT',
    failedChecks: [],
    unattributed: [],
    durationMs: 0,
    stderr: sibling?.stderr ?? `no reading of lane ${name}`,
    stdout: sibling?.stdout ?? '',
    complianceFile: '',
  };
}

export async function runMutation(options: MutationOptions): Promise<MutationResult> {
  const started = Date.now();
  const faults = options.faults ?? FAULTS;
  const parallel = options.parallel ?? availableParallelism();
  const generations = cleanGenerations(faults);
  const batches = planBatches(faults, generations, options.batchSize);
  const readings = new Map<string, SuiteRunResult>();
  await pool(batches, parallel, async (batch) => {
    const results = await runBatch(batch, options.reportsDir);
    for (const lane of batch.lanes) {
      const result = laneResult(results, lane.name);
      readings.set(lane.name, result);
      if (lane.fault !== null) options.onResult?.(outcomeOf(lane.fault, result));
    }
  });
  // The clean target of every generation a fault shows in must fail no check.
  const cleanRuns = [
    ...generations.map((g) => laneResult(readings, cleanLaneName(g))),
    ...(faults.some((f) => f.bothApis === true) ? [laneResult(readings, CLEAN_BOTH_APIS)] : []),
  ];
  const clean = {
    failedChecks: [...new Set(cleanRuns.flatMap((r) => r.failedChecks))].sort(),
    unattributed: cleanRuns.flatMap((r) => r.unattributed),
    exitCode: Math.max(...cleanRuns.map((r) => r.exitCode)),
    durationMs: Math.max(...cleanRuns.map((r) => r.durationMs)),
  };
  const outcomes = faults.map((fault) => outcomeOf(fault, laneResult(readings, fault.name)));
  return mutationResult(clean, outcomes, Date.now() - started);
}

/** The kill matrix of the clean runs and the fault outcomes: killed, total and the score. */
export function mutationResult(
  clean: MutationResult['clean'],
  outcomes: readonly FaultOutcome[],
  durationMs: number,
): MutationResult {
  const killed = outcomes.filter((o) => o.killed).length;
  return {
    clean,
    faults: outcomes,
    killed,
    total: outcomes.length,
    score: outcomes.length === 0 ? 0 : Math.round((killed / outcomes.length) * 1000) / 10,
    durationMs,
  };
}

/** The kill matrix as console lines. */
export function mutationText(result: MutationResult): string {
  const lines = [
    `clean target: ${result.clean.failedChecks.length === 0 && result.clean.unattributed.length === 0 ? 'no failed check' : `FAILED ${result.clean.failedChecks.join(', ')} ${result.clean.unattributed.join('; ')}`}`,
    ...result.faults.map(
      (f) =>
        `${f.killed ? (f.exact ? 'killed   ' : 'killed*  ') : 'SURVIVED '} ${f.name.padEnd(34)} catches ${f.catches.join(', ')}${f.exact ? '' : ` — failed: ${f.failedChecks.join(', ') || 'nothing'}${f.unattributed.length > 0 ? `; unattributed: ${f.unattributed.join('; ')}` : ''}`}`,
    ),
    `score: ${result.killed}/${result.total} faults killed (${result.score} %) in ${Math.round(result.durationMs / 1000)} s` +
      (result.faults.some((f) => f.killed && !f.exact) ? ' — * killed, but other checks failed too' : ''),
  ];
  return `${lines.join('\n')}\n`;
}
