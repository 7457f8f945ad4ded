/**
 * Playwright's global setup (runner process, once per run and per shard): config → target
 * (the embedded reference target when WM_BASE_URL is unset) → preflight → the live document,
 * written to the run folder for every worker. Once the document is known, one banner line says
 * what the run is about to do (target, profile, generation, READ-ONLY / READ-WRITE). A problem
 * is one line on stderr and exit 2; a target that fails the run's start says how (TargetError).
 * Returns the teardown: delete what an interrupted run left behind, stop the embedded target.
 */
import { deprecationNote } from '../document/deprecation.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { registerSecret, registerUrlSecrets } from '../core/redact.ts';
import { loadKnownDeviations } from '../checks/known-deviations.ts';
import { bannerLine } from '../config/banner.ts';
import { UsageError } from '../core/errors.ts';
import { loadConfig, PROJECT_ROOT, type Config } from '../config/load.ts';
import { clientRoleOf, type ClientRole } from '../core/domain.ts';
import { ApiClient } from '../api/client.ts';
import { TokenProvider } from '../auth/tokens.ts';
import { CheckRecorder } from '../checks/recorder.ts';
import { SchemaValidators } from '../document/schemas.ts';
import type { LiveDocument } from '../document/types.ts';
import { markRunLive } from '../ledger/run-folders.ts';
import { sweep } from '../ledger/sweep.ts';
import { classifyAll, findOperation, type PlannedOperation } from '../plan/classify.ts';
import { HttpClient, TransportError, type HttpExchange, type HttpRequest, type HttpResponse } from '../http/client.ts';
import { apiRedirect, isRedirect, transportFailure } from '../http/failures.ts';
import {
  newRunId,
  publishRunSecrets,
  RUN_DIR_ENV,
  writeRunContext,
  type RunContext,
  type RunSecrets,
} from '../run/context.ts';
import { assertDistinctTargets, assertSameDocument, enterLane, publishLaneRuns } from '../run/lanes.ts';
import { laneScope, runLanes, type Lane } from '../config/lanes.ts';
import { type IssuedToken } from '../core/token.ts';
import { resolveExpiredToken } from '../auth/expired.ts';
import { computeGate, sameGateInputs, writeGateFile } from '../gate/compute.ts';
import type { CurrentGate } from '../gate/current.ts';
import { fetchLiveDocument, preflightInfo, preflightTokens } from '../run/preflight.ts';
import { loadLiveDocument } from '../document/index.ts';
import { cleanUpRunDir } from './teardown.ts';
import { isKnownCheckId } from '../checks/known-ids.ts';
import type { RunningReferenceTarget } from '../../reference/target.ts';
import { resolveApiTargets, resolveTarget, type ResolvedTarget } from '../run/target.ts';
import { resolveRunBaseline } from '../gate/baseline.ts';
import { loadGateIgnores } from '../gate/ignores.ts';
import { exitUnstarted, removeRunReports, reportsDirOf } from '../report/reporters/unstarted.ts';
import { benchMark, processStartedAt } from '../bench/marks.ts';
import { withoutCredentials } from '../core/target.ts';
import { setInternalValue } from '../config/internal.ts';
import { writePlanFile } from '../plan/plan-file.ts';
import { generationOf } from '../run/facts.ts';
import { runnerFinishing, runnerStarted, stopCause } from '../run/stop.ts';

/**
 * The run's start removes what earlier runs killed with SIGKILL left behind (run-tagged, older
 * than WM_SWEEP_MIN_AGE_MINUTES, and wholly made by the suite's clients: sweep learns their
 * identities, so it gets every configured client); never on the embedded target (it starts
 * empty) or in read-only mode.
 */
