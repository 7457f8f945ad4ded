/**
 * The preflight, before any test: the document URL answers with an OpenAPI document, the
 * issuer issues a token to every configured client, and `/info` answers the full client.
 * Each failure is one line that says what to fix (UsageError, exit 2), so that "the suite
 * could not reach or authenticate" never shows up as test results claiming the API failed; a
 * failure of the target itself says which (TargetError: unreachable, timed out, redirected,
 * document rejected).
 */
import { CLIENT_ROLES, type ClientRole } from '../core/domain.ts';
import { UsageError } from '../core/errors.ts';
import { requestClientToken } from '../auth/tokens.ts';
import { loadLiveDocument } from '../document/index.ts';
import type { LiveDocument } from '../document/types.ts';
import { fetchDocument, type FoundDocument } from '../document/fetch.ts';
import { HttpClient, TransportError } from '../http/client.ts';
import { apiRedirect, isRedirect, transportFailure } from '../http/failures.ts';
import { findOperation, type PlannedOperation } from '../plan/classify.ts';
import type { IssuedToken } from '../core/token.ts';
import type { TargetAccess } from '../core/target.ts';

/** "still starting" answers worth waiting for with --wait-for-target. */
function isStarting(status: number): boolean {
  return status === 502 || status === 503 || status === 504;
}

/** The live document (src/document/fetch.ts), waiting up to `waitSeconds` for a target still starting. */
export async function fetchLiveDocument(http: HttpClient, url: string, waitSeconds: number): Promise<FoundDocument> {
  return fetchDocument({ http, setting: 'WM_OPENAPI_URL' }, url, waitSeconds);
}

/** The live document's text (see fetchLiveDocument). */
export async function fetchDocumentText(http: HttpClient, url: string, waitSeconds: number): Promise<string> {
  return (await fetchLiveDocument(http, url, waitSeconds)).text;
}

export async function preflightDocument(
  http: HttpClient,
  target: TargetAccess,
  waitSeconds: number,
): Promise<{ text: string; doc: LiveDocument; found: FoundDocument }> {
  const found = await fetchLiveDocument(http, target.openapiUrl, waitSeconds);
  const doc = await loadLiveDocument(found.text, found.url);
  return { text: found.text, doc, found };
}

export async function preflightTokens(
  http: HttpClient,
  target: TargetAccess,
): Promise<Partial<Record<ClientRole, IssuedToken>>> {
  const tokens: Partial<Record<ClientRole, IssuedToken>> = {};
  for (const role of CLIENT_ROLES) {
    const client = target.clients[role];
    if (client === undefined) continue;
    tokens[role] = await requestClientToken(http, {
      tokenUrl: target.tokenUrl,
      audience: target.audience,
      role,
      client,
    });
  }
  return tokens;
}

/** GET …/info with the full client's token must answer 200. */
export async function preflightInfo(
  http: HttpClient,
  target: TargetAccess,
  plan: readonly PlannedOperation[],
  token: string,
): Promise<void> {
  const info = findOperation(plan, 'info', 'info');
  if (info === undefined) return;
  const url = `${target.baseUrl}${info.op.path}`;
  let response;
  try {
    ({ response } = await http.send({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    }));
  } catch (error) {
    if (error instanceof TransportError) throw transportFailure(error, `GET ${info.op.path}`, http.timeoutMs);
    throw error;
  }
  const { status } = response;
  if (isRedirect(status)) throw apiRedirect(`GET ${info.op.path} with the full client`, status, response, url);
  if (status === 200) return;
  const hint =
    status === 401
      ? " — the full client's token was refused: does it carry the Web Modeler API audience (WM_OAUTH_AUDIENCE) and come from the issuer Web Modeler trusts?"
      : status === 403
        ? ' — the full client lacks permissions: grant it create, read, update and delete on the Web Modeler API'
        : status === 404
          ? ' — check WM_BASE_URL (the API should be under it)'
          : isStarting(status)
            ? ' — the target is still starting: use --wait-for-target <seconds>'
            : '';
  throw new UsageError(`GET ${info.op.path} with the full client answered ${status}${hint}`);
}
