/**
 * Playwright's global setup (runner process, once per run and per shard): config → target
 * (the embedded reference target when WM_BASE_URL is unset) → preflight → the live document,
 * written to the run folder for every worker. A problem is one line on stderr and exit 2.
 * Returns the teardown: delete what an interrupted run left behind, stop the embedded target.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { registerSecret } from '../auth/redact.ts';
import { loadKnownDeviations } from '../checks/known-deviations.ts';
import { loadConfig, PROJECT_ROOT, type ClientRole, type Config } from '../config/load.ts';
import { ApiClient } from '../api/client.ts';
import { TokenProvider } from '../auth/tokens.ts';
import { CheckRecorder } from '../checks/recorder.ts';
import { SchemaValidators } from '../document/schemas.ts';
import type { LiveDocument } from '../document/types.ts';
import { sweep } from '../ledger/sweep.ts';
import { classifyAll, findOperation } from '../plan/classify.ts';
import { HttpClient } from '../http/client.ts';
import { newRunId, publishRunSecrets, RUN_DIR_ENV, writeRunContext, type IssuedToken, type RunContext } from './context.ts';
import { resolveExpiredToken } from '../auth/expired.ts';
import { preflightDocument, preflightInfo, preflightTokens } from './preflight.ts';
import { cleanUpRunDir } from './teardown.ts';
import { isKnownCheckId } from '../checks/registry.ts';
import type { RunningReferenceTarget } from '../../reference/target.ts';
import { resolveTarget, type ResolvedTarget } from './target.ts';
import { resolveRunBaseline } from '../gate/baseline.ts';
import { loadGateIgnores } from '../gate/ignores.ts';
import { generationOf } from './facts.ts';
import { exitUnstarted, removeRunReports, reportsDirOf } from '../report/unstarted.ts';
import { runnerFinishing, runnerStarted, stopCause } from './stop.ts';

/**
 * The run's start removes what earlier runs killed with SIGKILL left behind (run-tagged and
 * older than WM_SWEEP_MIN_AGE_MINUTES); never on the embedded target (it starts empty) or in
 * read-only mode.
 */
async function sweepAtStart(config: Config, http: HttpClient, resolved: ResolvedTarget, doc: LiveDocument, full: IssuedToken): Promise<number | null> {
  const client = resolved.preflight.clients.full;
  if (resolved.embedded !== null || config.readOnly || client === undefined) return null;
  const tokens = new TokenProvider(http, resolved.preflight.tokenUrl, resolved.preflight.audience, { full: client }, { full });
  const api = new ApiClient({ http, baseUrl: resolved.target.baseUrl, doc, validators: new SchemaValidators(doc), tokens, recorder: new CheckRecorder([]) });
  const plan = classifyAll(doc, config.permissionOverrides);
  if (findOperation(plan, 'project', 'search') === undefined || findOperation(plan, 'project', 'delete') === undefined) return null;
  return (await sweep(api, plan, { minAgeMinutes: config.sweepMinAgeMinutes })).swept.length;
}

/** A clock that answers the milliseconds since it last answered. */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const elapsed = Math.round(now - last);
    last = now;
    return elapsed;
  };
}

