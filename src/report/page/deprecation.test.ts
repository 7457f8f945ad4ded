/**
 * The deprecation of the API under test, from the run facts (src/document/deprecation.ts): one
 * line in the page's run facts and at the end of the banner; none when the document is not
 * deprecated.
 */
import { expect, test } from '@playwright/test';
import type { CheckId } from '../../checks/types.ts';
import { FACTS, mixedRun } from '../../../test/support/report/records.ts';
import { bannerLine } from '../../config/banner.ts';
import type { RunFacts } from '../../core/run-facts.ts';
import { buildReportModel } from '../model/model.ts';
import { renderCompliancePage } from './index.ts';

const CHECKS: CheckId[] = [{ id: 'schema', family: 'schema', title: 'schema' }];
const NOTE = 'this API is deprecated (removed in 8.12): see the migration report';

function page(facts: RunFacts): string {
  return renderCompliancePage(
    buildReportModel({
      tests: mixedRun(),
      facts,
      checks: CHECKS,
      run: { status: 'passed', startTime: '2026-01-01T10:00:00.000Z', durationMs: 1000 },
    }),
  );
}

test('a deprecated API: one line in the run facts of the page', () => {
  const html = page({ ...FACTS, deprecation: NOTE });
  expect(html).toContain(`<dt>Deprecated</dt><dd id="deprecation">${NOTE}</dd>`);
  expect(page({ ...FACTS, deprecation: null })).not.toContain('id="deprecation"');
  expect(page(FACTS)).not.toContain('id="deprecation"');
});

test('a deprecated API: said at the end of the banner', () => {
  const facts = {
    baseUrl: 'http://localhost:8070',
    embedded: false,
    faults: [],
    profile: null,
    generation: 'v1-versions',
    readOnly: false,
    documentUrl: 'http://localhost:8070/v3/api-docs',
    documentVia: null,
  };
  expect(bannerLine({ ...facts, deprecation: NOTE })).toBe(
    `target http://localhost:8070 (no profile, v1-versions, READ-WRITE) — ${NOTE}`,
  );
  expect(bannerLine({ ...facts, deprecation: null })).toBe(
    'target http://localhost:8070 (no profile, v1-versions, READ-WRITE)',
  );
});
