/**
 * The hub-v2 simulator's HTTP server (plain node:http, like the v1 simulator's): `/api/v2/**`
 * through the pipeline and the faults' response rewrites, the generated document at
 * `/v3/api-docs` (*assumed*: the Hub's document URL is not documented; springdoc's default, as
 * Web Modeler's), a tiny Swagger UI page, and the loopback-only admin route `/__reference/stats`
 * (not in the document). Its state is observable through the API alone; the stats are a
 * convenience for the project's own tests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listenLoopback } from '../net.ts';
import { latency } from '../latency.ts';
import { TokenVerifier, type AuthSettings } from '../simulator/auth.ts';
import type { Behaviour } from '../simulator/behaviour.ts';
import type { JsonObject, JsonValue } from '../../src/core/json.ts';
import { readRawBytes } from '../simulator/request-body.ts';
import { RequestCounter } from '../simulator/stats.ts';
import type { FaultContext, OutgoingResponse } from '../simulator/types.ts';
import { buildHubDocument } from './document.ts';
import type { HubBehaviour } from './knobs.ts';
import { HubPipeline } from './pipeline.ts';
import { hubProblem } from './problem.ts';
import { HUB_API_PREFIX, hubRoutes } from './route-table.ts';
import { compileHubRoute } from './router.ts';
import { seedEnvironments } from './resources/environments.ts';
import { HubStore, type HubResourceCounts, type UserRef } from './store.ts';
import type { HubEnv, TargetKind } from './types.ts';
import { HubValidator } from './validation.ts';

export interface HubSimulatorOptions {
  readonly port?: number;
  readonly behaviour: Behaviour;
  readonly hub: HubBehaviour;
  readonly respond: (response: OutgoingResponse, ctx: FaultContext) => OutgoingResponse;
  readonly transformDocument: (doc: JsonObject) => JsonObject;
  readonly auth: AuthSettings;
  readonly organizationId: string;
  readonly users: readonly UserRef[];
  /** Milliseconds to wait before each API answer (reference/latency.ts). */
  readonly latencyMs?: number;
  /** Self-Managed (default) or SaaS: which operations exist and which environments the organization has. */
  readonly kind?: TargetKind;
  /** The store to serve (shared with the v1-8.10 view when both APIs run); default a new one. */
  readonly store?: HubStore;
}

export type HubStats = {
  readonly requestsByMethod: Record<string, number>;
  readonly requestsByOperation: Record<string, number>;
  readonly resources: HubResourceCounts;
};

export interface RunningHubSimulator {
  readonly baseUrl: string;
  readonly apiPrefix: string;
  readonly document: JsonObject;
  stats(): HubStats;
  resetStats(): void;
  stop(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Status of a response that is not sent: the connection is reset instead (resetOperations knob). */
const RESET = 0;

function send(res: ServerResponse, response: OutgoingResponse): void {
  if (response.status === RESET) {
    res.socket?.destroy();
    return;
  }
  const { body } = response;
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(response.status, { ...response.headers, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function json(status: number, body: JsonValue): OutgoingResponse {
  return { status, headers: { 'content-type': 'application/json' }, body };
}

const SWAGGER_PAGE =
  '<!doctype html><html><head><meta charset="utf-8"><title>Hub API v2 (reference)</title></head><body><h1>Hub API v2</h1><p><a href="/v3/api-docs">OpenAPI document</a></p></body></html>';

/** A new store with the organization's environments of this kind of target. */
export function newHubStore(idStyle: 'uuid' | 'numeric', kind: TargetKind): HubStore {
  const store = new HubStore(idStyle);
  seedEnvironments(store, kind);
  return store;
}

export async function startHubSimulator(options: HubSimulatorOptions): Promise<RunningHubSimulator> {
  const { behaviour, hub } = options;
  const kind = options.kind ?? 'self-managed';
  const routes = hubRoutes(behaviour.disabledOperations, kind);
  const store = options.store ?? newHubStore(behaviour.idStyle, kind);
  const counter = new RequestCounter();
  const state: { pipeline?: HubPipeline; document: JsonObject } = { document: {} };
  const stats = (): HubStats => ({
    requestsByMethod: counter.snapshot(),
    requestsByOperation: counter.operations(),
    resources: store.counts(),
  });

  async function route(req: IncomingMessage, method: string, url: URL): Promise<OutgoingResponse> {
    const path = url.pathname;
    const rawBytes = await readRawBytes(req);
    const rawBody = rawBytes.toString('utf8');
    if (path === '/__reference/stats' || path === '/__reference/stats/reset') {
      if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return hubProblem(403, 'Loopback only.', path, hub);
      if (path.endsWith('/reset') && method === 'POST') {
        counter.reset();
        return { status: 204, headers: {}, body: undefined };
      }
      if (method === 'GET' && !path.endsWith('/reset')) return json(200, stats());
      return hubProblem(405, `Method ${method} is not supported here.`, path, hub);
    }
    if (path === '/v3/api-docs' && method === 'GET') return json(200, state.document);
    if (path === '/swagger-ui.html' && method === 'GET')
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: SWAGGER_PAGE };
    if (!path.startsWith('/api/') || state.pipeline === undefined)
      return hubProblem(404, `No endpoint ${method} ${path}.`, path, hub);
    await latency(options.latencyMs);
    const result = await state.pipeline.handle({
      method,
      path,
      headers: req.headers,
      rawBody,
      rawBytes,
      query: url.searchParams,
      remoteAddress: req.socket.remoteAddress ?? '',
    });
    counter.count(method, result.operationId);
    if (result.operationId !== null && behaviour.resetOperations.includes(result.operationId))
      return { status: RESET, headers: {}, body: undefined };
    return options.respond(result.response, { operationId: result.operationId, method, path });
  }

  const server = createServer((req, res) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    route(req, method, url).then(
      (response) => {
        send(res, response);
      },
      (error: unknown) => {
        const status = error instanceof Error && 'status' in error && error.status === 413 ? 413 : 500;
        send(
          res,
          hubProblem(
            status,
            status === 413
              ? 'Request body too large.'
              : 'An unexpected error occurred while processing your request. Please try again later.',
            path,
            hub,
          ),
        );
      },
    );
  });
  const port = await listenLoopback(server, options.port ?? 0);
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: HubEnv = {
    store,
    behaviour,
    hub,
    baseUrl,
    organizationId: options.organizationId,
    users: options.users,
    kind,
  };
  state.document = options.transformDocument(buildHubDocument(routes));
  state.pipeline = new HubPipeline({
    env,
    routes: routes.map((r) => compileHubRoute(r, HUB_API_PREFIX)),
    verifier: new TokenVerifier(options.auth),
    validator: new HubValidator(state.document),
  });

  return {
    baseUrl,
    apiPrefix: HUB_API_PREFIX,
    document: state.document,
    stats,
    resetStats: () => {
      counter.reset();
    },
    stop: () => closeServer(server),
  };
}
