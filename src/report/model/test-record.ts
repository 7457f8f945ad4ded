/**
 * One test as the reporters know it (built from what Playwright hands a reporter by records.ts):
 * the input of every builder of the report model. Apart from model.ts, so that the builders
 * (matrix, coverage, permissions, …) and model.ts do not import each other.
 */
import type { BreakingAttachment, InfoAttachment } from '../../core/attachments.ts';
import type { CheckResult } from '../../core/check-result.ts';

export type TestStatus = 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';

export interface TestRecord {
  readonly title: string;
  readonly file: string;
  readonly family: string;
  readonly operation: string;
  readonly tags: readonly string[];
  readonly status: TestStatus;
  readonly skipReason?: string;
  /** The first line of the error of a failed test. */
  readonly error?: string;
  readonly results: readonly CheckResult[];
  readonly requests: number;
  readonly retries: number;
  readonly durationMs: number;
  /** Operation key → statuses answered during the test. */
  readonly observed: Readonly<Record<string, readonly number[]>>;
  /** `GET …/info` answers per client, when the test attached them. */
  readonly info?: readonly InfoAttachment[];
  /** The breaking-change gate's report, when the test attached it. */
  readonly breaking?: BreakingAttachment;
}
