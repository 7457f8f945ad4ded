/**
 * Redaction at the source: every text the suite records (exchanges, error messages,
 * attachments) passes through here before it can reach a report, a trace or the console.
 *
 * Known secrets (tokens, client secrets) are registered as they are obtained; anything that
 * looks like a JWT, and the value of Authorization / Proxy-Authorization headers, is masked
 * even when it was never registered (e.g. a token crafted by a test).
 */
const secrets = new Set<string>();

const JWT_LIKE = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g;
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
/** Of the secret headers, those whose value is "<scheme> <credentials>"; cookies have no scheme. */
const SCHEME_HEADERS = new Set(['authorization', 'proxy-authorization']);

export const REDACTED = '[redacted]';

/** Registers a secret to mask wherever it appears. Very short values are ignored (too noisy). */
export function registerSecret(value: string | null | undefined): void {
  if (value !== null && value !== undefined && value.length >= 6) secrets.add(value);
}

export function registeredSecrets(): readonly string[] {
  return [...secrets];
}

export function redactText(text: string): string {
  let out = text;
  // Longest first: a secret that is part of another must not leave the other's rest visible.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  return out.replace(JWT_LIKE, REDACTED);
}

/** Keeps the scheme of an Authorization value ("Bearer [redacted]"); "" stays visibly empty. */
export function redactHeaderValue(name: string, value: string): string {
  if (!SECRET_HEADERS.has(name.toLowerCase())) return redactText(value);
  if (!SCHEME_HEADERS.has(name.toLowerCase())) return value === '' ? '' : REDACTED;
  const match = /^(\S+)(\s+)(.*)$/.exec(value);
  if (match === null) return value === '' ? '' : REDACTED;
  const [, scheme = '', , rest = ''] = match;
  return rest === '' ? `${scheme} ` : `${scheme} ${REDACTED}`;
}

export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = redactHeaderValue(name, value);
  return out;
}
