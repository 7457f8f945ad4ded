/**
 * From what Playwright hands a reporter (a test case and its result) to a TestRecord: title,
 * family and operation annotations, status and skip reason, and the suite's attachments.
 */
import { relative } from 'node:path';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { redactText } from '../core/redact.ts';
import type { CheckResult } from '../checks/types.ts';
import { PROJECT_ROOT } from '../config/load.ts';
import { isJsonObject } from '../core/json.ts';
import { BREAKING_ATTACHMENT, CHECKS_ATTACHMENT, INFO_ATTACHMENT } from './attachments.ts';
import { isCheckResult, type TestRecord, type TestStatus } from './model.ts';
import { isBreakingReport, isInfoResponse, type BreakingReport, type InfoResponse } from './shapes.ts';

/** Every attachment of that name, parsed (unparseable ones are left out). */
export function attachmentsJson(result: TestResult, name: string): unknown[] {
  const out: unknown[] = [];
  for (const attachment of result.attachments) {
    if (attachment.name !== name || attachment.body === undefined) continue;
    try {
      out.push(JSON.parse(attachment.body.toString('utf8')));
    } catch {
      // not JSON: not one of ours
    }
  }
  return out;
}

function annotation(test: TestCase, result: TestResult, type: string): string | undefined {
  return [...result.annotations, ...test.annotations].find((a) => a.type === type)?.description;
}

function firstLine(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const stripped = text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  return redactText(stripped.split('\n').find((l) => l.trim() !== '') ?? stripped);
}

/** The `observed` map of a checks attachment: operation key → statuses. */
function observedOf(checks: unknown): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  if (!isJsonObject(checks) || !isJsonObject(checks.observed)) return out;
  for (const [op, statuses] of Object.entries(checks.observed)) {
    if (Array.isArray(statuses)) out[op] = statuses.filter((s): s is number => typeof s === 'number');
  }
  return out;
}

/** `wmct-info` attachments hold one answer each (an array of answers is accepted too). */
function infoOf(result: TestResult): InfoResponse[] {
  return attachmentsJson(result, INFO_ATTACHMENT)
    .flatMap((v): unknown[] => (Array.isArray(v) ? v.map((x: unknown) => x) : [v]))
    .filter(isInfoResponse);
}

function breakingOf(result: TestResult): BreakingReport | undefined {
  return attachmentsJson(result, BREAKING_ATTACHMENT).find(isBreakingReport);
}

export function testRecord(test: TestCase, result: TestResult): TestRecord {
  const checks = attachmentsJson(result, CHECKS_ATTACHMENT)[0];
  const listed: unknown[] = isJsonObject(checks) && Array.isArray(checks.results) ? checks.results : [];
  const results: CheckResult[] = listed.filter(isCheckResult);
  const stats = isJsonObject(checks) && isJsonObject(checks.stats) ? checks.stats : {};
  const status: TestStatus = result.status;
  const skipReason = status === 'skipped' ? (annotation(test, result, 'skip') ?? annotation(test, result, 'fixme') ?? 'skipped') : undefined;
  const error = status === 'passed' || status === 'skipped' ? undefined : firstLine(result.errors[0]?.message ?? result.error?.message);
  const info = infoOf(result);
  const breaking = breakingOf(result);
  return {
    title: test.title,
    file: relative(PROJECT_ROOT, test.location.file),
    family: annotation(test, result, 'family') ?? test.tags.find((t) => !t.startsWith('@api'))?.slice(1) ?? 'other',
    operation: annotation(test, result, 'operation') ?? '*',
    tags: test.tags,
    status,
    ...(skipReason === undefined ? {} : { skipReason }),
    ...(error === undefined ? {} : { error }),
    results,
    requests: typeof stats.requests === 'number' ? stats.requests : 0,
    retries: typeof stats.retries === 'number' ? stats.retries : 0,
    durationMs: result.duration,
    observed: observedOf(checks),
    ...(info.length === 0 ? {} : { info }),
    ...(breaking === undefined ? {} : { breaking }),
  };
}
