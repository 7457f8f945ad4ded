/**
 * The gate's tests, as the breaking-change spec declares them:
 *   - one failing test per rule and operation at or above the threshold, titled
 *     `<rule-id> · <operation>`: a failed check result per change (check = the rule ID, family
 *     `breaking`) and its old and new fragments attached as JSON;
 *   - one passing test per lower severity that has changes, each change an annotation;
 *   - one summary test that always runs: the `wmct-breaking` attachment for the reporters (and
 *     the text rendering for people), and a `note` annotation per note on how the documents were
 *     read (response properties treated as required); titled "no breaking changes against <baseline>" when the
 *     classifier found nothing at all (not even an ignored change);
 *   - or one skipped test saying why there is no baseline, or one failing test when the
 *     documents could not be classified.
 */
import type { TestInfo } from '@playwright/test';
import type { CheckRecorder } from '../checks/recorder.ts';
import type { CheckId } from '../checks/types.ts';
import { formatText, notesOf, subjectOf } from '../diff/format.ts';
import type { Change } from '../diff/types.ts';
import { BREAKING_ATTACHMENT } from '../core/attachments.ts';
import { attachFact, attachRedacted } from '../fixtures/attach.ts';
import type { CurrentGate } from './current.ts';
import type { FailingGroup, GateOutcome, RecordedGroup } from './gate.ts';
import { breakingAttachment } from './report.ts';

export interface GateTest {
  readonly title: string;
  readonly details: { tag: string[]; annotation: { type: string; description: string }[] };
  run(checks: CheckRecorder, testInfo: TestInfo): Promise<void>;
}

/** Longest fragment text a check result carries (the attachment has it whole). */
const MAX_FRAGMENT_TEXT = 2000;

function details(operation: string): GateTest['details'] {
  return {
    tag: ['@breaking'],
    annotation: [
      { type: 'operation', description: operation },
      { type: 'family', description: 'breaking' },
    ],
  };
}

function fragmentText(fragment: Change['oldFragment']): string | undefined {
  if (fragment === undefined) return undefined;
  const text = JSON.stringify(fragment);
  return text.length > MAX_FRAGMENT_TEXT ? `${text.slice(0, MAX_FRAGMENT_TEXT)}…` : text;
}

function recordFailing(group: FailingGroup, title: string, checks: CheckRecorder, testInfo: TestInfo): void {
  const check: CheckId = { id: group.rule, family: 'breaking', title };
  for (const change of group.changes) {
    const expected = fragmentText(change.oldFragment);
    const actual = fragmentText(change.newFragment);
    checks.record(check, group.subject, {
      ok: false,
      message: `${change.location}: ${change.message}`,
      ...(expected === undefined ? {} : { expected }),
      ...(actual === undefined ? {} : { actual }),
    });
    if (change.oldFragment !== undefined)
      attachRedacted(testInfo, `baseline · ${change.location}`, { json: change.oldFragment, pretty: true });
    if (change.newFragment !== undefined)
      attachRedacted(testInfo, `live · ${change.location}`, { json: change.newFragment, pretty: true });
  }
}

function changeAnnotation(change: Change, reason?: string): { type: string; description: string } {
  const why = reason === undefined ? '' : ` — ignored: ${reason}`;
  return {
    type: `${change.severity} ${change.id}`,
    description: `${subjectOf(change)} · ${change.location}: ${change.message}${why}`,
  };
}

function failingTest(group: FailingGroup, titles: Readonly<Record<string, string>>): GateTest {
  return {
    title: `${group.rule} · ${group.subject}`,
    details: details(group.subject),
    run: (checks, testInfo) => {
      recordFailing(group, titles[group.rule] ?? group.rule, checks, testInfo);
      return Promise.resolve();
    },
  };
}

function recordedTest(group: RecordedGroup, label: string): GateTest {
  return {
    title: `${group.severity} changes against ${label}`,
    details: details('*'),
    run: (_checks, testInfo) => {
      testInfo.annotations.push(...group.changes.map((change) => changeAnnotation(change)));
      return Promise.resolve();
    },
  };
}

function summaryTest(outcome: GateOutcome): GateTest {
  const { result, label } = outcome;
  const clean = result.changes.length === 0 && result.ignored.length === 0;
  return {
    title: clean ? `no breaking changes against ${label}` : `classified changes against ${label}`,
    details: details('*'),
    run: (_checks, testInfo) => {
      testInfo.annotations.push(...notesOf(result).map((note) => ({ type: 'note', description: note })));
      testInfo.annotations.push(...result.ignored.map(({ change, reason }) => changeAnnotation(change, reason)));
      attachFact(testInfo, BREAKING_ATTACHMENT, breakingAttachment(outcome));
      attachRedacted(testInfo, 'breaking-changes.txt', { text: formatText(result) });
      return Promise.resolve();
    },
  };
}

export function gateTests(gate: CurrentGate): GateTest[] {
  if ('skipReason' in gate) {
    const skip = (_checks: CheckRecorder, testInfo: TestInfo): Promise<void> => {
      testInfo.skip(true, gate.skipReason);
      return Promise.resolve();
    };
    return [{ title: 'breaking changes · no baseline', details: details('*'), run: skip }];
  }
  if ('error' in gate) {
    return [
      {
        title: `breaking changes · cannot classify against ${gate.label}`,
        details: details('*'),
        run: () => Promise.reject(new Error(gate.error)),
      },
    ];
  }
  const { outcome, ruleTitles } = gate;
  return [
    summaryTest(outcome),
    ...outcome.failing.map((group) => failingTest(group, ruleTitles)),
    ...outcome.recorded.map((group) => recordedTest(group, outcome.label)),
  ];
}
