/**
 * The target of a run, resolved once by the global setup (src/run/target.ts): what the workers
 * read of it in run.json (`RunTarget`, no secret) and the same target with the clients'
 * credentials for the runner's preflight (`TargetAccess`).
 */
import type { ClientCredentials, ClientRole, TargetKind } from './domain.ts';

export interface RunTarget {
  readonly baseUrl: string;
  readonly openapiUrl: string;
  readonly swaggerUiUrl: string;
  readonly tokenUrl: string;
  readonly audience: string | null;
  readonly embedded: boolean;
  /** Embedded target only: the faults switched on. */
  readonly faults: readonly string[];
  /** Self-Managed or SaaS (WM_TARGET_KIND; the embedded target's own kind); absent in older run files. */
  readonly kind?: TargetKind;
  /** Organization-wide sets may be changed: the embedded target, or WM_ALLOW_ORGANIZATION_CHANGES=true. */
  readonly organizationChanges?: boolean;
}

/** The target with the configured clients' credentials: never written to run.json. */
export interface TargetAccess extends RunTarget {
  readonly clients: Readonly<Partial<Record<ClientRole, ClientCredentials>>>;
}

/** The target as run.json holds it: the same object without the clients' credentials. */
export function withoutCredentials(access: TargetAccess): RunTarget {
  const { clients: _clients, ...target } = access;
  return target;
}
