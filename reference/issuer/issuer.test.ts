/** The token issuer: client-credentials tokens, their claims and signatures, and its refusals. */
import { expect, test } from '@playwright/test';
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { makeClients, WEB_MODELER_AUDIENCE, type ClientSet } from './clients.ts';
import { startIssuer, type RunningIssuer } from './issuer.ts';

test.describe.configure({ mode: 'serial' });

let issuer: RunningIssuer;
let clients: ClientSet;

test.beforeAll(async () => {
  clients = makeClients({ tokenLifetimeSeconds: 300, shortLivedTokenLifetimeSeconds: 3 });
  issuer = await startIssuer({ clients });
});

test.afterAll(async () => {
  await issuer.stop();
});

async function requestToken(
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(issuer.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
  const parsed: unknown = await response.json();
  return {
    status: response.status,
    body: typeof parsed === 'object' && parsed !== null ? Object.fromEntries(Object.entries(parsed)) : {},
  };
}

function verify(token: string, audience?: string) {
  return jwtVerify(token, createRemoteJWKSet(new URL(issuer.jwksUrl)), {
    issuer: issuer.issuerUrl,
    algorithms: ['RS256'],
    ...(audience === undefined ? {} : { audience }),
  });
}

test('issues a verifiable RS256 token with audience and permissions to the full client', async () => {
  const { status, body } = await requestToken({
    grant_type: 'client_credentials',
    client_id: clients.full.id,
    client_secret: clients.full.secret,
    audience: WEB_MODELER_AUDIENCE,
  });
  expect(status).toBe(200);
  expect(body.token_type).toBe('Bearer');
  expect(body.expires_in).toBe(300);
  expect(typeof body.access_token).toBe('string');
  const { payload, protectedHeader } = await verify(String(body.access_token), WEB_MODELER_AUDIENCE);
  expect(protectedHeader.alg).toBe('RS256');
  expect(payload.azp).toBe(clients.full.id);
  expect(payload.client_id).toBe(clients.full.id);
  expect(typeof payload.sub).toBe('string');
  expect(payload.permissions).toEqual({ [WEB_MODELER_AUDIENCE]: ['create:*', 'read:*', 'update:*', 'delete:*'] });
  expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(300);
});

test('accepts HTTP Basic client authentication', async () => {
  const basic = Buffer.from(`${clients.limited.id}:${clients.limited.secret}`).toString('base64');
  const { status, body } = await requestToken(
    { grant_type: 'client_credentials' },
    { authorization: `Basic ${basic}` },
  );
  expect(status).toBe(200);
  const { payload } = await verify(String(body.access_token), WEB_MODELER_AUDIENCE);
  expect(payload.permissions).toEqual({ [WEB_MODELER_AUDIENCE]: ['read:*'] });
});

test('the short-lived client gets short tokens', async () => {
  const { body } = await requestToken({
    grant_type: 'client_credentials',
    client_id: clients.shortLived.id,
    client_secret: clients.shortLived.secret,
  });
  expect(body.expires_in).toBe(3);
  const { payload } = await verify(String(body.access_token));
  expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(3);
});

test('a wrong secret is 401 invalid_client', async () => {
  const { status, body } = await requestToken({
    grant_type: 'client_credentials',
    client_id: clients.full.id,
    client_secret: 'wrong',
  });
  expect(status).toBe(401);
  expect(body.error).toBe('invalid_client');
  expect(typeof body.error_description).toBe('string');
  expect(body.access_token).toBeUndefined();
});

test('an unknown client is 401 invalid_client', async () => {
  const { status, body } = await requestToken({
    grant_type: 'client_credentials',
    client_id: 'nobody',
    client_secret: 'x',
  });
  expect(status).toBe(401);
  expect(body.error).toBe('invalid_client');
});

test('other grants are refused', async () => {
  const { status, body } = await requestToken({
    grant_type: 'password',
    client_id: clients.full.id,
    client_secret: clients.full.secret,
    username: 'u',
    password: 'p',
  });
  expect(status).toBe(400);
  expect(body.error).toBe('unsupported_grant_type');
});

test('a minted token with negative lifetime is expired for jose', async () => {
  const token = await issuer.mint('full', -60);
  await expect(verify(token, WEB_MODELER_AUDIENCE)).rejects.toBeInstanceOf(errors.JWTExpired);
});

test('the foreign client has no Web Modeler audience and no permissions', async () => {
  const { body } = await requestToken({
    grant_type: 'client_credentials',
    client_id: clients.foreign.id,
    client_secret: clients.foreign.secret,
  });
  const { payload } = await verify(String(body.access_token));
  expect(payload.aud).toBe('zeebe-api');
  expect(payload.permissions).toBeUndefined();
  await expect(verify(String(body.access_token), WEB_MODELER_AUDIENCE)).rejects.toBeInstanceOf(
    errors.JWTClaimValidationFailed,
  );
});

test('discovery names the Keycloak-style endpoints', async () => {
  const response = await fetch(issuer.discoveryUrl);
  const doc: unknown = await response.json();
  expect(doc).toMatchObject({ issuer: issuer.issuerUrl, token_endpoint: issuer.tokenUrl, jwks_uri: issuer.jwksUrl });
  expect(issuer.tokenUrl).toMatch(
    /^http:\/\/127\.0\.0\.1:\d+\/auth\/realms\/camunda-platform\/protocol\/openid-connect\/token$/,
  );
});

test('client secrets are random per start', () => {
  const other = makeClients({ tokenLifetimeSeconds: 300, shortLivedTokenLifetimeSeconds: 3 });
  expect(other.full.secret).not.toBe(clients.full.secret);
  expect(clients.full.secret.length).toBeGreaterThanOrEqual(24);
});
