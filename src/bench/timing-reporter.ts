/**
 * The benchmark's reporter: per test, the time spent waiting on the target (the HTTP
 * exchanges) and the test's duration; per run, the global setup's timings. Writes them as JSON
 * to WMCT_BENCH_OUT. Used only by `npm run bench` (passed with --reporter).
 */
import { writeFileSync } from 'node:fs';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import {
  CHECKS_ATTACHMENT,
  checksAttachmentOf,
  isRunFacts,
  RUN_ATTACHMENT,
  type AttachmentName,
} from '../core/attachments.ts';
import { isJsonObject } from '../core/json.ts';
import { internalValue } from '../config/internal.ts';

export interface BenchRun {
  readonly tests: number;
  readonly failed: number;
  readonly requests: number;
  /** Sum of the tests' durations (ms). */
  readonly testMs: number;
  /** Sum of the time the tests waited on the target (ms). */
  readonly waitMs: number;
  readonly setup: {
    readonly targetStartMs: number;
    readonly documentMs: number;
    readonly tokensAndInfoMs: number;
    readonly setupMs: number;
  } | null;
  readonly wallMs: number;
}

function json(result: TestResult, name: AttachmentName): unknown {
  const body = result.attachments.find((a) => a.name === name)?.body;
  return body === undefined ? undefined : JSON.parse(body.toString('utf8'));
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

export default class TimingReporter implements Reporter {
  #tests = 0;
  #failed = 0;
  #requests = 0;
  #testMs = 0;
  #waitMs = 0;
  #setup: BenchRun['setup'] = null;

  onTestEnd(_test: TestCase, result: TestResult): void {
    this.#tests++;
    if (result.status !== 'passed' && result.status !== 'skipped') this.#failed++;
    this.#testMs += result.duration;
    const checks = checksAttachmentOf(json(result, CHECKS_ATTACHMENT));
    if (checks !== null) {
      this.#requests += checks.stats.requests;
      this.#waitMs += checks.stats.waitMs;
    }
    const facts = json(result, RUN_ATTACHMENT);
    if (isRunFacts(facts) && isJsonObject(facts.timings)) {
      const t = facts.timings;
      this.#setup = {
        targetStartMs: num(t.targetStartMs),
        documentMs: num(t.documentMs),
        tokensAndInfoMs: num(t.tokensAndInfoMs),
        setupMs: num(t.setupMs),
      };
    }
  }

  onEnd(result: FullResult): void {
    const out = internalValue('WMCT_BENCH_OUT');
    if (out === undefined) return;
    const run: BenchRun = {
      tests: this.#tests,
      failed: this.#failed,
      requests: this.#requests,
      testMs: this.#testMs,
      waitMs: this.#waitMs,
      setup: this.#setup,
      wallMs: Math.round(result.duration),
    };
    writeFileSync(out, JSON.stringify(run));
  }

  printsToStdio(): boolean {
    return false;
  }
}