async function sweepAtStart(
  config: Config,
  http: HttpClient,
  resolved: ResolvedTarget,
  doc: LiveDocument,
  plan: readonly PlannedOperation[],
  full: IssuedToken,
): Promise<number | null> {
  const client = resolved.target.clients.full;
  if (resolved.embedded !== null || config.readOnly || client === undefined) return null;
  const recording = new RecordingHttpClient({ timeoutMs: config.requestTimeoutMs, maxRetries: config.maxRetries });
  const tokens = new TokenProvider(http, resolved.target.tokenUrl, resolved.target.audience, resolved.target.clients, {
    full,
  });
  const api = new ApiClient({
    http: recording,
    baseUrl: resolved.target.baseUrl,
    doc,
    validators: new SchemaValidators(doc),
    tokens,
    recorder: new CheckRecorder([]),
  });
  if (findOperation(plan, 'project', 'search') === undefined || findOperation(plan, 'project', 'delete') === undefined)
    return null;
  try {
    const suiteMembers = resolved.collaboratorEmails;
    const organizationChanges = config.allowOrganizationChanges;
    return (await sweep(api, plan, { minAgeMinutes: config.sweepMinAgeMinutes, suiteMembers, organizationChanges }))
      .swept.length;
  } catch (error) {
    throw sweepFailure(error, recording, resolved.target.baseUrl);
  }
}

/** An HttpClient that remembers its last request and answer (to say which call of the sweep failed, and how). */
class RecordingHttpClient extends HttpClient {
  last: { request: HttpRequest; response?: HttpResponse } | undefined;

  override async send(req: HttpRequest): Promise<HttpExchange> {
    this.last = { request: req };
    const exchange = await super.send(req);
    this.last = { request: req, response: exchange.response };
    return exchange;
  }
}

/**
 * The start-of-run sweep failed: the target timed out, was unreachable or redirected the call
 * (TargetError), or answered something else the sweep cannot work with — one line, exit 2.
 */
