/**
 * Known deviations of the run: those applied (a failure turned into a known deviation, per
 * operation and check, with how often) and the stale ones — entries of the run's known
 * deviations that no failure matched, which can be removed from the file.
 */
import { RUN_LEVEL } from '../../checks/recorder.ts';
import type { TestRecord } from './test-record.ts';
import type { KnownDeviation, RunFacts } from '../../core/run-facts.ts';
import type { CheckResult } from '../../core/check-result.ts';

export interface AppliedDeviation {
  readonly operation: string;
  readonly check: string;
  readonly reason: string;
  readonly link?: string;
  readonly count: number;
}

export interface DeviationsSection {
  /** Entries in the run's known-deviations file. */
  readonly configured: number;
  readonly applied: readonly AppliedDeviation[];
  readonly stale: readonly KnownDeviation[];
}

function matches(entry: KnownDeviation, result: CheckResult): boolean {
  return entry.check === result.check && (entry.operationId === result.operation || entry.operationId === RUN_LEVEL);
}

function applied(results: readonly CheckResult[]): AppliedDeviation[] {
  const byKey = new Map<string, AppliedDeviation>();
  for (const r of results) {
    const key = `${r.operation}\u0000${r.check}`;
    const seen = byKey.get(key);
    byKey.set(key, {
      operation: r.operation,
      check: r.check,
      reason: r.reason ?? '',
      ...(r.link === undefined ? {} : { link: r.link }),
      count: (seen?.count ?? 0) + 1,
    });
  }
  return [...byKey.values()].sort((a, b) => a.operation.localeCompare(b.operation) || a.check.localeCompare(b.check));
}

export function buildDeviations(tests: readonly TestRecord[], facts: RunFacts | null): DeviationsSection {
  const deviated = tests.flatMap((t) => t.results).filter((r) => r.outcome === 'known-deviation');
  const configured = facts?.knownDeviations ?? [];
  return {
    configured: configured.length,
    applied: applied(deviated),
    stale: configured.filter((entry) => !deviated.some((r) => matches(entry, r))),
  };
}
