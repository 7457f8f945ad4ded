/**
 * The live document itself: its findings, as annotations of one test. (The run facts the
 * reporters need go out with the first test of every worker: the runFacts fixture.)
 */
import { test } from '../src/fixtures/index.ts';
import { declareTests } from '../src/fixtures/scopes.ts';
import { currentSuite } from '../src/run/suite.ts';

declareTests(() => {
  test('live document · facts and findings', { tag: ['@document'] }, ({}, testInfo) => {
    const suite = currentSuite();
    for (const finding of suite.doc.findings) {
      testInfo.annotations.push({
        type: `finding: ${finding.code}`,
        description: `${finding.operation ?? 'document'}: ${finding.message}`,
      });
    }
  });
});
