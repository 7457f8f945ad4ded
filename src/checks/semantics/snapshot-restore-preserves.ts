/**
 * snapshot-restore-preserves: restoring a project snapshot answers 204 and first preserves the
 * project's current state as a new snapshot attributed to the system user (not to the caller) —
 * unless the project has not changed since its most recent snapshot, when no snapshot is added
 * (facts §2.1 "Project snapshots"). The system user's name is not documented: any author but the
 * caller is accepted.
 */
import type { CheckDefinition, Verdict } from '../types.ts';

export interface RestorePreservesSeen {
  /** The restoration's status. */
  readonly status: number;
  /** Whether the project changed since its most recent snapshot before the restoration. */
  readonly changed: boolean;
  /** Authors (`createdBy.email`) of the project's snapshots the restoration added, in any order. */
  readonly added: readonly (string | undefined)[];
  /** Who the caller is (`createdBy.email` of a snapshot the caller made). */
  readonly caller: string | undefined;
  readonly what: string;
}

function fail(what: string, message: string, expected: string, actual: string): Verdict {
  return { ok: false, message: `${what}: ${message}`, expected, actual };
}

export const snapshotRestorePreserves: CheckDefinition<RestorePreservesSeen> = {
  id: 'snapshot-restore-preserves',
  family: 'semantics',
  title: 'Restoring a project snapshot answers 204 and first keeps the changed state as a system-authored snapshot',
  judge: ({ status, changed, added, caller, what }): Verdict => {
    if (status !== 204) return fail(what, `answered ${status}, expected 204`, '204', String(status));
    const want = changed ? 'one system-authored snapshot added' : 'no snapshot added';
    if (!changed)
      return added.length === 0
        ? { ok: true }
        : fail(
            what,
            `the project had not changed since its latest snapshot, yet ${added.length} snapshot(s) were added`,
            want,
            `${added.length} added`,
          );
    if (added.length !== 1)
      return fail(
        what,
        added.length === 0
          ? 'the current state was not kept: no snapshot was added before restoring'
          : `${added.length} snapshots were added, expected one`,
        want,
        `${added.length} added`,
      );
    const [author] = added;
    if (author !== undefined && author !== caller) return { ok: true };
    return fail(
      what,
      author === undefined
        ? 'the snapshot added before restoring names no author'
        : `the snapshot added before restoring is attributed to the caller (${author}), not to the system user`,
      want,
      `one added, by ${author ?? 'nobody'}`,
    );
  },
};
