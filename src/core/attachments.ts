/**
 * The attachment contract: everything the tests hand the reporters travels as a named JSON
 * attachment (always through `attachRedacted`, src/fixtures/attach.ts), so that a merged sharded
 * run gives the same report. This module is the one place that says, for every such attachment,
 * its name, the type the writer attaches and the guard the reader accepts it with:
 *
 *   `wmct-checks`   ChecksAttachment  the `checks` fixture, every test (src/fixtures/index.ts)
 *   `wmct-run`      RunFacts          the `runFacts` fixture, first test of every worker
 *   `wmct-info`     InfoAttachment    specs/info.spec.ts, one per client
 *   `wmct-breaking` BreakingAttachment the gate's summary test (src/gate/tests.ts)
 *
 * The readers (src/report/model/records.ts, the compliance reporter, the Allure labels,
 * src/bench/timing-reporter.ts) take a value only through these guards: one that does not fit is
 * left out, never trusted.
 */
// The lead repoints these three imports to src/core when the core layer lands (JSON guard and
// types, CheckResult and RunFacts); the attachment contract itself depends on nothing else.
import type { CheckResult } from './check-result.ts';
import type { RunFacts } from './run-facts.ts';
import { isJsonObject, type JsonValue } from './json.ts';

/** Names of the attachments that carry the suite's facts from the tests to the reporters. */
export const CHECKS_ATTACHMENT = 'wmct-checks';
/** The run facts (`RunFacts`: target, document, findings, known deviations, baseline, timings). */
export const RUN_ATTACHMENT = 'wmct-run';
/** `{ client, status, body }`: `GET …/info` as one client saw it (one attachment per client). */
export const INFO_ATTACHMENT = 'wmct-info';
/** `{ baseline, failOn, counts, changes, ignored, notes }`: the breaking-change gate's result against the baseline. */
export const BREAKING_ATTACHMENT = 'wmct-breaking';

/** Requests sent, retries made and milliseconds spent waiting on the target, during one test. */
export interface RequestStats {
  readonly requests: number;
  readonly retries: number;
  readonly waitMs: number;
}

/** `wmct-checks`: the test's check results, its request statistics and the statuses it saw. */
export interface ChecksAttachment {
  readonly results: readonly CheckResult[];
  readonly stats: RequestStats;
  /** Operation key → statuses the target answered during the test. */
  readonly observed: Readonly<Record<string, readonly number[]>>;
}

/** `wmct-info`: `GET …/info` as one client saw it. */
export interface InfoAttachment {
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

/** `wmct-breaking`: the breaking-change gate's result against the baseline. */
export interface BreakingAttachment {
  readonly baseline: string;
  /** The gate's threshold (absent in older attachments). */
  readonly failOn?: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly changes: readonly BreakingChange[];
  /** Accepted by the ignore file (absent in older attachments). */
  readonly ignored?: readonly IgnoredChange[];
  /** How the documents were read, one line each, e.g. response properties treated as required (absent in older attachments). */
  readonly notes?: readonly string[];
}

/** Attachment name → what is attached under it: the writers' `attachFact` and the readers agree on this map. */
export interface Attachments {
  readonly [CHECKS_ATTACHMENT]: ChecksAttachment;
  readonly [RUN_ATTACHMENT]: RunFacts;
  readonly [INFO_ATTACHMENT]: InfoAttachment;
  readonly [BREAKING_ATTACHMENT]: BreakingAttachment;
}

export type AttachmentName = keyof Attachments;

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isNumberRecord(value: unknown): value is Record<string, number> {
  return isJsonObject(value) && Object.values(value).every((v) => typeof v === 'number');
}

export function isCheckResult(value: unknown): value is CheckResult {
  return (
    isJsonObject(value) &&
    typeof value.check === 'string' &&
    typeof value.operation === 'string' &&
    typeof value.outcome === 'string'
  );
}

export function isRunFacts(value: unknown): value is RunFacts {
  return (
    isJsonObject(value) && typeof value.runId === 'string' && isJsonObject(value.target) && isJsonObject(value.document)
  );
}

export function isInfoAttachment(value: unknown): value is InfoAttachment {
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

export function isBreakingAttachment(value: unknown): value is BreakingAttachment {
  return (
    isJsonObject(value) &&
    typeof value.baseline === 'string' &&
    (value.failOn === undefined || typeof value.failOn === 'string') &&
    isNumberRecord(value.counts) &&
    Array.isArray(value.changes) &&
    value.changes.every(isBreakingChange) &&
    (value.ignored === undefined || (Array.isArray(value.ignored) && value.ignored.every(isIgnoredChange))) &&
    (value.notes === undefined || isStringArray(value.notes))
  );
}

function count(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

/**
 * A `wmct-checks` attachment as the readers take it: whatever does not fit is left out (a result
 * that is not a check result, a status that is not a number; a missing count is 0), so one bad
 * entry never hides the others. Null: not a checks attachment at all.
 */
export function checksAttachmentOf(value: unknown): ChecksAttachment | null {
  if (!isJsonObject(value)) return null;
  const listed: unknown[] = Array.isArray(value.results) ? value.results : [];
  const results = listed.filter(isCheckResult);
  const stats = isJsonObject(value.stats) ? value.stats : {};
  const observed: Record<string, number[]> = {};
  if (isJsonObject(value.observed)) {
    for (const [op, statuses] of Object.entries(value.observed)) {
      if (Array.isArray(statuses)) observed[op] = statuses.filter((s): s is number => typeof s === 'number');
    }
  }
  return {
    results,
    stats: { requests: count(stats.requests), retries: count(stats.retries), waitMs: count(stats.waitMs) },
    observed,
  };
}
