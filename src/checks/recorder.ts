/**
 * Collects the named check results of one test. Failures, skips and known deviations are kept
 * one by one (with their redacted exchange); passes are counted per check and operation, so a
 * test that sees hundreds of responses still attaches a small record.
 */
import type { CheckDefinition, CheckId, Verdict } from './types.ts';
import { redactText } from '../core/redact.ts';
import type { KnownDeviation } from '../core/run-facts.ts';
import type { CheckResult, ExchangeRecord } from '../core/check-result.ts';

export interface RecordOptions {
  readonly case?: string;
  readonly exchange?: ExchangeRecord;
  /** Passes are tallied per case and keep it (the permission matrix needs the client of each pass). */
  readonly keepCase?: boolean;
}

interface PassTally {
  check: CheckId;
  operation: string;
  case: string | undefined;
  count: number;
}

/** Checks whose results describe the whole run rather than an operation use this key. */
export const RUN_LEVEL = '*';

export class CheckRecorder {
  readonly #deviations: readonly KnownDeviation[];
  readonly #results: CheckResult[] = [];
  readonly #passes = new Map<string, PassTally>();

  constructor(knownDeviations: readonly KnownDeviation[]) {
    this.#deviations = knownDeviations;
  }

  record(check: CheckId, operation: string, verdict: Verdict, options: RecordOptions = {}): void {
    if (verdict.ok) {
      const kept = options.keepCase === true ? options.case : undefined;
      const key = `${check.id}\u0000${operation}\u0000${kept ?? ''}`;
      const tally = this.#passes.get(key) ?? { check, operation, case: kept, count: 0 };
      tally.count++;
      this.#passes.set(key, tally);
      return;
    }
    const deviation = this.#deviations.find(
      (d) => d.check === check.id && (d.operationId === operation || d.operationId === RUN_LEVEL),
    );
    this.#results.push({
      check: check.id,
      family: check.family,
      operation,
      ...(options.case === undefined ? {} : { case: options.case }),
      outcome: deviation === undefined ? 'fail' : 'known-deviation',
      message: redactText(verdict.message),
      ...(verdict.expected === undefined ? {} : { expected: redactText(verdict.expected) }),
      ...(verdict.actual === undefined ? {} : { actual: redactText(verdict.actual) }),
      ...(deviation === undefined
        ? {}
        : { reason: deviation.reason, ...(deviation.link === undefined ? {} : { link: deviation.link }) }),
      ...(options.exchange === undefined ? {} : { exchange: options.exchange }),
    });
  }

  /** Judges `input` with the check's judge and records the verdict; returns it. */
  judge<Input>(check: CheckDefinition<Input>, operation: string, input: Input, options: RecordOptions = {}): Verdict {
    const verdict = check.judge(input);
    this.record(check, operation, verdict, options);
    return verdict;
  }

  /** A check that could not run, with the reason shown in every report. */
  skip(check: CheckId, operation: string, reason: string, options: RecordOptions = {}): void {
    this.#results.push({
      check: check.id,
      family: check.family,
      operation,
      ...(options.case === undefined ? {} : { case: options.case }),
      outcome: 'skip',
      message: `skipped: ${reason}`,
      reason,
    });
  }

  /** Convenience: records a boolean outcome with a message for both cases. */
  expect(
    check: CheckId,
    operation: string,
    ok: boolean,
    message: string,
    details: { expected?: string; actual?: string } & RecordOptions = {},
  ): boolean {
    const verdict: Verdict = ok ? { ok: true, message } : { ok: false, message, ...details };
    this.record(check, operation, verdict, details);
    return ok;
  }

  results(): CheckResult[] {
    const passes: CheckResult[] = [...this.#passes.values()].map((t) => ({
      check: t.check.id,
      family: t.check.family,
      operation: t.operation,
      ...(t.case === undefined ? {} : { case: t.case }),
      outcome: 'pass',
      message: `${t.count} response${t.count === 1 ? '' : 's'} passed`,
    }));
    return [...this.#results, ...passes];
  }

  failures(): CheckResult[] {
    return this.#results.filter((r) => r.outcome === 'fail');
  }

  /** One paragraph per failure, for the test's error message. */
  failureSummary(): string {
    return this.failures()
      .map((f) => `✗ ${f.check} [${f.operation}${f.case === undefined ? '' : ` · ${f.case}`}]: ${f.message}`)
      .join('\n');
  }
}
