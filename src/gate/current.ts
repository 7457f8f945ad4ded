/**
 * The gate of this run, computed once per process at collection time from files only (the run
 * folder's live document, the baseline the global setup checked, the ignore file), so the
 * runner and every worker declare the same tests. Why it cannot run — no baseline, or the
 * classifier failed — is part of the answer, for the spec to show.
 */
import { currentSuite, type Suite } from '../run/suite.ts';
import { baselineLabel, readBaseline } from './baseline.ts';
import { runGate, type GateOutcome } from './gate.ts';
import { loadGateIgnores } from './ignores.ts';

export type CurrentGate =
  | { readonly outcome: GateOutcome }
  | { readonly skipReason: string }
  | { readonly label: string; readonly error: string };

/** By run folder: a both-APIs run declares every lane's gate (src/fixtures/scopes.ts). */
const cached = new Map<string, CurrentGate>();

function computeGate({ context, doc }: Suite): CurrentGate {
  const file = context.baselineFile;
  if (file === null) return { skipReason: context.baselineSkipReason ?? 'no baseline (WM_BASELINE)' };
  const label = baselineLabel(file);
  try {
    const input = {
      baseline: readBaseline(file),
      live: doc.raw,
      ignores: loadGateIgnores(context.breakingIgnoreFile),
      failOn: context.gateFailOn,
      implicitRequired: context.gateImplicitRequired,
      label,
    };
    return { outcome: runGate(input) };
  } catch (error) {
    return { label, error: error instanceof Error ? error.message : String(error) };
  }
}

export function currentGate(suite: Suite = currentSuite()): CurrentGate {
  const known = cached.get(suite.context.runDir);
  if (known !== undefined) return known;
  const gate = computeGate(suite);
  cached.set(suite.context.runDir, gate);
  return gate;
}
