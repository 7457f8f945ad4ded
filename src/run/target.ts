/**
 * The target of a run: the configured Web Modeler (WM_BASE_URL and friends), or the embedded
 * reference target started for the run when WM_BASE_URL is unset. Used by the global setup and
 * by the commands that talk to a target (sweep, baseline:update).
 */
import type { ClientCredentials, ClientRole } from '../core/domain.ts';
import type { Config } from '../config/load.ts';
import type { TargetAccess } from '../core/target.ts';
import { startReferenceTarget, type RunningReferenceTarget } from '../../reference/target.ts';
import { findFault } from '../../reference/faults/catalog.ts';
import { UsageError } from '../core/errors.ts';

export interface ResolvedTarget {
  /** The one target the run uses; run.json gets it without the credentials (`withoutCredentials`). */
  readonly target: TargetAccess;
  readonly collaboratorEmails: readonly string[];
  readonly embedded: RunningReferenceTarget | null;
}

export async function resolveTarget(config: Config): Promise<ResolvedTarget> {
  if (config.baseUrl === null) {
    const unknown = config.referenceFaults.filter((name) => findFault(name) === undefined);
    if (unknown.length > 0) {
      throw new UsageError(
        `WM_REFERENCE_FAULTS: unknown fault ${unknown.join(', ')} (list them with: npm run reference -- --list-faults)`,
      );
    }
    const embedded = await startReferenceTarget({
      generation: config.referenceGeneration,
      faults: config.referenceFaults,
      latencyMs: config.referenceLatencyMs,
      kind: config.targetKind,
    });
    const clients: Partial<Record<ClientRole, ClientCredentials>> = { ...embedded.clients };
    return {
      embedded,
      target: {
        baseUrl: embedded.baseUrl,
        // WM_OPENAPI_URL judges the embedded target by another document (e.g. a published specification).
        openapiUrl: config.openapiUrl ?? embedded.openapiUrl,
        swaggerUiUrl: embedded.swaggerUiUrl,
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

/** The emails of WM_COLLABORATOR_EMAIL (comma-separated). */
export function splitEmails(value: string): string[] {
  return value
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
}
