/**
 * The breaking-change gate's outcome for one run: the baseline → live classification with the
 * ignore list applied, split at the threshold (WM_GATE_FAIL_ON, default ERR): the changes at or
 * above it grouped by rule and operation (one failing test each), the rest grouped by severity
 * (one passing test each that records them). With WM_GATE_IMPLICIT_REQUIRED (default on), a
 * baseline that declares no `required` in its responses has its documented response properties
 * read as required (src/diff/implicit-required.ts).
 */
import { applyIgnores, classify, type DiffResult } from '../diff/classify-changes.ts';
import type { IgnoreEntry } from '../diff/ignore.ts';
import { atLeast, SEVERITIES, type Severity } from '../core/severity.ts';
import { type Change } from '../diff/types.ts';
import { subjectOf } from '../diff/format.ts';
import type { JsonObject } from '../core/json.ts';

export interface GateInput {
  readonly baseline: JsonObject;
  readonly live: JsonObject;
  readonly ignores: readonly IgnoreEntry[];
  readonly failOn: Severity;
  /** Read documented response properties as required when the baseline declares none (WM_GATE_IMPLICIT_REQUIRED). */
  readonly implicitRequired: boolean;
  /** How titles and reports name the baseline ("v1", or a path). */
  readonly label: string;
}

/** The changes of one rule on one operation (or path, or the whole document). */
export interface FailingGroup {
  readonly rule: string;
  readonly subject: string;
  readonly changes: readonly Change[];
}

export interface RecordedGroup {
  readonly severity: Severity;
  readonly changes: readonly Change[];
}

export interface GateOutcome {
  readonly label: string;
  readonly failOn: Severity;
  readonly result: DiffResult;
  readonly failing: readonly FailingGroup[];
  readonly recorded: readonly RecordedGroup[];
}

/** Groups in the classifier's order (severity, operation, rule), one per rule and subject. */
export function groupByRuleAndSubject(changes: readonly Change[]): FailingGroup[] {
  const groups = new Map<string, { rule: string; subject: string; changes: Change[] }>();
  for (const change of changes) {
    const subject = subjectOf(change);
    const key = `${change.id}\u0000${subject}`;
    const group = groups.get(key) ?? { rule: change.id, subject, changes: [] };
    group.changes.push(change);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export function runGate(input: GateInput): GateOutcome {
  const result = applyIgnores(
    classify(input.baseline, input.live, { implicitRequired: input.implicitRequired }),
    input.ignores,
  );
  const failing = result.changes.filter((change) => atLeast(change.severity, input.failOn));
  const below = result.changes.filter((change) => !atLeast(change.severity, input.failOn));
  const recorded = SEVERITIES.map((severity) => ({
    severity,
    changes: below.filter((change) => change.severity === severity),
  })).filter((group) => group.changes.length > 0);
  return { label: input.label, failOn: input.failOn, result, failing: groupByRuleAndSubject(failing), recorded };
}
