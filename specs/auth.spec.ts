/** Auth: every operation refuses missing, malformed, expired, forged, unsigned, foreign and Basic credentials with 401 and a Bearer challenge. */
import { test } from '../src/fixtures/index.ts';
import { plannedTests } from '../src/plan/cases.ts';
import { declareTests } from '../src/fixtures/scopes.ts';
import { runAuth } from '../src/scenario/auth.ts';

declareTests((suite) => {
  for (const t of plannedTests(suite.plan, 'auth')) {
    test(t.title, t.details, async ({ world, runtime }) => {
      await runAuth(world, t.planned, { tokens: runtime.tokens, context: runtime.suite.context });
    });
  }
});
