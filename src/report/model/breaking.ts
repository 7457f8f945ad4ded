/**
 * Breaking changes against the baseline, from the gate's `wmct-breaking` attachment, grouped by
 * severity (most severe first). Null when the gate did not run.
 */
import type { BreakingAttachment, BreakingChange, IgnoredChange } from '../../core/attachments.ts';
import type { TestRecord } from './test-record.ts';

export interface BreakingGroup {
  readonly severity: string;
  readonly changes: readonly BreakingChange[];
}

export interface BreakingSection {
  readonly baseline: string;
  /** As the gate counted them (e.g. by severity, ignored). */
  readonly counts: Readonly<Record<string, number>>;
  readonly groups: readonly BreakingGroup[];
  /** Changes the ignore file accepts, each with its reason (they never fail the gate). */
  readonly ignored: readonly IgnoredChange[];
  /** How the gate read the documents (e.g. response properties treated as required), one line each. */
  readonly notes: readonly string[];
}

/** oasdiff's levels (ERR, WARN, INFO) and their long names, most severe first. */
const SEVERITY_ORDER = ['err', 'error', 'breaking', 'warn', 'warning', 'info'];

function severityRank(severity: string): number {
  const i = SEVERITY_ORDER.indexOf(severity.toLowerCase());
  return i === -1 ? SEVERITY_ORDER.length : i;
}

function sumCounts(reports: readonly BreakingAttachment[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const report of reports) {
    for (const [key, n] of Object.entries(report.counts)) out[key] = (out[key] ?? 0) + n;
  }
  return out;
}

export function buildBreaking(tests: readonly TestRecord[]): BreakingSection | null {
  const reports = tests.flatMap((t) => (t.breaking === undefined ? [] : [t.breaking]));
  const first = reports[0];
  if (first === undefined) return null;
  const bySeverity = new Map<string, BreakingChange[]>();
  for (const change of reports.flatMap((r) => r.changes))
    bySeverity.set(change.severity, [...(bySeverity.get(change.severity) ?? []), change]);
  const groups = [...bySeverity]
    .sort(([a], [b]) => severityRank(a) - severityRank(b) || a.localeCompare(b))
    .map(([severity, changes]) => ({ severity, changes }));
  const notes = [...new Set(reports.flatMap((r) => r.notes ?? []))];
  return {
    baseline: first.baseline,
    counts: sumCounts(reports),
    groups,
    ignored: reports.flatMap((r) => r.ignored ?? []),
    notes,
  };
}
