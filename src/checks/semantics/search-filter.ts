/** search-filter: every item matches the filter (equal, or containing it for strings), the matching items created are in, the others out. */
import type { CheckDefinition } from '../types.ts';
import { keyOf, type SearchPage } from './search.ts';

export interface FilterSeen {
  readonly page: SearchPage;
  readonly filter: Readonly<Record<string, string>>;
  /** The field that names an item (e.g. "id", "email"). */
  readonly keyField: string;
  /** Created items the filter matches. */
  readonly wanted: readonly string[];
  /** Created items it does not match. */
  readonly unwanted: readonly string[];
}

export const searchFilter: CheckDefinition<FilterSeen> = {
  id: 'search-filter',
  family: 'semantics',
  title: 'Search honours the filter',
  judge({ page, filter, keyField, wanted, unwanted }) {
    const keys = page.items.map((i) => keyOf(i, keyField));
    const strays = page.items.filter((item) =>
      Object.entries(filter).some(([field, value]) => {
        const actual = keyOf(item, field);
        return actual === undefined || !actual.includes(value);
      }),
    );
    const missing = wanted.filter((w) => !keys.includes(w));
    const leaked = unwanted.filter((u) => keys.includes(u));
    const problems = [
      ...(strays.length > 0 ? [`${strays.length} item(s) do not match the filter ${JSON.stringify(filter)}`] : []),
      ...(missing.length > 0 ? [`matching item(s) ${missing.join(', ')} missing`] : []),
      ...(leaked.length > 0 ? [`non-matching item(s) ${leaked.join(', ')} returned`] : []),
    ];
    if (problems.length === 0) return { ok: true };
    return {
      ok: false,
      message: `filter ${JSON.stringify(filter)} not honoured: ${problems.join('; ')}`,
      expected: `only items matching ${JSON.stringify(filter)}`,
      actual: `${page.items.length} items`,
    };
  },
};
