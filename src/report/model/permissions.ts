/**
 * The permission matrix: operation × client, from the results of the `permission` family (the
 * result's `case` names the client role, e.g. `limited` or `foreign`). Null when no permission
 * check ran and no permission test was planned: the page then says "not run".
 */
import { anchorId, cellOf, type Cell } from './cells.ts';
import { compareClients } from './clients.ts';
import type { TestRecord } from './test-record.ts';
import type { RunFacts } from '../../core/run-facts.ts';
import type { CheckResult } from '../../core/check-result.ts';

export interface PermissionRow {
  readonly operation: string;
  readonly cells: Readonly<Record<string, Cell>>;
}

export interface PermissionMatrix {
  readonly clients: readonly string[];
  readonly rows: readonly PermissionRow[];
}

const UNNAMED = 'unnamed client';

/** Documented operations first, in document order; then any other the results name. */
function operationOrder(facts: RunFacts | null, operations: readonly string[]): string[] {
  const documented = (facts?.document.operations ?? []).map((o) => o.key).filter((k) => operations.includes(k));
  return [...documented, ...operations.filter((o) => !documented.includes(o)).sort()];
}

export function buildPermissionMatrix(tests: readonly TestRecord[], facts: RunFacts | null): PermissionMatrix | null {
  const results: CheckResult[] = tests.flatMap((t) => t.results).filter((r) => r.family === 'permission');
  const skipped = tests.filter((t) => t.family === 'permission' && t.status === 'skipped');
  if (results.length === 0 && skipped.length === 0) return null;
  const clients = [...new Set(results.map((r) => r.case ?? UNNAMED))].sort(compareClients);
  const operations = operationOrder(facts, [
    ...new Set([...results.map((r) => r.operation), ...skipped.map((t) => t.operation)]),
  ]);
  const rows = operations.map((operation, i) => {
    const reasons = skipped.filter((t) => t.operation === operation).map((t) => t.skipReason ?? 'skipped');
    const cells: Record<string, Cell> = {};
    for (const client of clients) {
      const mine = results.filter((r) => r.operation === operation && (r.case ?? UNNAMED) === client);
      cells[client] = cellOf(anchorId(`p${i}`, client), mine, reasons);
    }
    return { operation, cells };
  });
  return { clients, rows };
}
