/**
 * The judge shared by search-operators and search-like: a list of Hub API v2 filter cases, each
 * a filter sent (scoped to the test's own items) with the keys of the items it must return; any
 * other item returned, or one of them missing, fails the case.
 */
import type { JsonValue } from '../../core/json.ts';
import type { Verdict } from '../types.ts';

export interface FilterCase {
  /** The condition under test, as sent (e.g. `{"name":{"$in":[…]}}`). */
  readonly filter: JsonValue;
  /** The items it must return (by name or key), exactly. */
  readonly want: readonly string[];
  /** The items it returned (the same way). */
  readonly got: readonly string[];
}

export interface FilterCasesSeen {
  readonly cases: readonly FilterCase[];
}

function show(keys: readonly string[]): string {
  return keys.length === 0 ? 'nothing' : keys.join(', ');
}

export function judgeFilterCases({ cases }: FilterCasesSeen): Verdict {
  const wrong = cases.filter((c) => c.got.length !== c.want.length || c.want.some((k) => !c.got.includes(k)));
  if (wrong.length === 0) return { ok: true, message: `${cases.length} filter case(s) returned exactly their matches` };
  const first = wrong[0];
  return {
    ok: false,
    message: `${wrong.length} of ${cases.length} filter case(s) not honoured: ${wrong
      .map((c) => `${JSON.stringify(c.filter)} returned ${show(c.got)}, expected ${show(c.want)}`)
      .join('; ')}`,
    expected: first === undefined ? '' : show(first.want),
    actual: first === undefined ? '' : show(first.got),
  };
}
