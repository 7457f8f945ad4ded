/**
 * The Web Modeler API simulator's HTTP server. Plain node:http, no web framework: the route table
 * (route-table.ts) must also generate the OpenAPI document, as springdoc does from the product's
 * controllers, so the table is the single source and dispatching on it takes a few lines.
 * Serves /api/** (through the pipeline and the faults' response rewrites), the generated document
 * at /v3/api-docs, springdoc's Swagger UI entry points (swaggerUiEntry), the compare links' target, and a loopback-only admin
 * route (/__reference/stats) that is not part of the document.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Generation } from '../../src/core/domain.ts';
import { TokenVerifier, type AuthSettings } from './auth.ts';
import type { Behaviour } from './behaviour.ts';
import { componentsFor, type ComponentSchemas } from './components.ts';
import { buildDocument, openapiVersionOf } from './document.ts';
import type { JsonObject, JsonValue } from '../../src/core/json.ts';
import { ApiPipeline, problemResponse } from './pipeline.ts';
import { readRawBody } from './request-body.ts';
import { apiPrefixOf, routesFor } from './route-table.ts';
import { compileRoute } from './router.ts';
import { RequestCounter, type ReferenceStats } from './stats.ts';
import { Store, type UserRef } from './store.ts';
import type { FaultContext, OutgoingResponse, RouteDef, SimulatorEnv } from './types.ts';
import { RequestValidator } from './validation.ts';
import { closeServer, listenLoopback } from '../net.ts';
import { latency } from '../latency.ts';

export interface SimulatorOptions {
  readonly port?: number;
  readonly generation: Generation;
  readonly behaviour: Behaviour;
  readonly respond: (response: OutgoingResponse, ctx: FaultContext) => OutgoingResponse;
  readonly transformDocument: (doc: JsonObject) => JsonObject;
  readonly auth: AuthSettings;
  readonly organizationId: string;
  readonly users: readonly UserRef[];
  /** Milliseconds to wait before each API answer (reference/latency.ts). */
  readonly latencyMs?: number;
  /**
   * Another data model behind the same API machinery (v1-8.10: the v1 API as a view onto the Hub's
   * store): its routes, component schemas and a store that answers `knows` and `counts` for it.
   */
  readonly view?: {
    readonly routes: readonly RouteDef[];
    readonly components: ComponentSchemas;
    readonly store: Store;
  };
}

