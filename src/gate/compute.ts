/**
 * The gate of a run, computed once, by the global setup: the live document against the baseline
 * it checked (WM_BASELINE, default the committed one of the target's generation), with the ignore
 * file and the threshold, written to the run folder's gate.json for every process to declare
 * its tests from (src/gate/current.ts). A classifier that fails is an answer too (the spec shows
 * it as a failing test), not a failed set-up.
 */
import { writeFileSync } from 'node:fs';
import type { JsonObject } from '../core/json.ts';
import type { RunContext } from '../run/context.ts';
import { RULES } from '../diff/rules/index.ts';
import { baselineLabel, readBaseline } from './baseline.ts';
import { gateFile, type CurrentGate } from './current.ts';
import { runGate, type GateOutcome } from './gate.ts';
import { loadGateIgnores } from './ignores.ts';

/** The outcome with the title of each rule that has a failing group (what its failed checks are called). */
export function withRuleTitles(outcome: GateOutcome): CurrentGate {
  const ruleTitles: Record<string, string> = {};
  for (const group of outcome.failing)
    ruleTitles[group.rule] = RULES.find((r) => r.id === group.rule)?.description ?? group.rule;
  return { outcome, ruleTitles };
}

export type GateContext = Pick<
  RunContext,
  'baselineFile' | 'baselineSkipReason' | 'breakingIgnoreFile' | 'gateFailOn' | 'gateImplicitRequired'
>;

export function computeGate(context: GateContext, live: JsonObject): CurrentGate {
  const file = context.baselineFile;
  if (file === null) return { skipReason: context.baselineSkipReason ?? 'no baseline (WM_BASELINE)' };
  const label = baselineLabel(file);
  try {
    const input = {
      baseline: readBaseline(file),
      live,
      ignores: loadGateIgnores(context.breakingIgnoreFile),
      failOn: context.gateFailOn,
      implicitRequired: context.gateImplicitRequired,
      label,
    };
    return withRuleTitles(runGate(input));
  } catch (error) {
    return { label, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether two runs' gates are computed from the same baseline, ignore file and settings (the live document aside). */
export function sameGateInputs(a: GateContext, b: GateContext): boolean {
  return (
    a.baselineFile === b.baselineFile &&
    a.baselineSkipReason === b.baselineSkipReason &&
    a.breakingIgnoreFile === b.breakingIgnoreFile &&
    a.gateFailOn === b.gateFailOn &&
    a.gateImplicitRequired === b.gateImplicitRequired
  );
}

/** Writes a run's gate into its run folder, for every process to declare the gate's tests from. */
export function writeGateFile(runDir: string, gate: CurrentGate): void {
  writeFileSync(gateFile(runDir), JSON.stringify(gate));
}
