/**
 * Redaction of what a target echoes: a registered secret (or anything JWT-shaped) is masked
 * wherever and however an answer carries it — a header, a JSON value, a problem's detail, a
 * redirect, URL- or base64-encoded, split across lines — and a URL's password is shown as ***.
 */
import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import {
  REDACTED,
  redactHeaders,
  redactJson,
  redactText,
  registerSecret,
  registerUrlSecrets,
  shownUrl,
  urlPassword,
} from './redact.ts';

const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
/** A fresh token and client secret per test: the registry is process-wide. */
function fresh(): { token: string; secret: string; basic: string } {
  const token = `${b64url({ alg: 'RS256', kid: randomBytes(4).toString('hex') })}.${b64url({ sub: 'wmct', jti: randomBytes(8).toString('hex') })}.${randomBytes(64).toString('base64url')}`;
  const secret = randomBytes(24).toString('base64url');
  const basic = Buffer.from(`wmct-full:${secret}`).toString('base64');
  for (const s of [token, secret, basic]) registerSecret(s);
  return { token, secret, basic };
}

function leaks(text: string, ...secrets: string[]): string[] {
  return secrets.filter((s) => text.includes(s) || text.includes(s.slice(0, 20)) || text.includes(s.slice(-20)));
}

test('an echoed Authorization value is masked in any header, the challenge and a redirect included', () => {
  const { token, basic } = fresh();
  const headers = redactHeaders({
    'www-authenticate': `Bearer error="invalid_token", error_description="token ${token} rejected"`,
    location: `https://login.example.com/cb?access_token=${encodeURIComponent(token)}&state=1`,
    'x-echo-authorization': `Basic ${basic}`,
    'x-echo-base64': Buffer.from(`Bearer ${token}`).toString('base64'),
  });
  expect(leaks(JSON.stringify(headers), token, basic)).toEqual([]);
  expect(headers.location).toBe(`https://login.example.com/cb?access_token=${REDACTED}&state=1`);
  expect(headers['www-authenticate']).toBe(
    `Bearer error="invalid_token", error_description="token ${REDACTED} rejected"`,
  );
});

test('an echo in a body is masked in every form: JSON values, a problem detail, URL- and base64-encoded, split across lines, unicode-escaped', () => {
  const { token, secret } = fresh();
  const body = JSON.stringify({
    type: 'about:blank',
    title: 'Unauthorized',
    status: 401,
    detail: `Rejected credentials: Bearer ${token}`,
    echo: {
      urlEncoded: encodeURIComponent(`Bearer ${token}`),
      base64: Buffer.from(`Bearer ${token}`).toString('base64'),
      base64url: Buffer.from(`client_secret=${secret}`).toString('base64url'),
      wrapped: (token.match(/.{1,40}/g) ?? []).join('\n'),
      unicode: Array.from(secret)
        .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .join(''),
    },
  });
  const redacted = redactText(body);
  expect(leaks(redacted, token, secret)).toEqual([]);
  expect(JSON.parse(redacted)).toMatchObject({
    title: 'Unauthorized',
    status: 401,
    detail: `Rejected credentials: Bearer ${REDACTED}`,
  });
});

test('an error message carrying a token, a secret or a URL password is masked', () => {
  const { token, secret } = fresh();
  const message = `request to https://svc:${secret}@modeler.example.com/api failed: 500 {"trace":"Authorization: Bearer ${token}"}`;
  const redacted = redactText(message);
  expect(leaks(redacted, token, secret)).toEqual([]);
  expect(redacted).toContain('https://svc:***@modeler.example.com/api');
});

test('redactJson masks keys and values anywhere and always gives valid JSON', () => {
  const { token, secret } = fresh();
  const value = { [secret]: [token, { nested: `x ${token} y`, n: 1, ok: true, none: null }] };
  const redacted = redactJson(value);
  expect(redacted).toEqual({ [REDACTED]: [REDACTED, { nested: `x ${REDACTED} y`, n: 1, ok: true, none: null }] });
  expect(leaks(JSON.stringify(redacted), token, secret)).toEqual([]);
});

test('URLs are shown as user:***@ — the password never, registered or not; it is a secret elsewhere too', () => {
  expect(shownUrl('http://user:pa55w0rd@modeler.example.com:8070/api')).toBe(
    'http://user:***@modeler.example.com:8070/api',
  );
  expect(shownUrl('WM_BASE_URL="ftp://u:p@ss@host/x" must be http(s)')).toBe(
    'WM_BASE_URL="ftp://u:***@host/x" must be http(s)',
  );
  expect(shownUrl('https://user@host/a and http://host:8080/b?x=a:b@c')).toBe(
    'https://user@host/a and http://host:8080/b?x=a:b@c',
  );
  expect(urlPassword('https://u:p%40ss%2Fw0rd@h/')).toEqual(['p%40ss%2Fw0rd', 'p@ss/w0rd']);
  expect(urlPassword('https://u@h/')).toEqual([]);
  const password = `pw-${randomBytes(6).toString('hex')}`;
  registerUrlSecrets(`https://svc:${password}@modeler.example.com`);
  expect(redactText(`the issuer said: wrong password ${password}`)).toBe(`the issuer said: wrong password ${REDACTED}`);
});

test('what is left of a cut secret (an excerpt, a clipped body, a secret split over two fields) is masked too', () => {
  const { token, secret } = fresh();
  expect(redactText(`detail: Bearer ${token.slice(0, 60)}…`)).toBe(`detail: Bearer ${REDACTED}…`);
  expect(redactText(`…${token.slice(-40)} end`)).toBe(`…${REDACTED} end`);
  expect(redactText(`{"a":"${secret.slice(0, 14)}","b":"${secret.slice(14)}"}`)).toBe(
    `{"a":"${REDACTED}","b":"${REDACTED}"}`,
  );
  // Fewer than 12 characters of it give nothing away and are kept (they may be anything).
  expect(redactText(`x ${secret.slice(0, 8)} y`)).toBe(`x ${secret.slice(0, 8)} y`);
});
