/** Methods: every documented path answers a method it does not document with 405 and an Allow of exactly its methods (RFC 9110). */
import { test } from '../src/fixtures/index.ts';
import { plannedPathTests } from '../src/plan/cases.ts';
import { declareTests } from '../src/fixtures/scopes.ts';
import { runUnsupportedMethods } from '../src/scenario/methods.ts';

declareTests((suite) => {
  for (const t of plannedPathTests(suite.plan)) {
    test(t.title, t.details, async ({ world }) => {
      await runUnsupportedMethods(world, t.operations);
    });
  }
});
