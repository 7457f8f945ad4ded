import type { CheckResult } from '../../core/check-result.ts';
/**
 * One cell of a report matrix: the check results that fall into it, summed up into one state —
 * fail beats known deviation beats pass beats skipped; a cell without any result is "not run"
 * (or skipped, when the test that would have filled it was skipped, with that test's reason).
 */

export type CellState = 'pass' | 'fail' | 'known-deviation' | 'skip' | 'not-run';

export interface Cell {
  /** Anchor of the cell's details on the page (unique within the model). */
  readonly id: string;
  readonly state: CellState;
  readonly counts: {
    readonly pass: number;
    readonly fail: number;
    readonly knownDeviation: number;
    readonly skip: number;
  };
  /** Why the cell (or part of it) was skipped, deduplicated. */
  readonly reasons: readonly string[];
  /** The results that are not passes (failures, known deviations, skips), in recorded order. */
  readonly details: readonly CheckResult[];
}

function stateOf(counts: Cell['counts'], skippedByTest: boolean): CellState {
  if (counts.fail > 0) return 'fail';
  if (counts.knownDeviation > 0) return 'known-deviation';
  if (counts.pass > 0) return 'pass';
  if (counts.skip > 0 || skippedByTest) return 'skip';
  return 'not-run';
}

/**
 * @param testSkipReasons reasons of skipped tests that would have produced results for this cell
 */
export function cellOf(id: string, results: readonly CheckResult[], testSkipReasons: readonly string[] = []): Cell {
  const counts = {
    pass: results.filter((r) => r.outcome === 'pass').length,
    fail: results.filter((r) => r.outcome === 'fail').length,
    knownDeviation: results.filter((r) => r.outcome === 'known-deviation').length,
    skip: results.filter((r) => r.outcome === 'skip').length,
  };
  const reasons = [
    ...new Set([...results.filter((r) => r.outcome === 'skip').map((r) => r.reason ?? r.message), ...testSkipReasons]),
  ];
  return {
    id,
    state: stateOf(counts, testSkipReasons.length > 0),
    counts,
    reasons,
    details: results.filter((r) => r.outcome !== 'pass'),
  };
}

/** A page anchor from free text (operation keys may hold spaces, slashes and braces). */
export function anchorId(...parts: readonly string[]): string {
  return parts.map((p) => p.replace(/[^A-Za-z0-9_-]+/g, '_')).join('--');
}
