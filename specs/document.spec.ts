/** The live document itself: its facts and findings, attached once per run for the reporters. */
import { test } from '../src/fixtures/index.ts';
import { currentSuite } from '../src/run/suite.ts';
import { runFacts } from '../src/run/facts.ts';
import { RUN_ATTACHMENT } from '../src/report/attachments.ts';

test('live document · facts and findings', { tag: ['@document'] }, async ({}, testInfo) => {
  const suite = currentSuite();
  await testInfo.attach(RUN_ATTACHMENT, { body: Buffer.from(JSON.stringify(runFacts(suite))), contentType: 'application/json' });
  for (const finding of suite.doc.findings) {
    testInfo.annotations.push({ type: `finding: ${finding.code}`, description: `${finding.operation ?? 'document'}: ${finding.message}` });
  }
});
