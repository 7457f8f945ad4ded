/**
 * The mutation test: the suite against the clean reference target (no check may fail), then
 * against each fault of the catalog on a fresh target, as many at a time as the machine has
 * cores. A fault is killed when the suite fails on every check the catalog says must catch it;
 * it is exact when the failing checks are exactly those. The result is the kill matrix.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { FAULTS, type Fault } from '../../reference/faults/catalog.ts';
import type { Generation } from '../core/domain.ts';
import { runSuite, type SuiteRunResult } from './run-suite.ts';

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

/** The suite against the clean reference target of one generation (its reports in `<reportsDir>/clean-<generation>`). */
export function runClean(generation: Generation, reportsDir: string): Promise<SuiteRunResult> {
  return runSuite({
    reportsDir: join(reportsDir, `clean-${generation}`),
    env: { WM_REFERENCE_GENERATION: generation },
  });
}

/** The suite against one fault, on a fresh target of the fault's generation (its reports in `<reportsDir>/<fault name>`). */
export async function runFault(fault: Fault, reportsDir: string): Promise<FaultOutcome> {
  const env = { WM_REFERENCE_GENERATION: fault.generation ?? 'v1' };
  return outcomeOf(fault, await runSuite({ faults: [fault.name], reportsDir: join(reportsDir, fault.name), env }));
}

export async function runMutation(options: MutationOptions): Promise<MutationResult> {
  const started = Date.now();
  const faults = options.faults ?? FAULTS;
  const parallel = options.parallel ?? availableParallelism();
  // The clean target of every generation a fault shows in must fail no check.
  const cleanRuns = await pool(cleanGenerations(faults), parallel, (generation) =>
    runClean(generation, options.reportsDir),
  );
  const clean = {
    failedChecks: [...new Set(cleanRuns.flatMap((r) => r.failedChecks))].sort(),
    unattributed: cleanRuns.flatMap((r) => r.unattributed),
    exitCode: Math.max(...cleanRuns.map((r) => r.exitCode)),
    durationMs: Math.max(...cleanRuns.map((r) => r.durationMs)),
  };
  const outcomes = await pool(faults, parallel, async (fault) => {
    const outcome = await runFault(fault, options.reportsDir);
    options.onResult?.(outcome);
    return outcome;
  });
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
