/**
 * The domain words every layer shares: the client roles a run may configure, the permissions a
 * client may hold, and the API generations the embedded reference target serves.
 */

/** The roles of the configured OAuth clients; `full` is the one every run needs. */
export type ClientRole = 'full' | 'limited' | 'foreign' | 'shortLived';
export const CLIENT_ROLES: readonly ClientRole[] = ['full', 'limited', 'foreign', 'shortLived'];

/** An OAuth client's id and secret. */
export interface ClientCredentials {
  readonly id: string;
  readonly secret: string;
}

export type Permission = 'create' | 'read' | 'update' | 'delete';
export const PERMISSIONS: readonly Permission[] = ['create', 'read', 'update', 'delete'];

/**
 * API generations of the embedded reference target: Web Modeler `/api/beta`, `/api/v1` (with
 * milestones or versions, or as Camunda 8.10 serves it: deprecated, with process applications),
 * Camunda Hub `/api/v2`.
 */
export type Generation = 'beta' | 'v1' | 'v1-versions' | 'v1-8.10' | 'hub-v2';
export const GENERATIONS: readonly Generation[] = ['beta', 'v1', 'v1-versions', 'v1-8.10', 'hub-v2'];

/** The kind of deployment a target is (Hub API v2 facts §1): some operations exist on one kind only. */
export type TargetKind = 'self-managed' | 'saas';
export const TARGET_KINDS: readonly TargetKind[] = ['self-managed', 'saas'];

/** The role named `text`, or undefined when it is none. */
export function clientRoleOf(text: string): ClientRole | undefined {
  return CLIENT_ROLES.find((role) => role === text);
}
