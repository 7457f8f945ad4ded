/**
 * Tests for auth-no-data-leak's second half: an answer must not echo the credentials it was sent —
 * found in the body or any header, as is or encoded; the verdict names where, never the value.
 */
import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { authNoDataLeak, credentialEchoes, credentialsOf, judgeNoCredentialEcho } from './no-data-leak.ts';

const TOKEN = `eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ3bWN0In0.${randomBytes(48).toString('base64url')}`;
const SECRET = randomBytes(18).toString('base64url');
const BASIC = Buffer.from(`wmct-full:${SECRET}`).toString('base64');

test('the credentials of an Authorization value: the token; Basic also decoded; nothing for a bare scheme', () => {
  expect(credentialsOf(`Bearer ${TOKEN}`)).toEqual([TOKEN]);
  expect(credentialsOf(`Basic ${BASIC}`)).toEqual([BASIC, `wmct-full:${SECRET}`, SECRET]);
  expect(credentialsOf('Bearer ')).toEqual([]);
  expect(credentialsOf('')).toEqual([]);
  expect(credentialsOf('Bearer abc')).toEqual([]);
});

test('an echo in the body or any header, in any form, is found and named by where it is', () => {
  const credentials = credentialsOf(`Bearer ${TOKEN}`);
  expect(
    credentialEchoes({ bodyText: JSON.stringify({ detail: `Rejected: Bearer ${TOKEN}` }), headers: {} }, credentials),
  ).toEqual(['the body']);
  expect(
    credentialEchoes(
      {
        bodyText: '',
        headers: {
          'www-authenticate': `Bearer error="invalid_token", token="${TOKEN}"`,
          location: `https://x/?t=${encodeURIComponent(TOKEN)}`,
          'x-echo': Buffer.from(TOKEN).toString('base64'),
        },
      },
      credentials,
    ),
  ).toEqual(['header www-authenticate', 'header location', 'header x-echo']);
  expect(
    credentialEchoes(
      { bodyText: JSON.stringify({ wrapped: (TOKEN.match(/.{1,30}/g) ?? []).join('\n') }), headers: {} },
      credentials,
    ),
  ).toEqual(['the body']);
  expect(
    credentialEchoes({ bodyText: JSON.stringify({ secret: SECRET }), headers: {} }, credentialsOf(`Basic ${BASIC}`)),
  ).toEqual(['the body']);
});

test('the verdict fails without the credential in it, passes on a clean refusal; the check reports a data leak first', () => {
  const credentials = credentialsOf(`Bearer ${TOKEN}`);
  const echoed = judgeNoCredentialEcho(
    { bodyText: `{"detail":"${TOKEN}"}`, headers: { 'x-echo': TOKEN } },
    credentials,
    'getInfo with forged token',
  );
  expect(echoed).toMatchObject({
    ok: false,
    message: 'getInfo with forged token: the answer echoes the credentials it was sent (in the body, header x-echo)',
  });
  expect(JSON.stringify(echoed)).not.toContain(TOKEN.slice(-20));
  const clean = {
    bodyText: '{"title":"Unauthorized","status":401}',
    headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
  };
  expect(judgeNoCredentialEcho(clean, credentials, 'x')).toEqual({ ok: true });
  expect(judgeNoCredentialEcho(clean, [], 'x')).toEqual({ ok: true });
  expect(
    authNoDataLeak.judge({
      answer: { bodyText: '{"name":"wmct-secret-plans"}', headers: { 'x-echo': TOKEN } },
      data: ['wmct-secret-plans'],
      request: [],
      credentials,
      what: 'x',
    }),
  ).toMatchObject({ ok: false, message: 'x: the refused answer carries data of the resource (1 value)' });
  expect(
    authNoDataLeak.judge({
      answer: { bodyText: '{}', headers: { 'x-echo': TOKEN } },
      data: ['wmct-secret-plans'],
      request: [],
      credentials,
      what: 'x',
    }),
  ).toMatchObject({ ok: false, actual: 'the credential sent, in header x-echo' });
  expect(
    authNoDataLeak.judge({ answer: clean, data: ['wmct-secret-plans'], request: [], credentials, what: 'x' }),
  ).toEqual({ ok: true });
});
