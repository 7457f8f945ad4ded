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
import { exitWithError } from '../config/errors.ts';
import { loadConfig, PROJECT_ROOT, type ClientCredentials, type ClientRole, type Config } from '../config/load.ts';
import { HttpClient } from '../http/client.ts';
import { newRunId, publishRunSecrets, RUN_DIR_ENV, writeRunContext, type IssuedToken, type RunContext, type RunTarget } from './context.ts';
import { resolveExpiredToken } from '../auth/expired.ts';
import { preflightDocument, preflightInfo, preflightTokens, type PreflightTarget } from './preflight.ts';
import { cleanUpRunDir } from './teardown.ts';
import { startReferenceTarget, type RunningReferenceTarget } from '../../reference/target.ts';

interface ResolvedTarget {
  readonly target: RunTarget;
  readonly preflight: PreflightTarget;
  readonly collaboratorEmails: readonly string[];
  readonly embedded: RunningReferenceTarget | null;
}

async function resolveTarget(config: Config): Promise<ResolvedTarget> {
  if (config.baseUrl === null) {
    const embedded = await startReferenceTarget({ generation: config.referenceGeneration, faults: config.referenceFaults });
    const clients: Partial<Record<ClientRole, ClientCredentials>> = { ...embedded.clients };
    return {
      embedded,
      target: {
        baseUrl: embedded.baseUrl,
        openapiUrl: embedded.openapiUrl,
        swaggerUiUrl: embedded.swaggerUiUrl,
        tokenUrl: embedded.tokenUrl,
        audience: embedded.audience,
        embedded: true,
        faults: embedded.faults,
      },
      preflight: { baseUrl: embedded.baseUrl, openapiUrl: embedded.openapiUrl, tokenUrl: embedded.tokenUrl, audience: embedded.audience, clients },
      collaboratorEmails: config.collaboratorEmail === null ? [embedded.collaboratorEmail] : splitEmails(config.collaboratorEmail),
    };
  }
  const openapiUrl = config.openapiUrl ?? `${config.baseUrl}/v3/api-docs`;
  const tokenUrl = config.tokenUrl ?? '';
  return {
    embedded: null,
    target: { baseUrl: config.baseUrl, openapiUrl, swaggerUiUrl: `${config.baseUrl}/swagger-ui.html`, tokenUrl, audience: config.audience, embedded: false, faults: [] },
    preflight: { baseUrl: config.baseUrl, openapiUrl, tokenUrl, audience: config.audience, clients: config.clients },
    collaboratorEmails: config.collaboratorEmail === null ? [] : splitEmails(config.collaboratorEmail),
  };
}

function splitEmails(value: string): string[] {
  return value
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
}

function suiteVersion(): string {
  return process.env.npm_package_version ?? '0.1.0';
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  let embedded: RunningReferenceTarget | null = null;
  try {
    const config = loadConfig();
    const knownDeviations = loadKnownDeviations(config.knownDeviationsFile, process.env.WM_KNOWN_DEVIATIONS !== undefined);
    for (const client of Object.values(config.clients)) registerSecret(client.secret);
    registerSecret(config.expiredToken);
    const resolved = await resolveTarget(config);
    embedded = resolved.embedded;
    const http = new HttpClient({ timeoutMs: config.requestTimeoutMs, maxRetries: config.maxRetries });
    const waitSeconds = Number(process.env.WMCT_WAIT_FOR_TARGET ?? '0');
    const { doc } = await preflightDocument(http, resolved.preflight, waitSeconds);
    const tokens: Partial<Record<ClientRole | 'expired', IssuedToken>> = await preflightTokens(http, resolved.preflight);
    const full = tokens.full;
    if (full === undefined) throw new Error('no full client');
    await preflightInfo(http, resolved.preflight, doc, full.token);
    const expired = await resolveExpiredToken({ config, http, target: resolved.preflight, embedded });
    if ('token' in expired) tokens.expired = { token: expired.token, expiresAt: 0 };

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
      baselineFile: config.baseline,
      breakingIgnoreFile: config.breakingIgnoreFile,
      reportsDir: config.reportsDir,
      requestTimeoutMs: config.requestTimeoutMs,
      maxRetries: config.maxRetries,
    };
    writeRunContext(context);
    writeFileSync(documentFile, JSON.stringify(doc.raw));
    process.env[RUN_DIR_ENV] = runDir;
    publishRunSecrets({ tokens, clientSecrets });

    const target = embedded;
    return async () => {
      await cleanUpRunDir(runDir);
      await target?.stop();
    };
  } catch (error) {
    await embedded?.stop().catch(() => undefined);
    return exitWithError(error);
  }
}
