/**
 * The embedded reference target: a Web Modeler API simulator plus its token issuer, started
 * together in-process on loopback ports, optionally with named faults switched on. The suite runs
 * against it when no real target is configured; `envLines()` points the suite at it.
 */
import { randomUUID } from 'node:crypto';
import type { ClientRole, Generation } from '../src/core/domain.ts';
import { activateFaults } from './faults/catalog.ts';
import { mergeHubBehaviour, type HubBehaviour } from './hub/knobs.ts';
import { newHubStore, startHubSimulator, type HubStats } from './hub/server.ts';
import type { HubStore } from './hub/store.ts';
import type { TargetKind } from './hub/types.ts';
import { v1810Components } from './hub/v1-810/components.ts';
import { HubBackedStore, v1810Routes } from './hub/v1-810/view.ts';
import { makeClients, WEB_MODELER_AUDIENCE } from './issuer/clients.ts';
import { startIssuer, type RunningIssuer } from './issuer/issuer.ts';
import { startSimulator, type SimulatorOptions } from './simulator/server.ts';
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

export type { Generation, HubBehaviour, TargetKind };

export interface ReferenceTargetOptions {
  /** API port, 0/undefined = free port. */
  port?: number;
  /** Token issuer port, 0/undefined = free port. */
  issuerPort?: number;
  /**
   * Default 'v1'. A list serves several APIs on one store, each on its own port: only
   * `['v1-8.10', 'hub-v2']` (in either order), as a Camunda 8.10 installation serves v1 and v2
   * side by side (Self-Managed: 8070 and 8088).
   */
  generation?: Generation | readonly Generation[];
  /** hub-v2 and v1-8.10: the kind of target the Hub plays (default 'self-managed'). */
  kind?: TargetKind;
  /**
   * hub-v2 and v1-8.10: the Hub store to serve (default a new one, reference/hub/server.ts
   * newHubStore); the project's own tests read in it what no operation shows (projects'
   * environment selections).
   */
  store?: HubStore;
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

/** One API a target serves. */
export interface ServedApi {
  readonly generation: Generation;
  readonly baseUrl: string;
  readonly apiPrefix: string;
  readonly openapiUrl: string;
  readonly swaggerUiUrl: string;
}

export interface RunningReferenceTarget {
  /** The first API's generation (v1-8.10 when both run). */
  readonly generation: Generation;
  /** Every API served, the first one first (v1-8.10, then hub-v2, when both run on one store). */
  readonly apis: readonly ServedApi[];
  readonly kind: TargetKind;
  /** http://127.0.0.1:<port> (API under `${baseUrl}/api/v1`, /api/beta or /api/v2). */
  readonly baseUrl: string;
  readonly apiPrefix: string;
  readonly openapiUrl: string;
  readonly swaggerUiUrl: string;
  readonly issuerUrl: string;
  readonly tokenUrl: string;
  readonly audience: string;
  readonly clients: {
    full: ReferenceClient;
    limited: ReferenceClient;
    foreign: ReferenceClient;
    shortLived: ReferenceClient;
  };
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
  /** The first API's counters (when both run, in v1 terms; statsOf('hub-v2') gives the Hub's). */
  stats(): ReferenceStats;
  statsOf(generation: Generation): ReferenceStats;
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

type Description = Omit<
  RunningReferenceTarget,
  'envLines' | 'mintToken' | 'mintUserToken' | 'stats' | 'statsOf' | 'resetStats' | 'stop'
>;

/**
 * The WM_* lines: the first API's base and document URL; when the Hub API v2 runs beside v1,
 * its own as WM_V2_BASE_URL and WM_V2_OPENAPI_URL (names the suite has yet to learn).
 */
function envLinesOf(t: Description): string[] {
  const { full, limited, foreign, shortLived } = t.clients;
  const second = t.apis[1];
  return [
    `WM_BASE_URL=${t.baseUrl}`,
    `WM_OPENAPI_URL=${t.openapiUrl}`,
    ...(second === undefined ? [] : [`WM_V2_BASE_URL=${second.baseUrl}`, `WM_V2_OPENAPI_URL=${second.openapiUrl}`]),
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

/** The generations to serve, the v1 one first; a list other than v1-8.10 with hub-v2 throws. */
export function servedGenerations(generation: Generation | readonly Generation[] | undefined): Generation[] {
  const list: readonly Generation[] =
    generation === undefined ? ['v1'] : typeof generation === 'string' ? [generation] : generation;
  const unique = [...new Set(list)];
  if (unique.length === 1 && unique[0] !== undefined) return [unique[0]];
  if (unique.length === 2 && unique.includes('v1-8.10') && unique.includes('hub-v2')) return ['v1-8.10', 'hub-v2'];
  throw new Error(`generations ${list.join(', ')} cannot be served together: only v1-8.10 and hub-v2 share one store`);
}

interface Server {
  readonly generation: Generation;
  readonly baseUrl: string;
  readonly apiPrefix: string;
  stats(): ReferenceStats;
  resetStats(): void;
  stop(): Promise<void>;
}

/** What every server of a target shares: behaviour, faults, the issuer's settings, the organization. */
type Common = Omit<SimulatorOptions, 'port' | 'generation' | 'view'> & { readonly hub: HubBehaviour };

/** Starts one server per generation, the first on `options.port`; one Hub store for v1-8.10 and hub-v2. */
async function startServers(
  generations: readonly Generation[],
  options: ReferenceTargetOptions,
  common: Common,
): Promise<Server[]> {
  const kind = options.kind ?? 'self-managed';
  let hubStore: HubStore | undefined;
  const store = (): HubStore => (hubStore ??= options.store ?? newHubStore(common.behaviour.idStyle, kind));
  const servers: Server[] = [];
  try {
    for (const generation of generations) {
      const port = servers.length === 0 ? options.port : undefined;
      if (generation === 'hub-v2') {
        servers.push({ generation, ...(await startHubSimulator({ ...common, port, kind, store: store() })) });
      } else if (generation === 'v1-8.10') {
        const view = {
          routes: v1810Routes(store(), common.hub),
          components: v1810Components(),
          store: new HubBackedStore(store(), common.behaviour.idStyle),
        };
        servers.push({ generation, ...(await startSimulator({ ...common, port, generation, view })) });
      } else {
        servers.push({ generation, ...(await startSimulator({ ...common, port, generation })) });
      }
    }
  } catch (error) {
    await Promise.all(servers.map((s) => s.stop()));
    throw error;
  }
  return servers;
}

async function startBoth(
  options: ReferenceTargetOptions,
  issuerStarted: (issuer: RunningIssuer) => void,
): Promise<RunningReferenceTarget> {
  const generations = servedGenerations(options.generation);
  const active = activateFaults(options.faults ?? []);
  const clients = makeClients({
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 300,
    shortLivedTokenLifetimeSeconds: options.shortLivedTokenLifetimeSeconds ?? 3,
  });
  const issuer = await startIssuer({ port: options.issuerPort, clients });
  issuerStarted(issuer);
  const organizationId = randomUUID();
  const common: Common = {
    behaviour: active.behaviour,
    hub: mergeHubBehaviour([active.hub, options.hub ?? {}]),
    respond: active.respond,
    transformDocument: active.transformDocument,
    auth: { issuerUrl: issuer.issuerUrl, jwksUrl: issuer.jwksUrl, audience: WEB_MODELER_AUDIENCE },
    organizationId,
    users: ORGANIZATION_USERS,
    latencyMs: options.latencyMs ?? 0,
  };
  const servers = await startServers(generations, options, common);
  const apis: ServedApi[] = servers.map((s) => ({
    generation: s.generation,
    baseUrl: s.baseUrl,
    apiPrefix: s.apiPrefix,
    openapiUrl: `${s.baseUrl}/v3/api-docs`,
    swaggerUiUrl: `${s.baseUrl}/swagger-ui.html`,
  }));
  const [first] = apis;
  const [primary] = servers;
  if (first === undefined || primary === undefined) throw new Error('no API to serve');
  const pick = (role: ClientRole): ReferenceClient => ({ id: clients[role].id, secret: clients[role].secret });
  const description: Description = {
    ...first,
    apis,
    kind: options.kind ?? 'self-managed',
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
      if (user === undefined)
        return Promise.reject(
          new Error(
            `${email} is not a user of the organization (${ORGANIZATION_USERS.map((u) => u.email).join(', ')})`,
          ),
        );
      return issuer.mintUser(user, expiresInSeconds);
    },
    stats: () => primary.stats(),
    statsOf: (generation) => {
      const server = servers.find((s) => s.generation === generation);
      if (server === undefined)
        throw new Error(`this target does not serve ${generation} (it serves ${generations.join(', ')})`);
      return server.stats();
    },
    resetStats: () => {
      for (const s of servers) s.resetStats();
    },
    envLines: () => envLinesOf(description),
    stop: async () => {
      await Promise.all([...servers.map((s) => s.stop()), issuer.stop()]);
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
