/**
 * snapshot-search-version-set: the project snapshot search's `fileVersionKey` filter applies to
 * the set of file versions a snapshot captured (facts §2.1 "Project snapshots", §2.3): `$exists`
 * asks whether it captured any, `$neq` and `$notIn` hold when none of them matches — so they match
 * a snapshot that captured no file version too. Judged on the test's own project: the snapshots
 * the search finds there are exactly the ones these semantics select.
 */
import type { CheckDefinition, Verdict } from '../types.ts';

export interface VersionFilterSeen {
  /** The condition on `fileVersionKey`, as text (`{"$neq":"…"}`). */
  readonly condition: string;
  /** Keys of the project's snapshots the condition selects under set semantics. */
  readonly expected: readonly string[];
  /** Keys of the project's snapshots the search found. */
  readonly found: readonly string[];
  readonly what: string;
}

export const snapshotSearchVersionSet: CheckDefinition<VersionFilterSeen> = {
  id: 'snapshot-search-version-set',
  family: 'semantics',
  title: "The snapshot search's fileVersionKey filter works on the set of captured file versions",
  judge: ({ condition, expected, found, what }): Verdict => {
    const want = [...new Set(expected)].sort();
    const got = [...new Set(found)].sort();
    if (want.length === got.length && want.every((key, i) => key === got[i])) return { ok: true };
    const missing = want.filter((key) => !got.includes(key));
    const extra = got.filter((key) => !want.includes(key));
    return {
      ok: false,
      message: `${what}: fileVersionKey ${condition} ${[
        missing.length > 0 ? `missed ${missing.join(', ')}` : '',
        extra.length > 0 ? `found ${extra.join(', ')}, which it does not select` : '',
      ]
        .filter((part) => part !== '')
        .join(' and ')}`,
      expected: want.join(', '),
      actual: got.join(', '),
    };
  },
};
