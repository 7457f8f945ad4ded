/**
 * The embedded reference target: a Web Modeler API simulator plus its token issuer, started
 * together in-process on loopback ports, optionally with named faults switched on. The suite runs
 * against it when no real target is configured; `envLines()` points the suite at it.
 */
import { randomUUID } from 'node:crypto';
import type { ClientRole, Generation } from '../src/config/load.ts';
import { activateFaults } from './faults/catalog.ts';
import { mergeHubBehaviour, type HubBehaviour } from './hub/knobs.ts';
import { startHubSimulator, type HubStats } from './hub/server.ts';
import { makeClients, WEB_MODELER_AUDIENCE } from './issuer/clients.ts';
import { startIssuer, type RunningIssuer } from './issuer/issuer.ts';
import { startSimulator } from './simulator/server.ts';
import type { ReferenceStats as V1Stats } from './simulator/stats.ts';
import type { UserRef } from './simulator/store.ts';

/** Request and resource counters; the resources are counted in the generation's own terms. */
export type ReferenceStats = V1Stats | HubStats;

/** The v1 simulator's resource counters of a target's stats (throws for a hub-v2 target). */
export function v1Resources(stats: ReferenceStats): V1Stats['resources'] {
  const resources = stats.resources;
  if (!('milestones' in resources)) throw new Error('not a v1 target: no milestones counted');
  return resources;
}

export type { Generation, HubBehaviour };

export interface ReferenceTargetOptions {
  /** API port, 0/undefined = free port. */
  port?: number;
  /** Token issuer port, 0/undefined = free port. */
  issuerPort?: number;
  /** Default 'v1'. */
  generation?: Generation;
  /** Names from the fault catalog; an unknown name throws an Error listing the known names. */
  faults?: readonly string[];
  /** Default 300. */
  tokenLifetimeSeconds?: number;
  /** Lifetime of the short-lived client's tokens, default 3. */
  shortLivedTokenLifetimeSeconds?: number;
  /** Milliseconds the target waits before each API answer (a slow target; default 0). The token issuer answers at once. */
  latencyMs?: number;
  /** hub-v2 only: knobs for choices a real Hub may make the other way (after the faults' ones). */
  hub?: Partial<HubBehaviour>;
}

export interface ReferenceClient {
  id: string;
  secret: string;
}

export interface RunningReferenceTarget {
  readonly generation: Generation;
  /** http://127.0.0.1:<port> (API under `${baseUrl}/api/v1`, /api/beta or /api/v2). */
  readonly baseUrl: string;
  readonly apiPrefix: string;
  readonly openapiUrl: string;
  readonly swaggerUiUrl: string;
  readonly issuerUrl: string;
  readonly tokenUrl: string;
  readonly audience: string;
  readonly clients: { full: ReferenceClient; limited: ReferenceClient; foreign: ReferenceClient; shortLived: ReferenceClient };
  /** A user of the organization that can be added as collaborator. */
  readonly collaboratorEmail: string;
  /** Every user of the organization that can be added as collaborator (two, so sorting can be checked). */
  readonly collaboratorEmails: readonly string[];
  /** UUID, the same for all tokens. */
  readonly organizationId: string;
  readonly faults: readonly string[];
  /** A token of the client; a negative lifetime gives an already expired one. */
  mintToken(client: ClientRole, expiresInSeconds: number): Promise<string>;
  /**
   * A token of a person of the organization (one of `collaboratorEmails`), as Web Modeler's UI
   * gets it: what it creates is recorded as created by that person (name and email), not by a client.
   */
  mintUserToken(email: string, expiresInSeconds: number): Promise<string>;
  stats(): ReferenceStats;
  resetStats(): void;
  /** WM_* lines that point the suite at this target (they include the client secrets). */
  envLines(): string[];
  stop(): Promise<void>;
}

/** Users of the simulated organization. */
export const ORGANIZATION_USERS: readonly UserRef[] = [
  { name: 'Alice Example', email: 'alice@example.com' },
  { name: 'Bob Example', email: 'bob@example.com' },
  { name: 'Carol Example', email: 'carol@example.com' },
];

