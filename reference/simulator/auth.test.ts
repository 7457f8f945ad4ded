/** The simulator's authentication and permission answers (401/403 and their WWW-Authenticate). */
import { expect, test } from '@playwright/test';
import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { WEB_MODELER_AUDIENCE } from '../issuer/clients.ts';
import { startReferenceTarget, type RunningReferenceTarget } from '../target.ts';
import { call, field } from '../../test/support/reference-client.ts';

test.describe.configure({ mode: 'serial' });

let target: RunningReferenceTarget;

test.beforeAll(async () => {
  target = await startReferenceTarget();
});

test.afterAll(async () => {
  await target.stop();
});

function claims(): Record<string, unknown> {
  return { azp: target.clients.full.id, permissions: { [WEB_MODELER_AUDIENCE]: ['read:*'] } };
}

async function expectInvalidToken(token: string, describe: RegExp): Promise<void> {
  const reply = await call(target, 'GET', '/info', { token });
  expect(reply.status).toBe(401);
  expect(reply.text).toBe('');
  const challenge = reply.headers.get('www-authenticate') ?? '';
  expect(challenge).toMatch(/^Bearer error="invalid_token", error_description="[^"]+"/);
  expect(challenge).toMatch(describe);
}

test('no token: 401 with a bare Bearer challenge and an empty body', async () => {
  const reply = await call(target, 'GET', '/info');
  expect(reply.status).toBe(401);
  expect(reply.headers.get('www-authenticate')).toBe('Bearer');
  expect(reply.text).toBe('');
});

test('a Basic Authorization header counts as no token', async () => {
  const basic = Buffer.from(`${target.clients.full.id}:${target.clients.full.secret}`).toString('base64');
  const reply = await call(target, 'GET', '/projects/00000000-0000-4000-8000-000000000000', {
    headers: { authorization: `Basic ${basic}` },
  });
  expect(reply.status).toBe(401);
  expect(reply.headers.get('www-authenticate')).toBe('Bearer');
});

test('an expired token is invalid_token', async () => {
  await expectInvalidToken(await target.mintToken('full', -30), /Jwt expired at/);
});

test('a token signed with a foreign key is invalid_token', async () => {
  const { privateKey } = await generateKeyPair('RS256');
  const token = await new SignJWT(claims())
    .setProtectedHeader({ alg: 'RS256', kid: 'foreign-key' })
    .setIssuer(target.issuerUrl)
    .setAudience(WEB_MODELER_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(privateKey);
  await expectInvalidToken(token, /Signed JWT rejected/);
});

test('an unsigned (alg none) token is invalid_token', async () => {
  const token = new UnsecuredJWT(claims())
    .setIssuer(target.issuerUrl)
    .setAudience(WEB_MODELER_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('5m')
    .encode();
  await expectInvalidToken(token, /none/);
});

test('a token for another audience is invalid_token', async () => {
  await expectInvalidToken(await target.mintToken('foreign', 300), /audience/);
});

test('a malformed token is invalid_token', async () => {
  await expectInvalidToken('not.a.jwt', /Malformed/);
});

test('the limited client may read but not create: 403 insufficient_scope with a problem body', async () => {
  const token = await target.mintToken('limited', 300);
  const read = await call(target, 'POST', '/projects/search', { token, body: {} });
  expect(read.status).toBe(200);
  const reply = await call(target, 'POST', '/projects', { token, body: { name: 'denied' } });
  expect(reply.status).toBe(403);
  expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer error="insufficient_scope"/);
  expect(reply.headers.get('content-type')).toBe('application/problem+json');
  expect(reply.json).toMatchObject({
    type: 'about:blank',
    title: 'Forbidden',
    status: 403,
    instance: `${target.apiPrefix}/projects`,
  });
  expect(target.stats().resources.projects).toBe(0);
});

test('without the permission, known and unknown ids both answer 403', async () => {
  const full = await target.mintToken('full', 300);
  const limited = await target.mintToken('limited', 300);
  const created = await call(target, 'POST', '/projects', { token: full, body: { name: 'p' } });
  const known = await call(target, 'DELETE', `/projects/${String(field(created.json, 'id'))}`, { token: limited });
  const unknown = await call(target, 'DELETE', '/projects/00000000-0000-4000-8000-000000000000', { token: limited });
  expect([known.status, unknown.status]).toEqual([403, 403]);
});

test("/info reports the token's permissions and the organization", async () => {
  const limited = await call(target, 'GET', '/info', { token: await target.mintToken('limited', 300) });
  expect(limited.json).toEqual({
    version: 'v1',
    authorizedOrganization: target.organizationId,
    createPermission: false,
    readPermission: true,
    updatePermission: false,
    deletePermission: false,
  });
  const full = await call(target, 'GET', '/info', { token: await target.mintToken('full', 300) });
  expect(full.json).toMatchObject({
    createPermission: true,
    readPermission: true,
    updatePermission: true,
    deletePermission: true,
  });
});

test('a token from the token endpoint works end to end', async () => {
  const response = await fetch(target.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: target.clients.full.id,
      client_secret: target.clients.full.secret,
    }).toString(),
  });
  const token = String(field(await response.json(), 'access_token'));
  expect((await call(target, 'GET', '/info', { token })).status).toBe(200);
});

test("another target's token is invalid_token (targets of one process share their signing key, not their issuer)", async () => {
  const other = await startReferenceTarget();
  try {
    const token = await other.mintToken('full', 300);
    await expectInvalidToken(token, /The iss claim is not valid/);
    // The token is good where it came from.
    expect((await call(other, 'GET', '/info', { token })).status).toBe(200);
  } finally {
    await other.stop();
  }
});
