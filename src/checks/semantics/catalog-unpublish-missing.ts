/**
 * catalog-unpublish-missing: a catalog ingestion is the full set — an asset it leaves out becomes
 * unpublished (it stays, for the diagrams that use it).
 */
import type { CheckDefinition, Verdict } from '../types.ts';

export interface UnpublishedSeen {
  /** `unpublished` of the left-out asset after the ingestion; undefined when it was not found. */
  readonly unpublished: boolean | undefined;
  readonly what: string;
}

export const catalogUnpublishMissing: CheckDefinition<UnpublishedSeen> = {
  id: 'catalog-unpublish-missing',
  family: 'semantics',
  title: 'An asset a catalog ingestion leaves out becomes unpublished',
  judge: ({ unpublished, what }): Verdict => {
    if (unpublished === true) return { ok: true };
    return {
      ok: false,
      message:
        unpublished === undefined
          ? `${what}: the left-out asset is gone (it should stay, unpublished)`
          : `${what}: the left-out asset is still published`,
      expected: 'unpublished: true',
      actual: unpublished === undefined ? 'no such asset' : 'unpublished: false',
    };
  },
};
