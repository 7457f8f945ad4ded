/**
 * snapshot-files-by-name: a project snapshot's GET lists the file versions it captured ordered by
 * file name (facts §2.1 "Project snapshots", §3.3: the one documented order besides `sort`), and
 * lists the files the project held when it was taken.
 * The collation is not documented (facts §5.9): the order by UTF-16 code units and the
 * case-insensitive one are both accepted; the scenario's names order the same under both.
 */
import type { CheckDefinition, Verdict } from '../types.ts';

export interface SnapshotFilesSeen {
  /** The `fileName`s of the snapshot's `fileVersions`, in the answer's order. */
  readonly names: readonly string[];
  /** Names of files the project held when the snapshot was taken (each must be listed). */
  readonly held: readonly string[];
  readonly what: string;
}

const caseless = new Intl.Collator('en', { sensitivity: 'base' });

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

export const snapshotFilesByName: CheckDefinition<SnapshotFilesSeen> = {
  id: 'snapshot-files-by-name',
  family: 'semantics',
  title: "A project snapshot's file versions are ordered by file name",
  judge: ({ names, held, what }): Verdict => {
    const missing = held.filter((name) => !names.includes(name));
    if (missing.length > 0)
      return {
        ok: false,
        message: `${what}: the snapshot does not list ${missing.map((n) => `"${n}"`).join(', ')}, which the project held`,
        expected: held.join(', '),
        actual: names.join(', '),
      };
    const byCode = [...names].sort();
    if (sameOrder(names, byCode) || sameOrder(names, [...names].sort(caseless.compare))) return { ok: true };
    return {
      ok: false,
      message: `${what}: the file versions are listed as ${names.join(', ')}, not ordered by file name`,
      expected: byCode.join(', '),
      actual: names.join(', '),
    };
  },
};
