/**
 * trash-listed-root: the recently-deleted searches list each deleted item once, as the root of its
 * own deletion (facts §2.1): the deleted item once, an item deleted on its own before its ancestor
 * once, a descendant taken along by the ancestor's deletion not at all.
 */
import type { CheckDefinition } from '../types.ts';

export interface Listing {
  /** The item and how it was deleted ("folder deleted by deleteFolder"). */
  readonly what: string;
  /** How often the recently-deleted search listed it. */
  readonly count: number;
  /** How often it must be listed: 1 (a root of its deletion) or 0 (taken along). */
  readonly want: 0 | 1;
}

export const trashListedRoot: CheckDefinition<{ readonly listings: readonly Listing[] }> = {
  id: 'trash-listed-root',
  family: 'semantics',
  title: 'Recently deleted lists each deletion once, by its root',
  judge({ listings }) {
    const wrong = listings.filter((l) => l.count !== l.want);
    if (listings.length > 0 && wrong.length === 0) return { ok: true };
    return {
      ok: false,
      message:
        listings.length === 0
          ? 'nothing was looked up'
          : wrong.map((l) => `${l.what}: listed ${l.count} time(s), expected ${l.want}`).join('; '),
      expected: wrong.map((l) => String(l.want)).join(', '),
      actual: wrong.map((l) => String(l.count)).join(', '),
    };
  },
};
