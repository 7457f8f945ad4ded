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
  /** What the clients are judged by (on the Hub API v2, what stands instead of `/info`'s permission flags). */
  readonly basis?: string;
}

/** The generations without permission flags in `GET /info` (Hub API v2: a refusal's problem names the missing permission). */
const NO_INFO_FLAGS: readonly string[] = ['hub-v2'];

/** What the limited and foreign clients are judged by, for the generation of the run. */
export function permissionBasis(generation: string | null): string {
  const foreign =
    "The foreign client (a token without the API's audience) must be refused with WM_FOREIGN_TOKEN_STATUS (401 by default).";
  if (generation !== null && NO_INFO_FLAGS.includes(generation))
    return (
      `Hub API v2: GET /info carries no permission flags (v2 removed them; a 403's problem names the missing permission instead). ` +
      `What the limited client may do is taken from WM_EXPECT_PERMISSIONS_LIMITED, else from its token's permission claims; ` +
      `when neither says, its cells are skipped with that reason, and so are the info checks of the flags. ${foreign}`
    );
  return (
    `What the limited client may do is taken from WM_EXPECT_PERMISSIONS_LIMITED, else from its token's permission claims, ` +
    `else from its GET /info permission flags (whether those flags tell the truth is judged by the info checks). ${foreign}`
  );
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
  return { clients, rows, basis: permissionBasis(facts?.document.generation ?? null) };
}
