/** Tests for redaction: registered secrets, JWT-looking strings and secret header values are masked. */
import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { REDACTED, redactHeaders, redactHeaderValue, redactText, registeredSecrets, registerSecret } from './redact.ts';

/** A fresh secret per test: the registry is process-wide. */
function freshSecret(prefix = 'secret'): string {
  return `${prefix}-${randomBytes(8).toString('hex')}`;
}

const JWT = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ3bWN0In0.c2lnbmF0dXJl';

test('a registered secret is masked wherever it appears', () => {
  const secret = freshSecret();
  expect(redactText(`client_secret=${secret}`)).toBe(`client_secret=${secret}`);
  registerSecret(secret);
  expect(registeredSecrets()).toContain(secret);
  expect(redactText(`client_secret=${secret}&again=${secret}`)).toBe(`client_secret=${REDACTED}&again=${REDACTED}`);
});

test('short, empty and missing values are not registered', () => {
  registerSecret('abc12');
  registerSecret('');
  registerSecret(null);
  registerSecret(undefined);
  expect(registeredSecrets()).not.toContain('abc12');
  expect(redactText('abc12 stays')).toBe('abc12 stays');
});

test('a secret inside a longer secret leaves nothing of the longer one visible', () => {
  const short = freshSecret('nested');
  const long = `${short}-and-more`;
  registerSecret(short);
  registerSecret(long);
  expect(redactText(`a ${long} b ${short} c`)).toBe(`a ${REDACTED} b ${REDACTED} c`);
});

test('JWT-looking strings are masked even when never registered', () => {
  expect(redactText(`token ${JWT} end`)).toBe(`token ${REDACTED} end`);
  expect(redactText('{"access_token":"eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."}')).toBe(`{"access_token":"${REDACTED}"}`);
  expect(redactText('eyJust a word. not.a token')).toBe('eyJust a word. not.a token');
});

test('an Authorization value keeps its scheme; other secret headers are masked whole', () => {
  expect(redactHeaderValue('Authorization', `Bearer ${freshSecret()}`)).toBe(`Bearer ${REDACTED}`);
  expect(redactHeaderValue('proxy-authorization', 'Basic dXNlcjpwYXNz')).toBe(`Basic ${REDACTED}`);
  expect(redactHeaderValue('authorization', 'Bearer ')).toBe('Bearer ');
  expect(redactHeaderValue('authorization', 'opaque-token-without-scheme')).toBe(REDACTED);
  expect(redactHeaderValue('authorization', '')).toBe('');
  expect(redactHeaderValue('Set-Cookie', 'SESSION=abc123secret; Path=/; HttpOnly')).toBe(REDACTED);
  expect(redactHeaderValue('cookie', 'a=one; b=two')).toBe(REDACTED);
  expect(redactHeaderValue('cookie', '')).toBe('');
});

test('other headers are redacted as text; redactHeaders keeps the names', () => {
  const secret = freshSecret();
  registerSecret(secret);
  expect(
    redactHeaders({
      'Content-Type': 'application/json',
      'X-Echo': `x ${secret} ${JWT}`,
      Authorization: `Bearer ${JWT}`,
    }),
  ).toEqual({
    'Content-Type': 'application/json',
    'X-Echo': `x ${REDACTED} ${REDACTED}`,
    Authorization: `Bearer ${REDACTED}`,
  });
});
