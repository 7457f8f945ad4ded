/**
 * What a check is and what it reports. A check is one definition (CheckDefinition: ID, family,
 * title and a judge returning a Verdict); the recorder turns verdicts into CheckResults, which
 * travel to the reporters as the `wmct-checks` attachment of each test.
 */
import type { JsonValue } from '../document/types.ts';
import type { CheckFamily } from './families.ts';

export { CHECK_FAMILIES, type CheckFamily } from './families.ts';

/** What the reports know of a check: its ID, family and title (the registry lists these). */
export interface CheckId {
  readonly id: string;
  readonly family: CheckFamily;
  /** One line: what the check verifies. */
  readonly title: string;
}

/**
 * A check: its ID, family and title, and the judge that turns what a test observed into a
 * verdict. One definition a file (src/checks/<family>/<check>.ts), its test beside it, listed
 * in its family's index. `Input` is what the judge is given (a response context for the
 * response checks, which run on every response; what the scenario observed for the others);
 * `Outcome` is `Verdict | null` for checks that may not apply to an input.
 */
export interface CheckDefinition<Input, Outcome extends Verdict | null = Verdict> extends CheckId {
  readonly judge: (input: Input) => Outcome;
}

/** Any check definition, whatever its judge's input: what a family's list holds. */
export type AnyCheckDefinition = CheckDefinition<never, Verdict | null>;

export type Verdict =
  | { readonly ok: true; readonly message?: string }
  | { readonly ok: false; readonly message: string; readonly expected?: string; readonly actual?: string };

export type CheckOutcome = 'pass' | 'fail' | 'skip' | 'known-deviation';

/** A redacted, size-limited record of one request and its response. */
export interface ExchangeRecord {
  readonly method: string;
  readonly url: string;
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody?: string;
  readonly status: number;
  readonly responseHeaders: Readonly<Record<string, string>>;
  readonly responseBody?: string;
  readonly durationMs: number;
  readonly retries: number;
  readonly client: string;
}

export interface CheckResult {
  readonly check: string;
  readonly family: CheckFamily;
  /** Operation key (operationId or "METHOD /path"), or "*" for run-level checks. */
  readonly operation: string;
  /** The case within the test, e.g. "expired token" or "missing required field name". */
  readonly case?: string;
  readonly outcome: CheckOutcome;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
  /** Why it was skipped, or the known deviation's reason. */
  readonly reason?: string;
  readonly link?: string;
  readonly exchange?: ExchangeRecord;
}

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
