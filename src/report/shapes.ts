/**
 * The shapes of what other parts of the suite hand the reporters (the `wmct-info` and
 * `wmct-breaking` attachments, the document findings, `reports/mutation.json`), with the type
 * guards that accept them at the JSON border. A value that does not fit is left out, never trusted.
 */
import { isJsonObject, type JsonValue } from '../core/json.ts';
import type { FaultOutcome, MutationResult } from '../mutation/mutation.ts';

/** `GET …/info` as one client saw it (attachment `wmct-info`, one per client). */
export interface InfoResponse {
  readonly client: string;
  readonly status: number;
  readonly body: JsonValue;
}

export interface BreakingChange {
  readonly id: string;
  readonly severity: string;
  readonly operation: string;
  readonly method: string;
  readonly path: string;
  readonly location: string;
  readonly message: string;
  readonly oldFragment?: JsonValue;
  readonly newFragment?: JsonValue;
}

/** A change the ignore file accepts, with the file's reason. */
export interface IgnoredChange extends BreakingChange {
  readonly reason: string;
}

/** The breaking-change gate's result against the baseline (attachment `wmct-breaking`). */
export interface BreakingReport {
  readonly baseline: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly changes: readonly BreakingChange[];
  /** Accepted by the ignore file (absent in older attachments). */
  readonly ignored?: readonly IgnoredChange[];
  /** How the documents were read, one line each, e.g. response properties treated as required (absent in older attachments). */
  readonly notes?: readonly string[];
}

export interface Finding {
  readonly code: string;
  readonly operation: string | null;
  readonly pointer: string;
  readonly message: string;
}

/** What the page shows of one fault's outcome (the mutation runner writes the whole FaultOutcome). */
export type FaultDetection = Pick<FaultOutcome, 'name' | 'description' | 'catches' | 'failedChecks' | 'killed'>;

/** `reports/mutation.json` (written by `npm run mutation`): which faults of the reference target the suite detects. */
export type DetectionPower = Pick<MutationResult, 'score' | 'killed' | 'total'> & { readonly faults: readonly FaultDetection[] };

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isNumberRecord(value: unknown): value is Record<string, number> {
  return isJsonObject(value) && Object.values(value).every((v) => typeof v === 'number');
}

export function isInfoResponse(value: unknown): value is InfoResponse {
  return isJsonObject(value) && typeof value.client === 'string' && typeof value.status === 'number' && 'body' in value;
}

export function isBreakingChange(value: unknown): value is BreakingChange {
  return (
    isJsonObject(value) &&
    ['id', 'severity', 'operation', 'method', 'path', 'location', 'message'].every((k) => typeof value[k] === 'string')
  );
}

export function isIgnoredChange(value: unknown): value is IgnoredChange {
  return isBreakingChange(value) && isJsonObject(value) && typeof value.reason === 'string';
}

export function isBreakingReport(value: unknown): value is BreakingReport {
  return (
    isJsonObject(value) &&
    typeof value.baseline === 'string' &&
    isNumberRecord(value.counts) &&
    Array.isArray(value.changes) &&
    value.changes.every(isBreakingChange) &&
    (value.ignored === undefined || (Array.isArray(value.ignored) && value.ignored.every(isIgnoredChange))) &&
    (value.notes === undefined || isStringArray(value.notes))
  );
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
