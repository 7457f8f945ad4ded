/** Negative: every kind of invalid request is refused with the documented 4xx and changes nothing. */
import { test } from '../src/fixtures/index.ts';
import { plannedTests } from '../src/plan/cases.ts';
import { declareTests } from '../src/fixtures/scopes.ts';
import { hasNegatives, runNegative } from '../src/scenario/negative.ts';

declareTests((suite) => {
  for (const t of plannedTests(suite.plan, 'negative', hasNegatives)) {
    test(t.title, t.details, async ({ world }) => {
      await runNegative(world, t.planned);
    });
  }
});
