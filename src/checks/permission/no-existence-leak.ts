/** no-existence-leak: refused for lack of permission, a known id and an unknown id get the same status. */
import type { CheckDefinition } from '../types.ts';

export interface ExistenceSeen {
  /** The status for an id that exists. */
  readonly known: number;
  /** The status for a random id. */
  readonly unknown: number;
  readonly what: string;
}

export const noExistenceLeak: CheckDefinition<ExistenceSeen> = {
  id: 'no-existence-leak',
  family: 'permission',
  title: 'Without the permission, a known id and an unknown id get the same status',
  judge({ known, unknown, what }) {
    if (known === unknown) return { ok: true };
    return {
      ok: false,
      message: `${what}: a known id was answered ${known}, an unknown id ${unknown} — the answer tells which ids exist`,
      expected: `${known} for both`,
      actual: `known ${known}, unknown ${unknown}`,
    };
  },
};
