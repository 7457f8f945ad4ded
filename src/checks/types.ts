/**
 * What a check is and what it reports. A check is one small named function returning a
 * Verdict; the recorder turns verdicts into CheckResults, which travel to the reporters as the
 * `wmct-checks` attachment of each test.
 */

export type CheckFamily =
  | 'status'
  | 'content-type'
  | 'schema'
  | 'strict'
  | 'problem'
  | 'semantics'
  | 'negative'
  | 'auth'
  | 'permission'
  | 'info'
  | 'breaking'
  | 'document'
  /** The target could not be reached (refused, reset, timeout, TLS): not a contract failure. */
  | 'transport';

export const CHECK_FAMILIES: readonly CheckFamily[] = [
  'schema',
  'strict',
  'status',
  'content-type',
  'problem',
  'semantics',
  'negative',
  'auth',
  'permission',
  'info',
  'breaking',
  'document',
  'transport',
];

export interface CheckId {
  readonly id: string;
  readonly family: CheckFamily;
  /** One line: what the check verifies. */
  readonly title: string;
}

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

