/**
 * After the run (also after Ctrl-C / SIGTERM): deletes whatever the run folder's ledgers say
 * was created and not yet deleted — what a worker could not clean up because it was stopped.
 */
import { ApiClient } from '../api/client.ts';
import { TokenProvider } from '../auth/tokens.ts';
import { CheckRecorder } from '../checks/recorder.ts';
import { HttpClient } from '../http/client.ts';
import { deletePending } from '../ledger/cleanup.ts';
import { pendingInRunDir } from '../ledger/ledger.ts';
import { runSecrets } from './context.ts';
import { currentSuite } from './suite.ts';

export async function cleanUpRunDir(runDir: string): Promise<void> {
  const pending = pendingInRunDir(runDir);
  if (pending.length === 0) return;
  const suite = currentSuite();
  const ctx = suite.context;
  const http = new HttpClient({ timeoutMs: ctx.requestTimeoutMs, maxRetries: ctx.maxRetries });
  const secrets = runSecrets();
  const fullId = ctx.clientIds.full;
  const fullSecret = secrets.clientSecrets.full;
  const tokens = new TokenProvider(http, ctx.target.tokenUrl, ctx.target.audience, fullId === undefined || fullSecret === undefined ? {} : { full: { id: fullId, secret: fullSecret } }, secrets.tokens);
  const api = new ApiClient({ http, baseUrl: ctx.target.baseUrl, doc: suite.doc, validators: suite.validators(), tokens, recorder: new CheckRecorder([]) });
  const result = await deletePending(api, suite.plan, pending);
  if (result.failed.length > 0) {
    process.stderr.write(`wm-conformance: could not delete ${result.failed.length} resource(s) the run created: ${result.failed.join(', ')} — run "npm run sweep" later\n`);
  }
}
