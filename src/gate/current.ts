/**
 * The gate of this run, as every process declares its tests: read from the run folder's
 * gate.json, which the global setup wrote once (src/gate/compute.ts: the run folder's live
 * document against the baseline it checked, with the ignore file). The runner and every worker
 * read the same file, so they declare the same tests, and none of them loads the classifier or
 * classifies again. Why the gate cannot run — no baseline, or the classifier failed — is part of
 * the answer, for the spec to show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isJsonObject } from '../core/json.ts';
import { currentSuite, type Suite } from '../run/suite.ts';
import type { GateOutcome } from './gate.ts';

export type CurrentGate =
  | {
      readonly outcome: GateOutcome;
      /** The description of each rule with a failing group, by rule ID (the failed checks' titles). */
      readonly ruleTitles: Readonly<Record<string, string>>;
    }
  | { readonly skipReason: string }
  | { readonly label: string; readonly error: string };

/** The gate's file in a run folder. */
export function gateFile(runDir: string): string {
  return join(runDir, 'gate.json');
}

/** The shape the global setup writes (src/gate/compute.ts); the outcome's parts as the classifier made them. */
function isCurrentGate(value: unknown): value is CurrentGate {
  if (!isJsonObject(value)) return false;
  if (typeof value.skipReason === 'string') return true;
  if (typeof value.label === 'string' && typeof value.error === 'string') return true;
  const { outcome, ruleTitles } = value;
  return (
    isJsonObject(ruleTitles) &&
    isJsonObject(outcome) &&
    typeof outcome.label === 'string' &&
    isJsonObject(outcome.result) &&
    Array.isArray(outcome.failing) &&
    Array.isArray(outcome.recorded)
  );
}

/** By run folder: a both-APIs run declares every lane's gate (src/fixtures/scopes.ts). */
const cached = new Map<string, CurrentGate>();

/** The gate the global setup wrote into a run folder (read once per process and folder). */
export function readGate(runDir: string): CurrentGate {
  const known = cached.get(runDir);
  if (known !== undefined) return known;
  const file = gateFile(runDir);
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isCurrentGate(parsed)) throw new Error(`${file} is not the gate the global setup writes`);
  cached.set(runDir, parsed);
  return parsed;
}

export function currentGate(suite: Suite = currentSuite()): CurrentGate {
  return readGate(suite.context.runDir);
}
