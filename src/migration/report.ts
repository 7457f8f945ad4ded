/**
 * The migration report's data (`reports/migration/migration.json`): the page (page.ts) is
 * rendered from it and nothing else.
 */

export const MIGRATION_SCHEMA = 'wm-conformance/migration@1';

/** How a change of the guide shows in the two documents. */
export type Verdict = 'matches' | 'differs' | 'not-found';

export const VERDICT_TEXT: Readonly<Record<Verdict, string>> = {
  matches: 'matches the guide',
  differs: 'differs',
  'not-found': 'not found in the documents',
};

export interface DocumentSummary {
  /** Where the document was read (file path or URL; the embedded target says so). */
  readonly source: string;
  readonly title: string;
  readonly infoVersion: string;
  readonly apiPrefix: string;
  readonly operations: number;
}

export interface OperationRef {
  /** `METHOD /path/{}` without prefix and parameter names (mapping.ts). */
  readonly key: string;
  readonly method: string;
  /** The path as the document writes it, behind its API prefix. */
  readonly path: string;
  readonly operationId: string | null;
}

export interface CounterpartRef extends OperationRef {
  /** False when the v2 document has no such operation (the path shown is the mapping's). */
  readonly inDocument: boolean;
}

export interface ChangeOutcome {
  readonly id: string;
  readonly text: string;
  readonly action: string;
  readonly verdict: Verdict;
  /** Why: what each document shows. */
  readonly detail: string;
}

export interface OperationEntry {
  readonly v1: OperationRef;
  /** unknown: the mapping does not know the operation. */
  readonly status: 'mapped' | 'dropped' | 'unknown';
  readonly v2: readonly CounterpartRef[];
  readonly note: string | null;
  readonly replacement: string | null;
  /** Facts section of the mapping entry (null for unknown operations). */
  readonly source: string | null;
  readonly changes: readonly ChangeOutcome[];
}

export interface RenameEntry {
  readonly id: string;
  readonly text: string;
  readonly action: string;
  readonly source: string;
  readonly verdict: Verdict;
  readonly detail: string;
  /** The v1 operations (keys) of the documents it was checked on. */
  readonly operations: readonly string[];
}

export interface BehaviourObservation {
  readonly id: string;
  /** What was done, in both APIs. */
  readonly what: string;
  readonly v1: string;
  readonly v2: string;
  /** True when the two APIs answered differently. */
  readonly differs: boolean;
  /** The documented expectation (facts section) the observation is about. */
  readonly expected: string;
}

export interface Behaviour {
  /** False: no behaviour was observed (`reason` says why); never invented. */
  readonly observed: boolean;
  readonly reason: string;
  /** Where it was observed. */
  readonly target: string | null;
  readonly observations: readonly BehaviourObservation[];
}

export interface MigrationReport {
  readonly schema: typeof MIGRATION_SCHEMA;
  readonly generatedAt: string;
  readonly from: DocumentSummary;
  readonly to: DocumentSummary;
  readonly summary: {
    readonly v1Operations: number;
    readonly mapped: number;
    readonly dropped: number;
    readonly unknown: number;
    readonly newInV2: number;
    readonly changes: Readonly<Record<Verdict, number>>;
  };
  /** One per operation of the v1 document, in its order. */
  readonly operations: readonly OperationEntry[];
  /** Operations of the v2 document that no operation of the v1 document maps to (nor names as its replacement). */
  readonly newInV2: readonly OperationRef[];
  /** Mapping entries whose v1 operation the v1 document does not have (e.g. versions in a milestone-era document). */
  readonly mappingNotInDocument: readonly string[];
  /** Every change of the guide (facts §4.3, §3.1, §3.4) with its verdict over all pairs. */
  readonly renames: readonly RenameEntry[];
  readonly behaviour: Behaviour;
}
