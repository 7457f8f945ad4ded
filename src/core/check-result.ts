/**
 * What a check reports: one result per judged case (outcome, message, the exchange it judged),
 * travelling from the tests to the reporters in the `wmct-checks` attachment (attachments.ts).
 */
import type { CheckFamily } from './families.ts';

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
