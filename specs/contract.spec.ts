/** Contract: every operation of the live document called with valid input; every response judged. */
import { test } from '../src/fixtures/index.ts';
import { plannedTests } from '../src/plan/cases.ts';
import { declareTests } from '../src/fixtures/scopes.ts';
import { runPositive } from '../src/scenario/positive.ts';

declareTests((suite) => {
  for (const t of plannedTests(suite.plan, 'contract')) {
    test(t.title, t.details, async ({ world }) => {
      await runPositive(world, t.planned);
    });
  }
});
