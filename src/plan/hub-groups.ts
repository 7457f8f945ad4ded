/**
 * Hub API v2: the resource groups beyond the core ones (project snapshots, environments,
 * clusters, the catalog — facts §2, 24 of the 66 operations of the 8.10 release), read from an
 * operation's method and path shape, and what limits where the suite may run them:
 * - the kind of deployment: an operation the document marks `x-availability: "SM"` or `"SaaS"`
 *   (facts §1.5) exists on that kind only; the cluster registration operations are
 *   Self-Managed-only in the facts even where a document does not say so;
 * - organization-wide sets: the catalog ingestion replaces the organization's whole catalog
 *   (assets left out become unpublished) and cluster registrations live in the organization's
 *   registry, so on a real target they (and the removal of what they made) run only with
 *   WM_ALLOW_ORGANIZATION_CHANGES=true; the embedded target, made for the run, always allows them.
 * Hand-written: the shapes are this API's own.
 */
import type { TargetKind } from '../core/domain.ts';
import type { JsonValue } from '../core/json.ts';
import { operationObject } from './chains.ts';
import type { PlannedOperation } from './classify.ts';

export type HubGroup = 'snapshot' | 'environment' | 'cluster' | 'catalog';

/**
 * The operation's shape relative to the API prefix, its parameters as `{}`, with its method:
 * `POST /project-snapshots/{}/reviews`.
 */
export function opShape(p: PlannedOperation, apiPrefix: string): string {
  const rest = p.op.path.startsWith(apiPrefix) ? p.op.path.slice(apiPrefix.length) : p.op.path;
  return `${p.op.method.toUpperCase()} ${rest.replace(/\{[^}]+\}/g, '{}')}`;
}

/** The group of an operation, by its path: undefined for the core groups. */
export function hubGroupOf(p: PlannedOperation, apiPrefix: string): HubGroup | undefined {
  const path = opShape(p, apiPrefix).split(' ')[1] ?? '';
  if (path.startsWith('/project-snapshots')) return 'snapshot';
  if (path === '/environments' || /^\/(workspaces|projects)\/\{\}\/environments$/.test(path)) return 'environment';
  if (path.startsWith('/clusters')) return 'cluster';
  if (path.startsWith('/catalog/') || /^\/projects\/\{\}\/catalog\//.test(path)) return 'catalog';
  return undefined;
}

/** Operations the facts give to one kind of deployment although a document may not mark them (facts §1.5). */
const KIND_BY_FACTS: Readonly<Record<string, TargetKind>> = {
  'GET /clusters': 'self-managed',
  'POST /clusters': 'self-managed',
  'GET /clusters/usage-metrics': 'self-managed',
  'DELETE /clusters/{}': 'self-managed',
};

/** The one kind of deployment the operation exists on (its `x-availability`, else the facts), or undefined: both. */
export function availableOnly(root: JsonValue, p: PlannedOperation, apiPrefix: string): TargetKind | undefined {
  const value = operationObject(root, p)['x-availability'];
  if (value === 'SM') return 'self-managed';
  if (value === 'SaaS') return 'saas';
  return KIND_BY_FACTS[opShape(p, apiPrefix)];
}

const KIND_TEXT: Record<TargetKind, string> = { 'self-managed': 'Self-Managed', saas: 'SaaS' };

/** Why the operation is not run on a target of this kind (it exists on the other kind only), or null. */
export function kindSkipReason(
  root: JsonValue,
  p: PlannedOperation,
  apiPrefix: string,
  kind: TargetKind,
): string | null {
  const only = availableOnly(root, p, apiPrefix);
  if (only === undefined || only === kind) return null;
  return `${p.op.key} is ${KIND_TEXT[only]}-only (x-availability), and the target is ${KIND_TEXT[kind]} (WM_TARGET_KIND=${kind}): not run`;
}

/** The operations that change an organization-wide set, with what they change. */
const ORGANIZATION_WIDE: Readonly<Record<string, string>> = {
  'PUT /catalog/assets/ingestion': "replaces the organization's whole catalog (assets left out become unpublished)",
  'DELETE /catalog/assets/{}': "deletes an asset of the organization's catalog, which only an ingestion can make",
  'POST /clusters': "registers a cluster in the organization's registry",
  'DELETE /clusters/{}': "removes a cluster from the organization's registry, which only a registration can add",
};

/** What the operation changes organization-wide, or undefined. */
export function organizationWide(p: PlannedOperation, apiPrefix: string): string | undefined {
  return ORGANIZATION_WIDE[opShape(p, apiPrefix)];
}

/** Why the operation is not run (it changes an organization-wide set and that is not allowed), or null. */
export function organizationSkipReason(p: PlannedOperation, apiPrefix: string, allowed: boolean): string | null {
  const what = organizationWide(p, apiPrefix);
  if (what === undefined || allowed) return null;
  return `${p.op.key} ${what}: on a real target it runs only with WM_ALLOW_ORGANIZATION_CHANGES=true`;
}