function envLinesOf(t: Omit<RunningReferenceTarget, 'envLines' | 'mintToken' | 'mintUserToken' | 'stats' | 'resetStats' | 'stop'>): string[] {
  const { full, limited, foreign, shortLived } = t.clients;
  return [
    `WM_BASE_URL=${t.baseUrl}`,
    `WM_OPENAPI_URL=${t.openapiUrl}`,
    `WM_OAUTH_TOKEN_URL=${t.tokenUrl}`,
    `WM_OAUTH_AUDIENCE=${t.audience}`,
    `WM_CLIENT_ID=${full.id}`,
    `WM_CLIENT_SECRET=${full.secret}`,
    `WM_LIMITED_CLIENT_ID=${limited.id}`,
    `WM_LIMITED_CLIENT_SECRET=${limited.secret}`,
    `WM_FOREIGN_CLIENT_ID=${foreign.id}`,
    `WM_FOREIGN_CLIENT_SECRET=${foreign.secret}`,
    `WM_SHORT_LIVED_CLIENT_ID=${shortLived.id}`,
    `WM_SHORT_LIVED_CLIENT_SECRET=${shortLived.secret}`,
    `WM_COLLABORATOR_EMAIL=${t.collaboratorEmails.join(',')}`,
    'WM_EXPECT_PERMISSIONS_LIMITED=read',
  ];
}

async function startBoth(options: ReferenceTargetOptions, issuerStarted: (issuer: RunningIssuer) => void): Promise<RunningReferenceTarget> {
  const generation = options.generation ?? 'v1';
  const active = activateFaults(options.faults ?? []);
  const clients = makeClients({
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 300,
    shortLivedTokenLifetimeSeconds: options.shortLivedTokenLifetimeSeconds ?? 3,
  });
  const issuer = await startIssuer({ port: options.issuerPort, clients });
  issuerStarted(issuer);
  const organizationId = randomUUID();
  const common = {
    port: options.port,
    behaviour: active.behaviour,
    respond: active.respond,
    transformDocument: active.transformDocument,
    auth: { issuerUrl: issuer.issuerUrl, jwksUrl: issuer.jwksUrl, audience: WEB_MODELER_AUDIENCE },
    organizationId,
    users: ORGANIZATION_USERS,
    latencyMs: options.latencyMs ?? 0,
  };
  const simulator =
    generation === 'hub-v2'
      ? await startHubSimulator({ ...common, hub: mergeHubBehaviour([active.hub, options.hub ?? {}]) })
      : await startSimulator({ ...common, generation });
  const pick = (role: ClientRole): ReferenceClient => ({ id: clients[role].id, secret: clients[role].secret });
  const description = {
    generation,
    baseUrl: simulator.baseUrl,
    apiPrefix: simulator.apiPrefix,
    openapiUrl: `${simulator.baseUrl}/v3/api-docs`,
    swaggerUiUrl: `${simulator.baseUrl}/swagger-ui.html`,
    issuerUrl: issuer.issuerUrl,
    tokenUrl: issuer.tokenUrl,
    audience: WEB_MODELER_AUDIENCE,
    clients: { full: pick('full'), limited: pick('limited'), foreign: pick('foreign'), shortLived: pick('shortLived') },
    collaboratorEmail: ORGANIZATION_USERS[0]?.email ?? '',
    collaboratorEmails: ORGANIZATION_USERS.map((u) => u.email),
    organizationId,
    faults: active.names,
  };
  return {
    ...description,
    mintToken: (client, expiresInSeconds) => issuer.mint(client, expiresInSeconds),
    mintUserToken: (email, expiresInSeconds) => {
      const user = ORGANIZATION_USERS.find((u) => u.email === email);
      if (user === undefined) return Promise.reject(new Error(`${email} is not a user of the organization (${ORGANIZATION_USERS.map((u) => u.email).join(', ')})`));
      return issuer.mintUser(user, expiresInSeconds);
    },
    stats: () => simulator.stats(),
    resetStats: () => {
      simulator.resetStats();
    },
    envLines: () => envLinesOf(description),
    stop: async () => {
      await Promise.all([simulator.stop(), issuer.stop()]);
    },
  };
}

export async function startReferenceTarget(options: ReferenceTargetOptions = {}): Promise<RunningReferenceTarget> {
  let issuer: RunningIssuer | undefined;
  try {
    return await startBoth(options, (started) => {
      issuer = started;
    });
  } catch (error) {
    await issuer?.stop();
    throw error;
  }
}
