/**
 * A connection to the configured target for the commands that work outside a test run (sweep,
 * baseline:update): the target resolved (embedded one started when WM_BASE_URL is unset), the
 * live document fetched and validated, the full client's token, an API client. Every problem is
 * the preflight's one-line UsageError.
 */
import { ApiClient } from '../api/client.ts';
import { TokenProvider } from '../auth/tokens.ts';
import { CheckRecorder } from '../checks/recorder.ts';
import type { Config } from '../config/load.ts';
import { SchemaValidators } from '../document/schemas.ts';
import type { LiveDocument } from '../document/types.ts';
import { HttpClient } from '../http/client.ts';
import { classifyAll, type PlannedOperation } from '../plan/classify.ts';
import { preflightDocument, preflightTokens } from './preflight.ts';
import { resolveTarget, type ResolvedTarget } from './target.ts';

export interface Connection {
  readonly target: ResolvedTarget;
  readonly http: HttpClient;
  readonly doc: LiveDocument;
  readonly plan: readonly PlannedOperation[];
  readonly api: ApiClient;
  /** Stops the embedded target, if one was started. */
  close(): Promise<void>;
}

export async function connect(config: Config, waitSeconds = 0): Promise<Connection> {
  const target = await resolveTarget(config);
  try {
    const http = new HttpClient({ timeoutMs: config.requestTimeoutMs, maxRetries: config.maxRetries });
    const { doc } = await preflightDocument(http, target.target, waitSeconds);
    const full = target.target.clients.full;
    const issued = full === undefined ? {} : await preflightTokens(http, { ...target.target, clients: { full } });
    // Every configured client, so that sweep can learn each one's identity; only the full one is preflighted.
    const tokens = new TokenProvider(
      http,
      target.target.tokenUrl,
      target.target.audience,
      target.target.clients,
      issued,
    );
    const api = new ApiClient({
      http,
      baseUrl: target.target.baseUrl,
      doc,
      validators: new SchemaValidators(doc),
      tokens,
      recorder: new CheckRecorder([]),
    });
    return {
      target,
      http,
      doc,
      plan: classifyAll(doc, config.permissionOverrides),
      api,
      close: async () => target.embedded?.stop(),
    };
  } catch (error) {
    await target.embedded?.stop();
    throw error;
  }
}
