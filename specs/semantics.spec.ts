/** Semantics: create → get, update → get, delete → 404, stale revision → 409, search filter/sort/size/page/total. */
import { test } from '../src/fixtures/index.ts';
import { plannedTests } from '../src/plan/cases.ts';
import { declareTests } from '../src/fixtures/scopes.ts';
import { hasSemantics, runSemantics } from '../src/scenario/semantics.ts';

declareTests((suite) => {
  for (const t of plannedTests(suite.plan, 'semantics', hasSemantics)) {
    test(t.title, t.details, async ({ world }) => {
      await runSemantics(world, t.planned);
    });
  }
});
