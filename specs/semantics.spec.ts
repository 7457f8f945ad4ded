/** Semantics: create → get, update → get, delete → 404, stale revision → 409, search filter/sort/size/page/total. */
import { test } from '../src/fixtures/index.ts';
import { plannedTests } from '../src/plan/cases.ts';
import { currentSuite } from '../src/run/suite.ts';
import { hasSemantics, runSemantics } from '../src/scenario/semantics.ts';

for (const t of plannedTests(currentSuite().plan, 'semantics', hasSemantics)) {
  test(t.title, t.details, async ({ world }) => {
    await runSemantics(world, t.planned);
  });
}