function sweepFailure(error: unknown, http: RecordingHttpClient, baseUrl: string): unknown {
  if (error instanceof UsageError) return error;
  const last = http.last;
  const what =
    last === undefined
      ? 'the sweep'
      : `${last.request.method.toUpperCase()} ${last.request.url.startsWith(baseUrl) ? last.request.url.slice(baseUrl.length) : last.request.url}`;
  const during = `${what} (the run's start deletes what killed runs left behind)`;
  if (error instanceof TransportError) return transportFailure(error, during, http.timeoutMs);
  if (last?.response !== undefined && isRedirect(last.response.status))
    return apiRedirect(during, last.response.status, last.response, last.request.url);
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return new UsageError(`the run's start could not sweep what killed runs left behind: ${message}`);
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

/** One target of the run, started and preflighted, its run folder written. */
interface StartedRun {
  readonly context: RunContext;
  readonly secrets: RunSecrets;
  /** The served document's text (the lanes of one run must serve the same one). */
  readonly documentText: string;
  readonly doc: LiveDocument;
  readonly plan: readonly PlannedOperation[];
  /** The breaking-change gate of its document against its baseline. */
  readonly gate: CurrentGate;
}

/**
 * Starts (or resolves) one target, runs its preflight and writes its run folder; the embedded
 * target started goes into `started` at once, so that a failure later still stops it.
 */
async function startRun(
  config: Config,
  knownDeviations: RunContext['knownDeviations'],
  started: RunningReferenceTarget[],
  first?: StartedRun,
  given?: ResolvedTarget,
): Promise<StartedRun> {
  const clock = stopwatch();
  const resolved = given ?? (await resolveTarget(config));
  const targetStartMs = clock();
  benchMark('target-started');
  const embedded = resolved.embedded;
  // A both-APIs run's lanes share the one embedded target: it is started (and stopped) once.
  if (embedded !== null && !started.includes(embedded)) started.push(embedded);
  const http = new HttpClient({ timeoutMs: config.requestTimeoutMs, maxRetries: config.maxRetries });
  const found = await fetchLiveDocument(http, resolved.target.openapiUrl, config.waitForTargetSeconds);
  const text = found.text;
  // A lane serving the first lane's document (as the lanes of a run must) reuses its model and plan.
  const same = first?.documentText === text ? first : undefined;
  const doc = same?.doc ?? (await loadLiveDocument(text, found.url));
  // The plan, classified once for the whole run: written to plan.json for every process (src/plan/plan-file.ts).
  const plan = same?.plan ?? classifyAll(doc, config.permissionOverrides);
  const generation = generationOf({ doc, plan });
  process.stdout.write(
    `wm-conformance: ${bannerLine({
      baseUrl: resolved.target.baseUrl,
      embedded: resolved.embedded !== null,
      faults: resolved.target.faults,
      profile: config.envName,
      generation,
      readOnly: config.readOnly,
      documentUrl: found.url,
      documentVia: found.via,
      deprecation: deprecationNote(doc),
    })}\n`,
  );
  const baseline = await resolveRunBaseline(config.baseline, generation);
  const documentMs = clock();
  benchMark('document');
  const tokens: Partial<Record<ClientRole | 'expired', IssuedToken>> = await preflightTokens(http, resolved.target);
  const full = tokens.full;
  if (full === undefined) throw new Error('no full client');
  await preflightInfo(http, resolved.target, plan, full.token);
  const tokensAndInfoMs = clock();
  benchMark('tokens');
  const expired = await resolveExpiredToken({ config, http, target: resolved.target, embedded, fresh: full });
  const sweptAtStart = await sweepAtStart(config, http, resolved, doc, plan, full);
  if ('token' in expired) tokens.expired = { token: expired.token, expiresAt: 0 };

  // Interrupted meanwhile: the run ends without tests, so it makes nothing more (see the catch).
  if (stopCause() !== null) throw new Error('stopped during set-up');
  const runId = newRunId();
  const runDir = join(PROJECT_ROOT, '.wmct', 'runs', runId);
  const documentFile = join(runDir, 'document.json');
  markRunLive(runDir);
  const clientIds: Partial<Record<ClientRole, string>> = {};
  const clientSecrets: Partial<Record<ClientRole, string>> = {};
  for (const [role, creds] of Object.entries(resolved.target.clients)) {
    const known = clientRoleOf(role);
    if (known === undefined) continue;
    clientIds[known] = creds.id;
    clientSecrets[known] = creds.secret;
  }
  const context: RunContext = {
    runId,
    runDir,
    startedAt: new Date().toISOString(),
    suiteVersion: config.suiteVersion,
    envName: config.envName,
    target: {
      ...withoutCredentials(resolved.target),
      openapiUrl: found.url,
      ...(found.swaggerUi === null ? {} : { swaggerUiUrl: found.swaggerUi }),
    },
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
    gateImplicitRequired: config.gateImplicitRequired,
    reportsDir: config.reportsDir,
    requestTimeoutMs: config.requestTimeoutMs,
    maxRetries: config.maxRetries,
    sweptAtStart,
    timings: {
      targetStartMs,
      documentMs,
      tokensAndInfoMs,
      setupMs: targetStartMs + documentMs + tokensAndInfoMs + clock(),
    },
  };
  writeRunContext(context);
  writeFileSync(documentFile, JSON.stringify(doc.raw));
  writePlanFile(join(runDir, 'plan.json'), plan);
  // The breaking-change gate, classified once here for every process to declare its tests from
  // (a lane serving the first lane's document against the same baseline shares its outcome).
  const gate = same !== undefined && sameGateInputs(same.context, context) ? same.gate : computeGate(context, doc.raw);
  writeGateFile(runDir, gate);
  return { context, secrets: { tokens, clientSecrets }, documentText: text, doc, plan, gate };
}

/** A lane's configuration: the run's, with the lane's target and reports folder (a both-APIs run's lanes: the run's). */
function laneConfig(config: Config, lane: Lane): Config {
  if (lane.api !== undefined) return config;
  if (config.baseUrl !== null)
    throw new UsageError('WMCT_LANES: lanes run embedded reference targets only (unset WM_BASE_URL)');
  return {
    ...config,
    reportsDir: lane.reportsDir,
    referenceGeneration: lane.generation ?? config.referenceGeneration,
    referenceFaults: lane.faults ?? [],
  };
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const started: RunningReferenceTarget[] = [];
  let reportsDir: string | null = null;
  benchMark('runner-start', { at: processStartedAt() });
  benchMark('setup-start');
  try {
    const config = loadConfig();
    // A signal stops the run gracefully from here on (src/run/stop.ts); nothing of the previous
    // run's reports outlives this one, whatever becomes of it.
    runnerStarted();
    reportsDir = config.reportsDir;
    removeRunReports(reportsDir);
    const lanes = runLanes(config);
    for (const lane of lanes ?? []) removeRunReports(lane.reportsDir);
    const knownDeviations = loadKnownDeviations(config.knownDeviationsFile, config.knownDeviationsSet, isKnownCheckId);
    loadGateIgnores(config.breakingIgnoreFile);
    for (const client of Object.values(config.clients)) registerSecret(client.secret);
    registerSecret(config.expiredToken);
    for (const url of [config.baseUrl, config.openapiUrl, config.v2BaseUrl, config.v2OpenapiUrl, config.tokenUrl])
      registerUrlSecrets(url);
    // A run with lanes (src/run/lanes.ts): one target per lane, each with its own run folder;
    // the first lane's is the run's for collecting the tests (every lane serves its document).
    const runs: StartedRun[] = [];
    // A both-APIs run (WM_API): its targets resolved at once (the embedded one serves both APIs).
    const apiTargets = config.apis === null ? [] : await resolveApiTargets(config);
    for (const target of apiTargets)
      if (target.embedded !== null && !started.includes(target.embedded)) started.push(target.embedded);
    for (const [i, lane] of (lanes ?? [null]).entries())
      runs.push(
        await startRun(
          lane === null ? config : laneConfig(config, lane),
          knownDeviations,
          started,
          runs[0],
          apiTargets[i],
        ),
      );
    const first = runs[0];
    if (first === undefined) throw new Error('no target');
    if (lanes !== null) {
      const named = lanes.map((lane, i) => ({ lane: lane.name, scope: laneScope(lane), run: runs[i] ?? first }));
      // A both-APIs run's lanes serve two documents (each declares its own tests under its scope)
      // and may share a base URL (v1 and v2 under their own prefixes).
      if (config.apis === null) {
        assertDistinctTargets(named.map(({ lane, run }) => ({ lane, baseUrl: run.context.target.baseUrl })));
        assertSameDocument(named.map(({ lane, run }) => ({ lane, text: run.documentText })));
      }
      for (const { run } of named) registerRunSecrets(run.secrets);
      publishLaneRuns(
        Object.fromEntries(
          named.map(({ lane, scope, run }) => [
            lane,
            { runDir: run.context.runDir, secrets: run.secrets, ...(scope === null ? {} : { scope }) },
          ]),
        ),
      );
    }
    setInternalValue(RUN_DIR_ENV, first.context.runDir);
    publishRunSecrets(first.secrets);
    benchMark('setup-end');

    const targets = [...started];
    return async () => {
      runnerFinishing();
      benchMark('teardown-start');
      for (const [i, run] of runs.entries()) {
        const lane = lanes?.[i];
        if (lane !== undefined) enterLane(lane.name);
        await cleanUpRunDir(run.context.runDir);
      }
      await Promise.all(targets.map((target) => target.stop()));
      benchMark('teardown-end');
    };
  } catch (error) {
    await Promise.all(started.map((target) => target.stop().catch(() => undefined)));
    // Stopped by a signal meanwhile: Playwright reports the interrupted set-up (INCOMPLETE).
    if (stopCause() !== null) return () => Promise.resolve();
    return exitUnstarted(error, reportsDir ?? reportsDirOf());
  }
}

/** Every secret of a lane, known to the runner's redaction and secret scan. */
function registerRunSecrets(secrets: RunSecrets): void {
  for (const secret of Object.values(secrets.clientSecrets)) registerSecret(secret);
  for (const token of Object.values(secrets.tokens)) registerSecret(token.token);
}
