/** Permissions: per operation, the limited client is refused what it lacks (without side effect or existence leak) and served what it has; the foreign client is refused. */
import { test } from '../src/fixtures/index.ts';
import { plannedTests } from '../src/plan/cases.ts';
import { declareTests } from '../src/fixtures/scopes.ts';
import { runPermissions } from '../src/scenario/permissions.ts';

declareTests((suite) => {
  for (const t of plannedTests(suite.plan, 'permission', (p) => p.permission !== null)) {
    test(t.title, t.details, async ({ world, runtime }) => {
      await runPermissions(world, t.planned, { tokens: runtime.tokens, context: runtime.suite.context });
    });
  }
});