export interface RunningSimulator {
  readonly baseUrl: string;
  readonly apiPrefix: string;
  readonly document: JsonObject;
  stats(): ReferenceStats;
  resetStats(): void;
  stop(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Status of a response that is not sent: the connection is reset instead (the resetOperations knob). */
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

function html(title: string, content: string): OutgoingResponse {
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${content}</body></html>`;
  return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page };
}

/**
 * The Swagger UI entry points as springdoc serves them (Web Modeler uses springdoc): the page
 * Camunda's docs give, /swagger-ui.html, redirects to /swagger-ui/index.html, whose
 * swagger-initializer.js names /v3/api-docs/swagger-config (next to swagger-ui-dist's petstore
 * placeholder, which springdoc leaves in), which names the document. No Swagger UI bundle is
 * served: the page links the document instead.
 */
function swaggerUiEntry(path: string): OutgoingResponse | undefined {
  switch (path) {
    case '/swagger-ui.html':
      return { status: 302, headers: { location: '/swagger-ui/index.html' }, body: undefined };
    case '/swagger-ui/index.html':
      return html(
        'Swagger UI',
        '<div id="swagger-ui"><h1>Web Modeler REST API (reference)</h1><p><a href="/v3/api-docs">OpenAPI document</a></p></div><script src="./swagger-initializer.js" charset="UTF-8"></script>',
      );
    case '/swagger-ui/swagger-initializer.js':
      return {
        status: 200,
        headers: { 'content-type': 'application/javascript' },
        body: [
          'window.onload = function() {',
          '  window.ui = SwaggerUIBundle({',
          '    url: "https://petstore.swagger.io/v2/swagger.json",',
          "    dom_id: '#swagger-ui',",
          '    deepLinking: true,',
          '    layout: "StandaloneLayout" ,',
          '  "configUrl" : "/v3/api-docs/swagger-config",',
          '  "validatorUrl" : ""',
          '  });',
          '};',
          '',
        ].join('\n'),
      };
    case '/v3/api-docs/swagger-config':
      return json(200, {
        configUrl: '/v3/api-docs/swagger-config',
        oauth2RedirectUrl: '/swagger-ui/oauth2-redirect.html',
        url: '/v3/api-docs',
        validatorUrl: '',
      });
    default:
      return undefined;
  }
}

export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const { generation, behaviour } = options;
  const apiPrefix = apiPrefixOf(generation);
  const routes =
    options.view === undefined
      ? routesFor(generation, behaviour.disabledOperations)
      : options.view.routes.filter((r) => !behaviour.disabledOperations.includes(r.operationId));
  const store = options.view?.store ?? new Store(behaviour.idStyle);
  const counter = new RequestCounter();
  const state: { pipeline?: ApiPipeline; document: JsonObject } = { document: {} };

  const stats = (): ReferenceStats => ({
    requestsByMethod: counter.snapshot(),
    requestsByOperation: counter.operations(),
    resources: store.counts(),
  });

  async function route(req: IncomingMessage, method: string, path: string): Promise<OutgoingResponse> {
    const rawBody = await readRawBody(req);
    if (path === '/__reference/stats' || path === '/__reference/stats/reset') {
      if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return problemResponse(403, 'Loopback only.', path);
      if (path.endsWith('/reset') && method === 'POST') {
        counter.reset();
        return { status: 204, headers: {}, body: undefined };
      }
      if (method === 'GET' && !path.endsWith('/reset')) return json(200, stats());
      return problemResponse(405, `Method '${method}' is not supported.`, path);
    }
    if (path === '/v3/api-docs' && method === 'GET') return json(200, state.document);
    const swaggerUi = method === 'GET' ? swaggerUiEntry(path) : undefined;
    if (swaggerUi !== undefined) return swaggerUi;
    if (path.startsWith('/diagrams/compare/') && method === 'GET') return html('Comparison', '<h1>Comparison</h1>');
    if (!path.startsWith('/api/') || state.pipeline === undefined)
      return problemResponse(404, 'Resource not found.', path);
    await latency(options.latencyMs);
    const result = await state.pipeline.handle({ method, path, headers: req.headers, rawBody });
    counter.count(method, result.operationId);
    if (result.operationId !== null && behaviour.resetOperations.includes(result.operationId))
      return { status: RESET, headers: {}, body: undefined };
    const authorization = req.headers.authorization;
    return options.respond(result.response, {
      operationId: result.operationId,
      method,
      path,
      ...(authorization === undefined ? {} : { authorization }),
    });
  }

  const server = createServer((req, res) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    route(req, method, path).then(
      (response) => {
        send(res, response);
      },
      () => {
        send(res, problemResponse(500, 'Unexpected error while processing request.', path));
      },
    );
  });
  const port = await listenLoopback(server, options.port ?? 0);
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: SimulatorEnv = {
    store,
    behaviour,
    generation,
    baseUrl,
    organizationId: options.organizationId,
    users: options.users,
  };
  const generated = buildDocument({
    generation,
    apiPrefix,
    routes,
    components: options.view?.components ?? componentsFor(generation),
  });
  state.document = options.transformDocument(generated);
  const validator = new RequestValidator(state.document, openapiVersionOf(generation) === '3.1.0' ? '3.1' : '3.0');
  state.pipeline = new ApiPipeline({
    env,
    routes: routes.map((r) => compileRoute(r, apiPrefix)),
    verifier: new TokenVerifier(options.auth),
    validator,
  });

  return {
    baseUrl,
    apiPrefix,
    document: state.document,
    stats,
    resetStats: () => {
      counter.reset();
    },
    stop: () => closeServer(server),
  };
}
