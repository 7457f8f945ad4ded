/**
 * Redaction at the source, the one choke point: every text the suite records or prints —
 * exchanges, check messages, attachments (src/fixtures/attach.ts), test errors (the `redactErrors`
 * fixture), the compliance report, the closing summary and every one-line error — passes
 * through `redactText` before it can reach a report, a trace or the console.
 *
 * What is masked, wherever it appears in the text (a body, a header, a message; not only in the
 * fields known to hold secrets), in every form src/core/secret-match.ts finds (escaped, URL- or
 * base64-encoded, split across lines):
 *   - every registered secret: the client secrets, every token the process obtained or crafted,
 *     the Basic credentials, the password of every configured URL — registered as they are
 *     obtained, in the runner (global setup) and in each worker;
 *   - anything that looks like a JWT (so tokens never registered here, e.g. one a worker
 *     refreshed, are masked too) and the suite's garbage tokens;
 *   - what is left of a registered secret that was cut (an excerpt, a clipped body): a run of at
 *     least FRAGMENT characters that begins like the secret or ends like it;
 *   - the password of any URL (`https://user:***@host`), registered or not;
 *   - the value of Authorization / Proxy-Authorization headers (only the scheme is kept) and of
 *     cookies.
 */
import {
  findSecrets,
  GARBAGE_TOKEN,
  maskFound,
  MIN_SECRET_LENGTH,
  type Found,
  type Needle,
  type SecretPattern,
} from './secret-match.ts';

const secrets = new Set<string>();
let needles: Needle[] = [];

/** Looser than the scan's JWT pattern (any three base64url parts after `eyJ`): masking too much costs nothing. */
const JWT_LIKE = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g;
const MASKED_PATTERNS: readonly SecretPattern[] = [
  { name: 'a JWT-looking string', pattern: JWT_LIKE },
  { name: 'a crafted garbage token', pattern: GARBAGE_TOKEN },
];
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
/** Of the secret headers, those whose value is "<scheme> <credentials>"; cookies have no scheme. */
const SCHEME_HEADERS = new Set(['authorization', 'proxy-authorization']);
/** `scheme://user:password@`: the password runs to the last `@` before the path (an unencoded `@` in it included). */
const URL_USERINFO = /\b([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^\s/?#@:"'<>\\]*):([^\s/?#"'<>\\]*)@/g;

/**
 * Texts redacted since the last secret was registered, and what they became. The same texts come
 * again and again (header names and values, field names, check messages, and every string of an
 * exchange once more when its attachment is redacted whole): each is searched once. Only texts up
 * to MEMO_TEXT characters, at most MEMO_ENTRIES of them (then it starts over).
 */
const redacted = new Map<string, string>();
const MEMO_TEXT = 2_048;
const MEMO_ENTRIES = 20_000;

/** Shorter texts hold no secret in any form: the shortest thing masked (a registered secret, a URL's `s://:p@`) has this many characters. */
const SHORTEST_MASKED = Math.min(MIN_SECRET_LENGTH, 6);

export const REDACTED = '[redacted]';
/** What a URL's password is shown as. */
export const URL_PASSWORD_MASK = '***';

/** Registers a secret to mask wherever it appears. Very short values are ignored (too noisy). */
export function registerSecret(value: string | null | undefined): void {
  if (value === null || value === undefined || value.length < MIN_SECRET_LENGTH || secrets.has(value)) return;
  secrets.add(value);
  // Longest first: a secret that is part of another must not leave the other's rest visible.
  needles = [...secrets].sort((a, b) => b.length - a.length).map((s) => ({ value: s, what: 'a secret' }));
  // What was redacted before knew fewer secrets.
  redacted.clear();
}

export function registeredSecrets(): readonly string[] {
  return [...secrets];
}

/** The password of a URL (as written and decoded), or null when it has none. */
export function urlPassword(url: string | null | undefined): string[] {
  if (url === null || url === undefined) return [];
  try {
    const { password } = new URL(url);
    if (password === '') return [];
    let decoded = password;
    try {
      decoded = decodeURIComponent(password);
    } catch {
      // keep it as written
    }
    return [...new Set([password, decoded])];
  } catch {
    return [];
  }
}

/** Registers the password of a URL (WM_BASE_URL=http://user:pa55w0rd@host…) as a secret. */
export function registerUrlSecrets(url: string | null | undefined): void {
  for (const password of urlPassword(url)) registerSecret(password);
}

/** A URL (or any text) with the password of every URL in it shown as `user:***@`. */
export function shownUrl(text: string): string {
  return text.replace(URL_USERINFO, (_, scheme: string, user: string) => `${scheme}${user}:${URL_PASSWORD_MASK}@`);
}

/** A cut secret is masked from this many of its characters on (fewer give nothing away). */
const FRAGMENT = 12;

/** Runs of the text that begin like a registered secret, or end like one, for FRAGMENT characters or more. */
function fragments(text: string): Found[] {
  const out: Found[] = [];
  for (const { value } of needles) {
    if (value.length <= FRAGMENT) continue;
    const head = value.slice(0, FRAGMENT);
    for (let at = text.indexOf(head); at !== -1; at = text.indexOf(head, at + 1)) {
      let end = at + FRAGMENT;
      while (end < text.length && end - at < value.length && text[end] === value[end - at]) end++;
      out.push({ start: at, end, what: 'a cut secret' });
    }
    const tail = value.slice(-FRAGMENT);
    for (let at = text.indexOf(tail); at !== -1; at = text.indexOf(tail, at + 1)) {
      let start = at;
      while (
        start > 0 &&
        at + FRAGMENT - start < value.length &&
        text[start - 1] === value[value.length - FRAGMENT - (at - start) - 1]
      )
        start--;
      out.push({ start, end: at + FRAGMENT, what: 'a cut secret' });
    }
  }
  return out;
}

function redactUncached(text: string): string {
  const shown = shownUrl(text);
  return maskFound(shown, [...findSecrets(shown, needles, MASKED_PATTERNS), ...fragments(shown)], REDACTED);
}

/** The text with every secret masked (see the header). */
export function redactText(text: string): string {
  if (text.length < SHORTEST_MASKED) return text;
  if (text.length > MEMO_TEXT) return redactUncached(text);
  const known = redacted.get(text);
  if (known !== undefined) return known;
  const result = redactUncached(text);
  if (redacted.size >= MEMO_ENTRIES) redacted.clear();
  redacted.set(text, result);
  return result;
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
  for (const [name, value] of Object.entries(headers)) out[redactText(name)] = redactHeaderValue(name, value);
  return out;
}

/** A JSON value with every string in it (keys too) redacted; the result is valid JSON whatever was masked. */
export function redactJson(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((v: unknown) => redactJson(v));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[redactText(k)] = redactJson(v);
    return out;
  }
  return value;
}
