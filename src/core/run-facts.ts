/**
 * What a run hands the reporters about itself: the run facts (`wmct-run`) and the known
 * deviations they carry.
 */
import type { JsonValue } from './json.ts';
import type { RunTarget } from './target.ts';

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
  /** The run's target as run.json has it (URLs shown without passwords), without the token endpoint and audience. */
  readonly target: Pick<RunTarget, 'baseUrl' | 'openapiUrl' | 'swaggerUiUrl' | 'embedded' | 'faults'>;
  readonly document: {
    readonly title: string;
    readonly infoVersion: string;
    readonly openapi: string;
    readonly apiPrefix: string;
    readonly generation: string;
    readonly operations: readonly {
      readonly key: string;
      readonly method: string;
      readonly path: string;
      readonly resource: string;
      readonly statuses: readonly string[];
    }[];
  };
  readonly findings: readonly JsonValue[];
  readonly knownDeviations: readonly KnownDeviation[];
  readonly baseline: string | null;
  readonly readOnly: boolean;
  /** The live document marks every operation deprecated: the one-line note (src/document/deprecation.ts); absent or null: not deprecated. */
  readonly deprecation?: string | null;
  /** The global setup's steps, in ms (start-up of the run). */
  readonly timings?: RunTimings;
  /** The lane these facts are of, in a run with lanes (src/run/lanes.ts). */
  readonly lane?: string;
}

/** How long the global setup's steps took (the start-up part of a run's wall time), in ms. */
export interface RunTimings {
  /** Starting the embedded target (0 for a real one). */
  readonly targetStartMs: number;
  /** Fetching, validating and modelling the live document. */
  readonly documentMs: number;
  readonly tokensAndInfoMs: number;
  readonly setupMs: number;
}
