/**
 * The shapes of what other parts of the suite hand the reporters besides the attachments (whose
 * contract is src/core/attachments.ts): the document findings of the run facts and
 * `reports/mutation.json`, with the type guards that accept them at the JSON border. A value that
 * does not fit is left out, never trusted.
 */
import type { FaultOutcome, MutationResult } from '../../mutation/mutation.ts';
import { isJsonObject } from '../../core/json.ts';

export interface Finding {
  readonly code: string;
  readonly operation: string | null;
  readonly pointer: string;
  readonly message: string;
}

/** What the page shows of one fault's outcome (the mutation runner writes the whole FaultOutcome). */
export type FaultDetection = Pick<FaultOutcome, 'name' | 'description' | 'catches' | 'failedChecks' | 'killed'>;

/** `reports/mutation.json` (written by `npm run mutation`): which faults of the reference target the suite detects. */
export type DetectionPower = Pick<MutationResult, 'score' | 'killed' | 'total'> & {
  readonly faults: readonly FaultDetection[];
};

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

export function isFinding(value: unknown): value is Finding {
  return (
    isJsonObject(value) &&
    typeof value.code === 'string' &&
    typeof value.message === 'string' &&
    typeof value.pointer === 'string' &&
    (value.operation === null || typeof value.operation === 'string')
  );
}

export function isFaultDetection(value: unknown): value is FaultDetection {
  return (
    isJsonObject(value) &&
    typeof value.name === 'string' &&
    typeof value.description === 'string' &&
    isStringArray(value.catches) &&
    isStringArray(value.failedChecks) &&
    typeof value.killed === 'boolean'
  );
}

export function isDetectionPower(value: unknown): value is DetectionPower {
  return (
    isJsonObject(value) &&
    typeof value.score === 'number' &&
    typeof value.killed === 'number' &&
    typeof value.total === 'number' &&
    Array.isArray(value.faults) &&
    value.faults.every(isFaultDetection)
  );
}
