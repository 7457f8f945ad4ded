/**
 * The gate's `wmct-breaking` attachment, for the reporters: the baseline's name, the threshold,
 * counts per severity (and ignored), every change with its fragments, the ignored changes
 * with their reasons, and the notes on how the documents were read (e.g. response properties
 * treated as required). Operation, method and path are always strings ('' where the classifier has
 * none: document-wide changes), as the reporters' guard expects.
 */
import { notesOf, subjectOf } from '../diff/format.ts';
import type { Change } from '../diff/types.ts';
import type { BreakingAttachment, BreakingChange } from '../core/attachments.ts';
import type { GateOutcome } from './gate.ts';

export function changeEntry(change: Change): BreakingChange {
  return {
    id: change.id,
    severity: change.severity,
    operation: subjectOf(change),
    method: change.method ?? '',
    path: change.path ?? '',
    location: change.location,
    message: change.message,
    ...(change.oldFragment === undefined ? {} : { oldFragment: change.oldFragment }),
    ...(change.newFragment === undefined ? {} : { newFragment: change.newFragment }),
  };
}

export function breakingAttachment(outcome: GateOutcome): BreakingAttachment {
  const { result } = outcome;
  return {
    baseline: outcome.label,
    failOn: outcome.failOn,
    counts: {
      ERR: result.counts.ERR,
      WARN: result.counts.WARN,
      INFO: result.counts.INFO,
      ignored: result.ignored.length,
    },
    changes: result.changes.map(changeEntry),
    ignored: result.ignored.map(({ change, reason }) => ({ ...changeEntry(change), reason })),
    notes: notesOf(result),
  };
}
