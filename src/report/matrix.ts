/**
 * The operation × check-family matrix: one row per operation (documented ones in document
 * order, grouped by resource; operations only the results name — run-level checks — at the
 * end), one column per check family, each cell summing up that operation's results of that family.
 */
import type { CheckFamily, CheckResult } from '../checks/types.ts';
import type { RunFacts } from '../core/run-facts.ts';
import { cellOf, type Cell } from './cells.ts';
import type { TestRecord } from './model.ts';

export const MATRIX_COLUMNS = ['schema', 'strict', 'status', 'content-type', 'problem', 'semantics', 'negative', 'auth', 'permission'] as const satisfies readonly CheckFamily[];
export type MatrixColumn = (typeof MATRIX_COLUMNS)[number];

/** The columns a test family fills: a skipped test marks these cells of its operation skipped. */
const TEST_FAMILY_COLUMNS: Readonly<Record<string, readonly MatrixColumn[]>> = {
  contract: ['schema', 'strict', 'status', 'content-type', 'problem'],
  semantics: ['semantics'],
  negative: ['negative'],
  auth: ['auth'],
  permission: ['permission'],
  methods: ['status'],
};

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
    for (const column of TEST_FAMILY_COLUMNS[t.family] ?? []) push(index, t.operation, column, t.skipReason ?? 'skipped');
  }
  return index;
}

/** The resource of an undocumented operation: the resource tag of a test about it, else "other". */
function resourceFromTests(operation: string, tests: readonly TestRecord[]): string {
  const tag = tests.find((t) => t.operation === operation)?.tags[0];
  return tag === undefined ? 'other' : tag.replace(/^@/, '');
}

function rowHeads(facts: RunFacts | null, tests: readonly TestRecord[], results: Index<CheckResult>): RowHead[] {
  const documented: RowHead[] = (facts?.document.operations ?? []).map((op) => ({ operation: op.key, method: op.method, path: op.path, resource: op.resource === '' ? 'root' : op.resource, documented: true }));
  const known = new Set(documented.map((h) => h.operation));
  const named = [...new Set([...results.keys(), ...tests.map((t) => t.operation)])].filter((op) => !known.has(op) && op !== '*');
  const extra: RowHead[] = named.sort().map((op) => ({ operation: op, method: '', path: '', resource: resourceFromTests(op, tests), documented: false }));
  const runLevel: RowHead[] = results.has('*') ? [{ operation: '*', method: '', path: '', resource: 'run level', documented: false }] : [];
  return [...documented, ...extra, ...runLevel];
}

/** One value per column, typed as a record of every column. */
function perColumn<T>(make: (column: MatrixColumn) => T): Record<MatrixColumn, T> {
  return {
    schema: make('schema'),
    strict: make('strict'),
    status: make('status'),
    'content-type': make('content-type'),
    problem: make('problem'),
    semantics: make('semantics'),
    negative: make('negative'),
    auth: make('auth'),
    permission: make('permission'),
  };
}

function rowOf(head: RowHead, index: number, results: Index<CheckResult>, skips: Index<string>): MatrixRow {
  const cells = perColumn((column) => cellOf(`m${index}-${column}`, results.get(head.operation)?.get(column) ?? [], skips.get(head.operation)?.get(column) ?? []));
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
