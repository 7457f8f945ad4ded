/** Info: GET /info for each configured client — six fields, organization, version, flags against the token and against behaviour. */
import { test } from '../src/fixtures/index.ts';
import { CLIENT_ROLES } from '../src/core/domain.ts';
import { plannedTests } from '../src/plan/cases.ts';
import { INFO_ATTACHMENT } from '../src/core/attachments.ts';
import { attachFact } from '../src/fixtures/attach.ts';
import { declareTests } from '../src/fixtures/scopes.ts';
import { runInfo } from '../src/scenario/info.ts';

declareTests((suite) => {
  const clients = CLIENT_ROLES.filter((role) => suite.context.clientIds[role] !== undefined);

  for (const t of plannedTests(suite.plan, 'info', (p) => p.role === 'info')) {
    for (const role of clients) {
      test(`${t.title} · ${role} client`, t.details, async ({ world, runtime }, testInfo) => {
        await runInfo(world, role, { tokens: runtime.tokens, context: runtime.suite.context }, (seen) => {
          attachFact(testInfo, INFO_ATTACHMENT, seen);
        });
      });
    }
  }
});
