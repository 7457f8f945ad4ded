/** The both-APIs report's model: the worst verdict of its sections, their failed checks together. */
import { expect, test } from '@playwright/test';
import { apiSectionsModel, combinedVerdict } from './api-sections.ts';
import { buildReportModel, type ComplianceModel } from './model.ts';

test('the combined verdict is the worst of the sections', () => {
  expect(combinedVerdict(['PASS', 'PASS'])).toBe('PASS');
  expect(combinedVerdict(['PASS', 'PASS WITH KNOWN DEVIATIONS'])).toBe('PASS WITH KNOWN DEVIATIONS');
  expect(combinedVerdict(['FAIL', 'PASS WITH KNOWN DEVIATIONS'])).toBe('FAIL');
  expect(combinedVerdict(['FAIL', 'INCOMPLETE'])).toBe('INCOMPLETE');
  expect(combinedVerdict(['ERROR', 'PASS'])).toBe('ERROR');
  expect(combinedVerdict([])).toBe('ERROR');
});

test('failed checks of both sections, each once and sorted; unattributed failures named by their API', () => {
  const empty = buildReportModel({ tests: [], facts: null });
  const v1: ComplianceModel = {
    ...empty,
    verdict: 'FAIL',
    failedChecks: ['schema', 'cross-api-consistency'],
    unattributed: [],
  };
  const v2: ComplianceModel = {
    ...empty,
    verdict: 'PASS',
    failedChecks: ['schema'],
    unattributed: [{ title: 't', error: 'boom' }],
  };
  const combined = apiSectionsModel(
    [
      { api: 'v1', model: v1 },
      { api: 'hub-v2', model: v2 },
    ],
    null,
  );
  expect(combined.verdict).toBe('FAIL');
  expect(combined.failedChecks).toEqual(['cross-api-consistency', 'schema']);
  expect(combined.unattributed).toEqual([{ title: 'hub-v2: t', error: 'boom' }]);
  expect(combined.sections.map((s) => s.api)).toEqual(['v1', 'hub-v2']);
});
