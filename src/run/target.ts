/**
 * The target of a run: the configured Web Modeler (WM_BASE_URL and friends), or the embedded
 * reference target started for the run when WM_BASE_URL is unset. Used by the global setup and
 * by the commands that talk to a target (sweep, baseline:update).
 */
import type { ClientCredentials, ClientRole } from '../core/domain.ts';
import type { Config } from '../config/load.ts';
import type { TargetAccess } from '../core/target.ts';
import type { ReferenceTargetOptions, RunningReferenceTarget, ServedApi } from '../../reference/target.ts';
import { findFault } from '../../reference/faults/catalog.ts';
import { UsageError } from '../core/errors.ts';

export interface ResolvedTarget {
  /** The one target the run uses; run.json gets it without the credentials (`withoutCredentials`). */
  readonly target: TargetAccess;
  readonly collaboratorEmails: readonly string[];
  readonly embedded: RunningReferenceTarget | null;
}

/**
 * The embedded reference target, started. Its code (the simulator, the issuer, and what they
 * use: oauth2-mock-server, express, busboy, xmldom; some 75 modules) is loaded only here, when
 * the run has no target of its own: a run against a real target never pays for loading it.
 */
async function startEmbedded(options: ReferenceTargetOptions): Promise<RunningReferenceTarget> {
  const { startReferenceTarget } = await import('../../reference/target.ts');
  return startReferenceTarget(options);
}

/** The embedded target's faults, each known (a UsageError naming the unknown ones). */
function knownFaults(config: Config): readonly string[] {
  const unknown = config.referenceFaults.filter((name) => findFault(name) === undefined);
  if (unknown.length > 0) {
    throw new UsageError(
      `WM_REFERENCE_FAULTS: unknown fault ${unknown.join(', ')} (list them with: npm run reference -- --list-faults)`,
    );
  }
  return config.referenceFaults;
}

/** One API the embedded target serves, as a run's target (`openapiUrl`: the document that judges it, when not its own). */
function embeddedTarget(
  config: Config,
  embedded: RunningReferenceTarget,
  api: Pick<ServedApi, 'baseUrl' | 'openapiUrl' | 'swaggerUiUrl'>,
  openapiUrl: string | null,
): ResolvedTarget {
  const clients: Partial<Record<ClientRole, ClientCredentials>> = { ...embedded.clients };
  return {
    embedded,
    target: {
      baseUrl: api.baseUrl,
      openapiUrl: openapiUrl ?? api.openapiUrl,
      swaggerUiUrl: api.swaggerUiUrl,
      tokenUrl: embedded.tokenUrl,
      audience: embedded.audience,
      embedded: true,
      faults: embedded.faults,
      kind: embedded.kind,
      organizationChanges: true,
      clients,
    },
    collaboratorEmails:
      config.collaboratorEmail === null ? embedded.collaboratorEmails : splitEmails(config.collaboratorEmail),
  };
}

export async function resolveTarget(config: Config): Promise<ResolvedTarget> {
  if (config.baseUrl === null) {
    const embedded = await startEmbedded({
      generation: config.referenceGeneration,
      faults: knownFaults(config),
      latencyMs: config.referenceLatencyMs,
      kind: config.targetKind,
    });
    // WM_OPENAPI_URL judges the embedded target by another document (e.g. a published specification).
    return embeddedTarget(config, embedded, embedded, config.openapiUrl);
  }
  const openapiUrl = config.openapiUrl ?? `${config.baseUrl}/v3/api-docs`;
  const tokenUrl = config.tokenUrl ?? '';
  return {
    embedded: null,
    target: {
      baseUrl: config.baseUrl,
      openapiUrl,
      swaggerUiUrl: `${config.baseUrl}/swagger-ui.html`,
      tokenUrl,
      audience: config.audience,
      embedded: false,
      faults: [],
      kind: config.targetKind,
      organizationChanges: config.allowOrganizationChanges,
      clients: config.clients,
    },
    collaboratorEmails: config.collaboratorEmail === null ? [] : splitEmails(config.collaboratorEmail),
  };
}

/**
 * The targets of a both-APIs run (WM_API), v1 first: the embedded target serving v1-8.10 and
 * hub-v2 on one store (started once, for both), or WM_BASE_URL / WM_OPENAPI_URL and
 * WM_V2_BASE_URL / WM_V2_OPENAPI_URL with the same issuer and clients.
 */
export async function resolveApiTargets(config: Config): Promise<ResolvedTarget[]> {
  if (config.baseUrl === null) {
    const embedded = await startEmbedded({
      generation: ['v1-8.10', 'hub-v2'],
      faults: knownFaults(config),
      latencyMs: config.referenceLatencyMs,
      kind: config.targetKind,
    });
    return embedded.apis.map((api) =>
      embeddedTarget(config, embedded, api, api.generation === 'hub-v2' ? config.v2OpenapiUrl : config.openapiUrl),
    );
  }
  if (config.v2BaseUrl === null) throw new UsageError('WM_API=v1,hub-v2 with WM_BASE_URL needs WM_V2_BASE_URL too');
  return [
    await resolveTarget(config),
    await resolveTarget({ ...config, baseUrl: config.v2BaseUrl, openapiUrl: config.v2OpenapiUrl }),
  ];
}

/** The emails of WM_COLLABORATOR_EMAIL (comma-separated). */
export function splitEmails(value: string): string[] {
  return value
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
}