function suiteVersion(): string {
  return process.env.npm_package_version ?? '0.1.0';
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  let embedded: RunningReferenceTarget | null = null;
  let reportsDir: string | null = null;
  try {
    const config = loadConfig();
    // A signal stops the run gracefully from here on (src/run/stop.ts); nothing of the previous
    // run's reports outlives this one, whatever becomes of it.
    runnerStarted();
    reportsDir = config.reportsDir;
    removeRunReports(reportsDir);
    const knownDeviations = loadKnownDeviations(config.knownDeviationsFile, process.env.WM_KNOWN_DEVIATIONS !== undefined, isKnownCheckId);
    loadGateIgnores(config.breakingIgnoreFile);
    for (const client of Object.values(config.clients)) registerSecret(client.secret);
    registerSecret(config.expiredToken);
    const clock = stopwatch();
    const resolved = await resolveTarget(config);
    const targetStartMs = clock();
    embedded = resolved.embedded;
    const http = new HttpClient({ timeoutMs: config.requestTimeoutMs, maxRetries: config.maxRetries });
    const waitSeconds = Number(process.env.WMCT_WAIT_FOR_TARGET ?? '0');
    const { doc } = await preflightDocument(http, resolved.preflight, waitSeconds);
    const baseline = await resolveRunBaseline(config.baseline, generationOf({ doc, plan: classifyAll(doc, config.permissionOverrides) }));
    const documentMs = clock();
    const tokens: Partial<Record<ClientRole | 'expired', IssuedToken>> = await preflightTokens(http, resolved.preflight);
    const full = tokens.full;
    if (full === undefined) throw new Error('no full client');
    await preflightInfo(http, resolved.preflight, doc, full.token);
    const tokensAndInfoMs = clock();
    const expired = await resolveExpiredToken({ config, http, target: resolved.preflight, embedded, fresh: full });
    const sweptAtStart = await sweepAtStart(config, http, resolved, doc, full);
    if ('token' in expired) tokens.expired = { token: expired.token, expiresAt: 0 };

    // Interrupted meanwhile: the run ends without tests, so it makes nothing more (see the catch).
    if (stopCause() !== null) throw new Error('stopped during set-up');
    const runId = newRunId();
    const runDir = join(PROJECT_ROOT, '.wmct', 'runs', runId);
    const documentFile = join(runDir, 'document.json');
    const clientIds: Partial<Record<ClientRole, string>> = {};
    const clientSecrets: Partial<Record<ClientRole, string>> = {};
    for (const [role, creds] of Object.entries(resolved.preflight.clients)) {
      const known = (['full', 'limited', 'foreign', 'shortLived'] as const).find((r) => r === role);
      if (known === undefined) continue;
      clientIds[known] = creds.id;
      clientSecrets[known] = creds.secret;
    }
    const context: RunContext = {
      runId,
      runDir,
      startedAt: new Date().toISOString(),
      suiteVersion: suiteVersion(),
      envName: config.envName,
      target: resolved.target,
      documentFile,
      clientIds,
      collaboratorEmails: resolved.collaboratorEmails,
      expiredToken: 'token' in expired ? { source: expired.source } : { skipReason: expired.skipReason },
      readOnly: config.readOnly,
      foreignTokenStatus: config.foreignTokenStatus,
      expectedPermissions: config.expectedPermissions,
      permissionOverrides: config.permissionOverrides,
      knownDeviations,
      baselineFile: 'file' in baseline ? baseline.file : null,
      baselineSkipReason: 'skipReason' in baseline ? baseline.skipReason : null,
      breakingIgnoreFile: config.breakingIgnoreFile,
      gateFailOn: config.gateFailOn,
      reportsDir: config.reportsDir,
      requestTimeoutMs: config.requestTimeoutMs,
      maxRetries: config.maxRetries,
      sweptAtStart,
      timings: { targetStartMs, documentMs, tokensAndInfoMs, setupMs: targetStartMs + documentMs + tokensAndInfoMs + clock() },
    };
    writeRunContext(context);
    writeFileSync(documentFile, JSON.stringify(doc.raw));
    process.env[RUN_DIR_ENV] = runDir;
    publishRunSecrets({ tokens, clientSecrets });

    const target = embedded;
    return async () => {
      runnerFinishing();
      await cleanUpRunDir(runDir);
      await target?.stop();
    };
  } catch (error) {
    await embedded?.stop().catch(() => undefined);
    // Stopped by a signal meanwhile: Playwright reports the interrupted set-up (INCOMPLETE).
    if (stopCause() !== null) return () => Promise.resolve();
    return exitUnstarted(error, reportsDir ?? reportsDirOf());
  }
}
