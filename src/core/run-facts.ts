/**
 * What a run hands the reporters about itself: the run facts (`wmct-run`) and the known
 * deviations they carry.
 */
import type { JsonValue } from './json.ts';

export interface KnownDeviation {
  readonly operationId: string;
  readonly check: string;
  readonly reason: string;
  readonly link?: string;
}

/** Run-level facts, attached once per run by the document spec (`wmct-run`). */
export interface RunFacts {
  readonly runId: string;
  readonly suiteVersion: string;
  readonly target: {
    readonly baseUrl: string;
    readonly openapiUrl: string;
    readonly swaggerUiUrl: string;
    readonly embedded: boolean;
    readonly faults: readonly string[];
  };
  readonly document: {
    readonly title: string;
    readonly infoVersion: string;
    readonly openapi: string;
    readonly apiPrefix: string;
    readonly generation: string;
    readonly operations: readonly { readonly key: string; readonly method: string; readonly path: string; readonly resource: string; readonly statuses: readonly string[] }[];
  };
  readonly findings: readonly JsonValue[];
  readonly knownDeviations: readonly KnownDeviation[];
  readonly baseline: string | null;
  readonly readOnly: boolean;
  /** The global setup's steps, in ms (start-up of the run). */
  readonly timings?: { readonly targetStartMs: number; readonly documentMs: number; readonly tokensAndInfoMs: number; readonly setupMs: number };
}
