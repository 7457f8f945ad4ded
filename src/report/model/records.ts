/**
 * From what Playwright hands a reporter (a test case and its result) to a TestRecord: title,
 * family and operation annotations, status and skip reason, and the suite's attachments.
 */
import { relative } from 'node:path';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { PROJECT_ROOT } from '../../config/load.ts';
import {
  BREAKING_ATTACHMENT,
  CHECKS_ATTACHMENT,
  checksAttachmentOf,
  INFO_ATTACHMENT,
  isBreakingAttachment,
  isInfoAttachment,
  type AttachmentName,
  type BreakingAttachment,
  type InfoAttachment,
} from '../../core/attachments.ts';
import type { TestRecord, TestStatus } from './test-record.ts';
import { redactText } from '../../core/redact.ts';

/** Every attachment of that name, parsed (unparseable ones are left out). */
export function attachmentsJson(result: TestResult, name: AttachmentName): unknown[] {
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

/** `wmct-info` attachments hold one answer each (an array of answers is accepted too). */
function infoOf(result: TestResult): InfoAttachment[] {
  return attachmentsJson(result, INFO_ATTACHMENT)
    .flatMap((v): unknown[] => (Array.isArray(v) ? v.map((x: unknown) => x) : [v]))
    .filter(isInfoAttachment);
}

function breakingOf(result: TestResult): BreakingAttachment | undefined {
  return attachmentsJson(result, BREAKING_ATTACHMENT).find(isBreakingAttachment);
}

export function testRecord(test: TestCase, result: TestResult): TestRecord {
  const checks = checksAttachmentOf(attachmentsJson(result, CHECKS_ATTACHMENT)[0]);
  const status: TestStatus = result.status;
  const skipReason =
    status === 'skipped'
      ? (annotation(test, result, 'skip') ?? annotation(test, result, 'fixme') ?? 'skipped')
      : undefined;
  const error =
    status === 'passed' || status === 'skipped'
      ? undefined
      : firstLine(result.errors[0]?.message ?? result.error?.message);
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
    results: checks?.results ?? [],
    requests: checks?.stats.requests ?? 0,
    retries: checks?.stats.retries ?? 0,
    durationMs: result.duration,
    observed: checks?.observed ?? {},
    ...(info.length === 0 ? {} : { info }),
    ...(breaking === undefined ? {} : { breaking }),
  };
}
