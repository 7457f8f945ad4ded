/**
 * The preflight, before any test: the document URL answers with an OpenAPI document, the
 * issuer issues a token to every configured client, and `/info` answers the full client.
 * Each failure is one line that says what to fix (UsageError, exit 2), so that "the suite
 * could not reach or authenticate" never shows up as test results claiming the API failed.
 */
import type { ClientCredentials, ClientRole } from '../config/load.ts';
import { CLIENT_ROLES } from '../config/load.ts';
import { UsageError } from '../config/errors.ts';
import { requestClientToken } from '../auth/tokens.ts';
import { loadLiveDocument } from '../document/index.ts';
import type { LiveDocument } from '../document/types.ts';
import { HttpClient, TransportError } from '../http/client.ts';
import { classifyAll, findOperation } from '../plan/classify.ts';
import type { IssuedToken } from './context.ts';

export interface PreflightTarget {
  readonly baseUrl: string;
  readonly openapiUrl: string;
  readonly tokenUrl: string;
  readonly audience: string | null;
  readonly clients: Readonly<Partial<Record<ClientRole, ClientCredentials>>>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** "still starting" answers worth waiting for with --wait-for-target. */
function isStarting(status: number): boolean {
  return status === 502 || status === 503 || status === 504;
}

/** Fetches the live document's text, waiting up to `waitSeconds` for a target that is still starting. */
export async function fetchDocumentText(http: HttpClient, url: string, waitSeconds: number): Promise<string> {
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    let problem: string;
    try {
      const { response } = await http.send({ method: 'GET', url, headers: { accept: 'application/json, application/yaml;q=0.9, */*;q=0.1' } });
      if (response.status === 200) return response.bodyText;
      if (!isStarting(response.status)) {
        throw new UsageError(`the OpenAPI document URL ${url} answered ${response.status}${response.status === 404 ? ' — check WM_OPENAPI_URL (springdoc serves /v3/api-docs)' : response.status === 401 || response.status === 403 ? ' — the document must be readable without a token' : ''}`);
      }
      problem = `answered ${response.status} (target still starting?)`;
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      problem = error.message;
      if (error.kind !== 'refused' && error.kind !== 'reset' && error.kind !== 'timeout') {
        throw new UsageError(`cannot fetch the OpenAPI document: ${problem} — check WM_OPENAPI_URL / WM_BASE_URL${error.kind === 'tls' ? ' and NODE_EXTRA_CA_CERTS' : ''}`);
      }
    }
    if (Date.now() >= deadline) {
      const hint = waitSeconds > 0 ? `still failing after waiting ${waitSeconds} s` : 'use --wait-for-target <seconds> if it is still starting';
      throw new UsageError(`cannot fetch the OpenAPI document from ${url}: ${problem} — ${hint}`);
    }
    await sleep(Math.min(2000, Math.max(100, deadline - Date.now())));
  }
}

export async function preflightDocument(http: HttpClient, target: PreflightTarget, waitSeconds: number): Promise<{ text: string; doc: LiveDocument }> {
  const text = await fetchDocumentText(http, target.openapiUrl, waitSeconds);
  const doc = await loadLiveDocument(text, target.openapiUrl);
  return { text, doc };
}

export async function preflightTokens(http: HttpClient, target: PreflightTarget): Promise<Partial<Record<ClientRole, IssuedToken>>> {
  const tokens: Partial<Record<ClientRole, IssuedToken>> = {};
  for (const role of CLIENT_ROLES) {
    const client = target.clients[role];
    if (client === undefined) continue;
    tokens[role] = await requestClientToken(http, { tokenUrl: target.tokenUrl, audience: target.audience, role, client });
  }
  return tokens;
}

/** GET …/info with the full client's token must answer 200. */
export async function preflightInfo(http: HttpClient, target: PreflightTarget, doc: LiveDocument, token: string): Promise<void> {
  const info = findOperation(classifyAll(doc), 'info', 'info');
  if (info === undefined) return;
  const url = `${target.baseUrl}${info.op.path}`;
  let status: number;
  try {
    ({ status } = (await http.send({ method: 'GET', url, headers: { authorization: `Bearer ${token}`, accept: 'application/json' } })).response);
  } catch (error) {
    if (error instanceof TransportError) throw new UsageError(`GET ${info.op.path} failed: ${error.message} — check WM_BASE_URL`);
    throw error;
  }
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
