/**
 * snapshot-duplicate-name: a project snapshot duplicated into a workspace that already holds a
 * project of the source's name gets a new project named after the source with a copy suffix —
 * a different name that starts with the source's (the suffix's text is not documented).
 */
import type { CheckDefinition, Verdict } from '../types.ts';

export interface DuplicateNameSeen {
  /** The source project's name (also taken in the target workspace). */
  readonly source: string;
  /** The duplicate's name, undefined when the answer has none. */
  readonly duplicate: string | undefined;
  readonly what: string;
}

export const snapshotDuplicateName: CheckDefinition<DuplicateNameSeen> = {
  id: 'snapshot-duplicate-name',
  family: 'semantics',
  title: "A duplicated snapshot's project is named after the source, with a copy suffix on a name clash",
  judge: ({ source, duplicate, what }): Verdict => {
    if (duplicate !== undefined && duplicate !== source && duplicate.startsWith(source)) return { ok: true };
    return {
      ok: false,
      message:
        duplicate === undefined
          ? `${what}: the duplicate has no name`
          : duplicate === source
            ? `${what}: the duplicate has the clashing name "${source}", without a copy suffix`
            : `${what}: the duplicate is named "${duplicate}", not after "${source}"`,
      expected: `"${source}" with a copy suffix`,
      actual: duplicate === undefined ? 'no name' : `"${duplicate}"`,
    };
  },
};
