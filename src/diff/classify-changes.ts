/**
 * Classifies the changes between two OpenAPI documents (old = baseline, new = live) with the
 * rule registry, sorts them (severity, operation, rule ID, location), counts them per
 * severity, and applies an ignore list. With `implicitRequired`, a baseline that declares no
 * `required` in its responses has its documented response properties read as required
 * (implicit-required.ts); the result says so.
 */
import type { JsonObject } from '../core/json.ts';
import { buildContext } from './context.ts';
import type { IgnoreEntry } from './ignore.ts';
import { RULES } from './rules/index.ts';
import type { Change, Rule } from './types.ts';
import { atLeast, SEVERITIES, severityRank, type Severity } from '../core/severity.ts';

export interface IgnoredChange {
  readonly change: Change;
  readonly reason: string;
}

export interface DiffResult {
  readonly changes: readonly Change[];
  readonly counts: Readonly<Record<Severity, number>>;
  /** Changes an ignore entry matched, with its reason (empty until applyIgnores). */
  readonly ignored: readonly IgnoredChange[];
  /** True when response properties were read as required (IMPLICIT_REQUIRED_NOTE says why); absent or false: as written. */
  readonly implicitRequired?: boolean;
}

export interface ClassifyOptions {
  /** Rules to run instead of the whole registry. */
  readonly rules?: readonly Rule[];
  /** Read documented response properties as required when the baseline declares no `required` in its responses (default: off). */
  readonly implicitRequired?: boolean;
}

function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

export function compareChanges(a: Change, b: Change): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    compareText(a.operation, b.operation) ||
    compareText(a.id, b.id) ||
    compareText(a.location, b.location) ||
    compareText(a.message, b.message)
  );
}

export function countBySeverity(changes: readonly Change[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { ERR: 0, WARN: 0, INFO: 0 };
  for (const change of changes) counts[change.severity] += 1;
  return counts;
}

export function classify(oldDoc: JsonObject, newDoc: JsonObject, options: ClassifyOptions = {}): DiffResult {
  const ctx = buildContext(oldDoc, newDoc, { implicitRequired: options.implicitRequired === true });
  const changes = (options.rules ?? RULES).flatMap((rule) => rule.check(ctx)).sort(compareChanges);
  return { changes, counts: countBySeverity(changes), ignored: [], implicitRequired: ctx.implicitRequired };
}

function matches(entry: IgnoreEntry, change: Change): boolean {
  if (entry.id !== change.id) return false;
  if (entry.operation === '*') return true;
  const route = change.method !== null && change.path !== null ? `${change.method} ${change.path}` : null;
  return entry.operation === change.operation || entry.operation === route;
}

/** Moves the changes an entry matches (same rule ID; same operationId, "METHOD /path", or "*") to `ignored`. */
export function applyIgnores(result: DiffResult, ignores: readonly IgnoreEntry[]): DiffResult {
  const kept: Change[] = [];
  const ignored: IgnoredChange[] = [...result.ignored];
  for (const change of result.changes) {
    const entry = ignores.find((candidate) => matches(candidate, change));
    if (entry === undefined) kept.push(change);
    else ignored.push({ change, reason: entry.reason });
  }
  return { ...result, changes: kept, counts: countBySeverity(kept), ignored };
}

/** The most severe severity among the changes, or null when there are none. */
export function highestSeverity(result: DiffResult): Severity | null {
  return SEVERITIES.find((severity) => result.counts[severity] > 0) ?? null;
}

/** True when a change at `threshold` or more severe remains. */
export function failsAt(result: DiffResult, threshold: Severity): boolean {
  const highest = highestSeverity(result);
  return highest !== null && atLeast(highest, threshold);
}
