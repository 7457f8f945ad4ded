/**
 * Cross-API consistency (a both-APIs run, WM_API=v1,hub-v2): what one API creates or changes, the
 * other reads the same, under the renamed fields (src/scenario/cross-api.ts). Declared in the Hub
 * API v2's lane of such a run only; a run of one API plans none (there is no other API to read
 * through).
 */
import { test } from '../src/fixtures/index.ts';
import { declareTests } from '../src/fixtures/scopes.ts';
import { laneWorld } from '../src/fixtures/lane-world.ts';
import { apiScope } from '../src/config/apis.ts';
import { crossApiNames } from '../src/migration/cross-api-names.ts';
import { opShape } from '../src/plan/hub-groups.ts';
import { CROSS_API_CASES, runCrossApi } from '../src/scenario/cross-api.ts';

declareTests((suite, scope) => {
  if (scope !== apiScope('hub-v2')) return;
  const names = crossApiNames();
  for (const c of CROSS_API_CASES) {
    const planned = suite.plan.find((p) => opShape(p, suite.doc.apiPrefix) === c.shape);
    if (planned === undefined) continue;
    const details = {
      tag: ['@cross-api', '@semantics'],
      annotation: [
        { type: 'operation', description: planned.op.key },
        { type: 'family', description: 'semantics' },
      ],
    };
    test(`${planned.op.operationId ?? planned.op.key} · ${c.title}`, details, async ({ world, checks }, testInfo) => {
      const v1 = laneWorld('v1', checks, testInfo);
      if (v1 === null) throw new Error('a both-APIs run without its v1 lane');
      try {
        await runCrossApi(world, v1, names, c.case, planned);
      } finally {
        // The v1 World first; the test's World then deletes the adopted workspaces permanently.
        await v1.cleanUp();
      }
    });
  }
});
