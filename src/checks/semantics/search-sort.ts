/** search-sort: the created items appear in `expected` order sorted ASC, and reversed sorted DESC. */
import type { CheckDefinition } from '../types.ts';
import { keyOf, type SearchPage } from './search.ts';

export interface SortSeen {
  readonly asc: SearchPage;
  readonly desc: SearchPage;
  readonly keyField: string;
  /** The keys of the created items in ascending order of `field`. */
  readonly expected: readonly string[];
  /** The field sorted by. */
  readonly field: string;
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export const searchSort: CheckDefinition<SortSeen> = {
  id: 'search-sort',
  family: 'semantics',
  title: 'Search sorts ASC and DESC correctly',
  judge({ asc, desc, keyField, expected, field }) {
    const order = (page: SearchPage): string[] =>
      page.items.map((i) => keyOf(i, keyField)).filter((k): k is string => k !== undefined && expected.includes(k));
    const gotAsc = order(asc);
    const gotDesc = order(desc);
    const wantDesc = [...expected].reverse();
    if (same(gotAsc, expected) && same(gotDesc, wantDesc)) return { ok: true };
    return {
      ok: false,
      message: `sort by ${field}: ASC gave ${gotAsc.length} of ${expected.length} items in ${same(gotAsc, expected) ? 'the right' : 'a wrong'} order, DESC ${same(gotDesc, wantDesc) ? 'the right' : 'a wrong'} order`,
      expected: `ASC ${expected.join(' < ')}`,
      actual: `ASC ${gotAsc.join(', ')} / DESC ${gotDesc.join(', ')}`,
    };
  },
};
