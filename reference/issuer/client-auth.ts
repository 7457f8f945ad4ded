/**
 * Client authentication at the token endpoint: form fields client_id/client_secret or HTTP Basic
 * (RFC 6749 §2.3.1). Hand-written because oauth2-mock-server accepts any client and any secret;
 * the Basic header is decoded here (a base64 split, no cryptography).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { ClientSet, ClientSpec } from './clients.ts';

export type ClientAuthResult =
  { readonly ok: true; readonly client: ClientSpec } | { readonly ok: false; readonly description: string };

interface Credentials {
  readonly id: string;
  readonly secret: string | undefined;
}

function formDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function basicCredentials(headers: IncomingHttpHeaders): Credentials | null {
  const match = /^Basic\s+(\S+)$/i.exec(headers.authorization ?? '');
  if (match?.[1] === undefined) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
}

function field(body: unknown, name: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const value: unknown = Object.entries(body).find(([k]) => k === name)?.[1];
  return typeof value === 'string' ? value : undefined;
}

export function requestCredentials(headers: IncomingHttpHeaders, body: unknown): Credentials | null {
  const basic = basicCredentials(headers);
  if (basic !== null) return basic;
  const id = field(body, 'client_id');
  return id === undefined ? null : { id, secret: field(body, 'client_secret') };
}

export function grantType(body: unknown): string | undefined {
  return field(body, 'grant_type');
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function findClient(clients: ClientSet, id: string): ClientSpec | undefined {
  return Object.values(clients).find((c) => c.id === id);
}

export function authenticateClient(clients: ClientSet, credentials: Credentials | null): ClientAuthResult {
  if (credentials === null)
    return { ok: false, description: 'Client authentication is required (client_id and client_secret, or HTTP Basic)' };
  const client = findClient(clients, credentials.id);
  if (client === undefined || credentials.secret === undefined || !sameSecret(credentials.secret, client.secret)) {
    return { ok: false, description: 'Invalid client or Invalid client credentials' };
  }
  return { ok: true, client };
}
