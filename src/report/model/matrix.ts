/**
 * The operation × check-family matrix: one row per operation (documented ones in document
 * order, grouped by resource; operations only the results name — run-level checks — at the
 * end), one column per check family, each cell summing up that operation's results of that family.
 */
import { cellOf, type Cell } from './cells.ts';
import type { TestRecord } from './test-record.ts';
import type { RunFacts } from '../../core/run-facts.ts';
import { MATRIX_FAMILIES, matrixColumnsOf, type MatrixFamily } from '../../core/families.ts';
import type { CheckResult } from '../../core/check-result.ts';

/** The columns: the families src/core/families.ts declares as matrix columns, in report order. */
export const MATRIX_COLUMNS: readonly MatrixFamily[] = MATRIX_FAMILIES;
export type MatrixColumn = MatrixFamily;

export interface MatrixRow {
  readonly operation: string;
  readonly method: string;
  readonly path: string;
  readonly documented: boolean;
  readonly cells: Readonly<Record<MatrixColumn, Cell>>;
}

export interface MatrixGroup {
  readonly resource: string;
  readonly rows: readonly MatrixRow[];
}

interface RowHead {
  readonly operation: string;
  readonly method: string;
  readonly path: string;
  readonly resource: string;
  readonly documented: boolean;
}

type Index<T> = Map<string, Map<string, T[]>>;

function push<T>(index: Index<T>, a: string, b: string, value: T): void {
  const inner = index.get(a) ?? new Map<string, T[]>();
  inner.set(b, [...(inner.get(b) ?? []), value]);
  index.set(a, inner);
}

function resultsByOperationAndFamily(tests: readonly TestRecord[]): Index<CheckResult> {
  const index: Index<CheckResult> = new Map();
  for (const r of tests.flatMap((t) => t.results)) push(index, r.operation, r.family, r);
  return index;
}

function skipsByOperationAndColumn(tests: readonly TestRecord[]): Index<string> {
  const index: Index<string> = new Map();
  for (const t of tests.filter((x) => x.status === 'skipped')) {
    for (const column of matrixColumnsOf(t.family)) push(index, t.operation, column, t.skipReason ?? 'skipped');
  }
  return index;
}

/** The resource of an undocumented operation: the resource tag of a test about it, else "other". */
function resourceFromTests(operation: string, tests: readonly TestRecord[]): string {
  const tag = tests.find((t) => t.operation === operation)?.tags[0];
  return tag === undefined ? 'other' : tag.replace(/^@/, '');
}

function rowHeads(facts: RunFacts | null, tests: readonly TestRecord[], results: Index<CheckResult>): RowHead[] {
  const documented: RowHead[] = (facts?.document.operations ?? []).map((op) => ({
    operation: op.key,
    method: op.method,
    path: op.path,
    resource: op.resource === '' ? 'root' : op.resource,
    documented: true,
  }));
  const known = new Set(documented.map((h) => h.operation));
  const named = [...new Set([...results.keys(), ...tests.map((t) => t.operation)])].filter(
    (op) => !known.has(op) && op !== '*',
  );
  const extra: RowHead[] = named
    .sort()
    .map((op) => ({ operation: op, method: '', path: '', resource: resourceFromTests(op, tests), documented: false }));
  const runLevel: RowHead[] = results.has('*')
    ? [{ operation: '*', method: '', path: '', resource: 'run level', documented: false }]
    : [];
  return [...documented, ...extra, ...runLevel];
}

/** One value per column, typed as a record of every column. */
function perColumn<T>(make: (column: MatrixColumn) => T): Record<MatrixColumn, T> {
  const cells: Partial<Record<MatrixColumn, T>> = {};
  for (const column of MATRIX_COLUMNS) cells[column] = make(column);
  if (!hasEveryColumn(cells)) throw new Error('wm-conformance: internal error: a matrix column has no cell');
  return cells;
}

function hasEveryColumn<T>(cells: Partial<Record<MatrixColumn, T>>): cells is Record<MatrixColumn, T> {
  return MATRIX_COLUMNS.every((column) => column in cells);
}

function rowOf(head: RowHead, index: number, results: Index<CheckResult>, skips: Index<string>): MatrixRow {
  const cells = perColumn((column) =>
    cellOf(
      `m${index}-${column}`,
      results.get(head.operation)?.get(column) ?? [],
      skips.get(head.operation)?.get(column) ?? [],
    ),
  );
  return { operation: head.operation, method: head.method, path: head.path, documented: head.documented, cells };
}

export function buildMatrix(tests: readonly TestRecord[], facts: RunFacts | null): MatrixGroup[] {
  const results = resultsByOperationAndFamily(tests);
  const skips = skipsByOperationAndColumn(tests);
  const groups = new Map<string, MatrixRow[]>();
  rowHeads(facts, tests, results).forEach((head, i) => {
    groups.set(head.resource, [...(groups.get(head.resource) ?? []), rowOf(head, i, results, skips)]);
  });
  return [...groups].map(([resource, rows]) => ({ resource, rows }));
}
