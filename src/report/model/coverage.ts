/**
 * Coverage of a run: documented operations exercised (the target answered them at least once),
 * documented response statuses observed (from each test's `observed` map; `4XX` ranges and
 * `default` count as observed by any answer they cover), and the checks run per family.
 */
import { type CheckId } from '../../checks/types.ts';
import type { TestRecord } from './test-record.ts';
import type { RunFacts } from '../../core/run-facts.ts';
import { CHECK_FAMILIES } from '../../core/families.ts';
import type { CheckResult } from '../../core/check-result.ts';

export interface DocumentedStatus {
  readonly status: string;
  readonly observed: boolean;
}

export interface OperationStatuses {
  readonly operation: string;
  readonly documented: readonly DocumentedStatus[];
  /** Statuses the target answered that the document does not list for the operation. */
  readonly undocumented: readonly number[];
}

export interface FamilyCoverage {
  readonly family: string;
  /** Checks of the family the suite has (breaking rules are not counted here). */
  readonly registered: number;
  /** Check IDs of the family that produced a result other than a skip. */
  readonly ran: readonly string[];
  readonly results: {
    readonly pass: number;
    readonly fail: number;
    readonly knownDeviation: number;
    readonly skip: number;
  };
  /** The family records failures only (transport): no result means nothing went wrong, not "not run". */
  readonly failuresOnly: boolean;
}

/** Families whose checks record nothing unless something fails. */
const FAILURES_ONLY: readonly string[] = ['transport'];

/** Operations not exercised for one reason: their tests' skip reason, the operation's name replaced by "the operation". */
export interface NotExercisedGroup {
  readonly reason: string;
  readonly operations: readonly string[];
}

export interface Coverage {
  readonly operations: {
    readonly documented: number;
    readonly exercised: number;
    readonly notExercised: readonly string[];
    /** The not exercised operations grouped by why (a test of theirs skipped, or none ran: "no test answered"). */
    readonly notExercisedWhy?: readonly NotExercisedGroup[];
  };
  readonly statuses: {
    readonly documented: number;
    readonly observed: number;
    /** The documented statuses of the exercised operations only, and how many of them were observed. */
    readonly ofExercised?: { readonly documented: number; readonly observed: number };
    readonly perOperation: readonly OperationStatuses[];
  };
  readonly families: readonly FamilyCoverage[];
}

function observedStatuses(tests: readonly TestRecord[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const test of tests) {
    for (const [op, statuses] of Object.entries(test.observed)) {
      const seen = out.get(op) ?? new Set<number>();
      for (const s of statuses) seen.add(s);
      out.set(op, seen);
    }
  }
  return out;
}

/** Whether a documented status ("200", "4XX", "default") covers an answered one. */
export function statusCovers(documented: string, answered: number, explicit: readonly string[]): boolean {
  if (documented === 'default') return !explicit.includes(String(answered));
  if (/^[1-5]XX$/i.test(documented)) return String(answered).startsWith(documented.charAt(0));
  return documented === String(answered);
}

function operationStatuses(
  op: { readonly key: string; readonly statuses: readonly string[] },
  seen: ReadonlySet<number>,
): OperationStatuses {
  const answered = [...seen].sort((a, b) => a - b);
  return {
    operation: op.key,
    documented: op.statuses.map((status) => ({
      status,
      observed: answered.some((a) => statusCovers(status, a, op.statuses)),
    })),
    undocumented: answered.filter((a) => !op.statuses.some((s) => statusCovers(s, a, op.statuses))),
  };
}

function familyCoverage(family: string, checks: readonly CheckId[], results: readonly CheckResult[]): FamilyCoverage {
  const mine = results.filter((r) => r.family === family);
  return {
    family,
    registered: checks.filter((c) => c.family === family).length,
    ran: [...new Set(mine.filter((r) => r.outcome !== 'skip').map((r) => r.check))].sort(),
    results: {
      pass: mine.filter((r) => r.outcome === 'pass').length,
      fail: mine.filter((r) => r.outcome === 'fail').length,
      knownDeviation: mine.filter((r) => r.outcome === 'known-deviation').length,
      skip: mine.filter((r) => r.outcome === 'skip').length,
    },
    failuresOnly: FAILURES_ONLY.includes(family),
  };
}

/** Not exercised because none of its tests got an answer: said when no test of it says why. */
export const NO_ANSWER = 'no test got an answer from it';

/** Why each operation was not exercised (its tests' first skip reason), grouped by reason in document order. */
function notExercisedWhy(tests: readonly TestRecord[], operations: readonly string[]): NotExercisedGroup[] {
  const groups = new Map<string, string[]>();
  for (const operation of operations) {
    const skipped = tests.find(
      (t) => t.operation === operation && t.status === 'skipped' && t.skipReason !== undefined,
    );
    const reason =
      skipped?.skipReason === undefined ? NO_ANSWER : skipped.skipReason.split(operation).join('the operation');
    groups.set(reason, [...(groups.get(reason) ?? []), operation]);
  }
  return [...groups].map(([reason, ops]) => ({ reason, operations: ops }));
}

/**
 * @param checks the suite's registered checks (src/checks/registry.ts), to tell families that
 *   have checks but produced no result ("not run") from families the suite does not have
 */
export function buildCoverage(
  tests: readonly TestRecord[],
  facts: RunFacts | null,
  checks: readonly CheckId[],
): Coverage {
  const observed = observedStatuses(tests);
  const operations = facts?.document.operations ?? [];
  const perOperation = operations.map((op) => operationStatuses(op, observed.get(op.key) ?? new Set()));
  const documentedStatuses = perOperation.flatMap((o) => o.documented);
  const isExercised = (key: string): boolean => (observed.get(key)?.size ?? 0) > 0;
  const notExercised = operations.filter((op) => !isExercised(op.key)).map((op) => op.key);
  const ofExercised = perOperation.filter((o) => isExercised(o.operation)).flatMap((o) => o.documented);
  const results = tests.flatMap((t) => t.results);
  const families = CHECK_FAMILIES.filter(
    (f) => checks.some((c) => c.family === f) || results.some((r) => r.family === f),
  );
  return {
    operations: {
      documented: operations.length,
      exercised: operations.length - notExercised.length,
      notExercised,
      notExercisedWhy: notExercisedWhy(tests, notExercised),
    },
    statuses: {
      documented: documentedStatuses.length,
      observed: documentedStatuses.filter((s) => s.observed).length,
      ofExercised: { documented: ofExercised.length, observed: ofExercised.filter((s) => s.observed).length },
      perOperation,
    },
    families: families.map((f) => familyCoverage(f, checks, results)),
  };
}
