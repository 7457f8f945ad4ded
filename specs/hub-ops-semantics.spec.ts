/** Semantics of the Hub API v2's project snapshots, environments and catalog (src/scenario/hub-ops-semantics.ts). */
import { test } from '../src/fixtures/index.ts';
import { plannedTests } from '../src/plan/cases.ts';
import { declareTests } from '../src/fixtures/scopes.ts';
import { hasHubOpSemantics, runHubOpSemantics } from '../src/scenario/hub-ops-semantics.ts';

declareTests((suite) => {
  const hub = suite.doc.apiPrefix.endsWith('/v2');
  for (const t of plannedTests(suite.plan, 'semantics', (p) => hub && hasHubOpSemantics(p, suite.doc.apiPrefix))) {
    test(t.title, t.details, async ({ world }) => {
      await runHubOpSemantics(world, t.planned);
    });
  }
});
