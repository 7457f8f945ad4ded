/**
 * After the run (also after Ctrl-C / SIGTERM): deletes whatever the run folder's ledgers say
 * was created and not yet deleted — what a worker could not clean up because it was stopped —
 * and the projects whose create a killed worker had in flight (found by their run-tagged name),
 * and then the run folder itself. A folder whose leftovers could not all be deleted stays
 * (its ledger names them) until `npm run sweep` or a later run's start removes it by age.
 */
import { rmSync } from 'node:fs';
import { ApiClient } from '../api/client.ts';
import { TokenProvider } from '../auth/tokens.ts';
import { CheckRecorder } from '../checks/recorder.ts';
import { HttpClient } from '../http/client.ts';
import { deletePending, rootKindOf, rootsNamed } from '../ledger/cleanup.ts';
import { pendingInRunDir, unconfirmedInRunDir, type LedgerEntry } from '../ledger/ledger.ts';
import { runSecrets } from '../run/context.ts';
import { currentSuite } from '../run/suite.ts';

export async function cleanUpRunDir(runDir: string): Promise<void> {
  if (await deleteLeftovers(runDir)) rmSync(runDir, { recursive: true, force: true });
}

/** True when nothing the run created is left on the target. */
async function deleteLeftovers(runDir: string): Promise<boolean> {
  const pending = pendingInRunDir(runDir);
  const unconfirmed = unconfirmedInRunDir(runDir);
  if (pending.length === 0 && unconfirmed.length === 0) return true;
  const suite = currentSuite();
  const ctx = suite.context;
  const http = new HttpClient({ timeoutMs: ctx.requestTimeoutMs, maxRetries: ctx.maxRetries });
  const secrets = runSecrets();
  const fullId = ctx.clientIds.full;
  const fullSecret = secrets.clientSecrets.full;
  const tokens = new TokenProvider(
    http,
    ctx.target.tokenUrl,
    ctx.target.audience,
    fullId === undefined || fullSecret === undefined ? {} : { full: { id: fullId, secret: fullSecret } },
    secrets.tokens,
  );
  const api = new ApiClient({
    http,
    baseUrl: ctx.target.baseUrl,
    doc: suite.doc,
    validators: suite.validators(),
    tokens,
    recorder: new CheckRecorder([]),
  });
  // The root kind: projects, or workspaces on the Hub API v2.
  const root = rootKindOf(suite.plan);
  let inFlight: LedgerEntry[] = [];
  let unlisted: string | null = null;
  if (unconfirmed.length > 0) {
    try {
      inFlight = (await rootsNamed(api, suite.plan, root, unconfirmed)).map((p) => ({
        kind: root,
        id: p.id,
        name: p.name,
      }));
    } catch (error) {
      unlisted = error instanceof Error ? error.message : String(error);
    }
  }
  const result = await deletePending(api, suite.plan, [...pending, ...inFlight]);
  if (unlisted !== null) {
    process.stderr.write(
      `wm-conformance: could not look for ${unconfirmed.length} ${root}(s) whose create was cut off (${unlisted}) — run "npm run sweep" later\n`,
    );
    return false;
  }
  if (result.failed.length > 0) {
    process.stderr.write(
      `wm-conformance: could not delete ${result.failed.length} resource(s) the run created: ${result.failed.join(', ')} — run "npm run sweep" later\n`,
    );
  }
  return result.failed.length === 0;
}
