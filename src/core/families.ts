/**
 * The one declaration of the check families. Everything that lists families is derived from
 * it: the `CheckFamily` type and the report order (`CHECK_FAMILIES`, src/checks/types.ts), the
 * columns of the operation × family matrix (`MATRIX_COLUMNS`, src/report/matrix.ts) and the
 * test families the specs are planned by (`TestFamily`, src/plan/cases.ts). Adding a family is
 * one entry here (in report order).
 *
 * - `matrix`: the family is a column of the compliance page's operation × family matrix;
 * - `tests`: the test families (one spec each, `specs/<family>.spec.ts`, tag `@<family>`) whose
 *   tests run the family's checks; none for families judged outside the planned tests.
 */
export const FAMILY_DECLARATION = [
  { id: 'schema', title: 'The body matches the documented schema', matrix: true, tests: ['contract'] },
  { id: 'strict', title: 'The strict reading of the schema', matrix: true, tests: ['contract'] },
  { id: 'status', title: 'Documented statuses and methods', matrix: true, tests: ['contract', 'methods'] },
  { id: 'content-type', title: 'The documented media type', matrix: true, tests: ['contract'] },
  { id: 'problem', title: 'Error bodies are problem details', matrix: true, tests: ['contract'] },
  { id: 'semantics', title: 'What was written can be read back; search semantics', matrix: true, tests: ['semantics'] },
  { id: 'negative', title: 'Invalid requests are refused and change nothing', matrix: true, tests: ['negative'] },
  { id: 'auth', title: 'Bad credentials are refused and nothing leaks', matrix: true, tests: ['auth'] },
  {
    id: 'permission',
    title: 'Each client can do exactly what its permissions allow',
    matrix: true,
    tests: ['permission'],
  },
  { id: 'info', title: 'GET /info tells the truth', matrix: false, tests: ['info'] },
  { id: 'breaking', title: 'No breaking change against the baseline', matrix: false, tests: [] },
  { id: 'document', title: 'The live document is valid', matrix: false, tests: [] },
  /** The target could not be reached (refused, reset, timeout, TLS): not a contract failure. */
  { id: 'transport', title: 'The target answered at the transport level', matrix: false, tests: [] },
] as const satisfies readonly FamilyEntry[];

interface FamilyEntry {
  readonly id: string;
  /** One line: what the family's checks verify. */
  readonly title: string;
  readonly matrix: boolean;
  readonly tests: readonly string[];
}

type Declared = (typeof FAMILY_DECLARATION)[number];

export type CheckFamily = Declared['id'];

/** Every family, in report order. */
export const CHECK_FAMILIES: readonly CheckFamily[] = FAMILY_DECLARATION.map((f) => f.id);

/** A family that is a column of the operation × family matrix. */
export type MatrixFamily = Extract<Declared, { readonly matrix: true }>['id'];

function isMatrixFamily(family: Declared): family is Extract<Declared, { readonly matrix: true }> {
  return family.matrix;
}

/** The matrix columns, in report order. */
export const MATRIX_FAMILIES: readonly MatrixFamily[] = FAMILY_DECLARATION.filter(isMatrixFamily).map((f) => f.id);

/** The test families: one spec file and tag each. */
export type TestFamily = Declared['tests'][number];

/** The matrix columns a test family fills: a skipped test marks these cells of its operation skipped. */
export function matrixColumnsOf(testFamily: string): readonly MatrixFamily[] {
  return FAMILY_DECLARATION.filter(isMatrixFamily)
    .filter((f) => f.tests.some((t) => t === testFamily))
    .map((f) => f.id);
}
