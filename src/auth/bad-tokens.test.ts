/** Tests for the crafted bad tokens: same claims as the real token, each bad in exactly its own way, all registered as secrets. */
import { expect, test } from '@playwright/test';
import {
  decodeJwt,
  decodeProtectedHeader,
  errors,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type JWTPayload,
} from 'jose';
import { badTokens, GARBAGE_TOKEN } from './bad-tokens.ts';
import { REDACTED, redactText } from '../core/redact.ts';

const CLAIMS: JWTPayload = {
  azp: 'wmct-full',
  aud: 'web-modeler-public-api',
  iss: 'https://issuer.example',
  permissions: { 'web-modeler-public-api': ['read:*'] },
};

async function realToken(): Promise<{ token: string; publicKey: CryptoKey }> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = (await exportJWK(publicKey)).n?.slice(0, 8) ?? 'kid';
  const token = await new SignJWT(CLAIMS)
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(privateKey);
  return { token, publicKey };
}

test('the forged token has the same header and claims but fails verification with the published key', async () => {
  const { token, publicKey } = await realToken();
  const bad = await badTokens(token);
  expect(decodeProtectedHeader(bad.wrongSignature)).toEqual(decodeProtectedHeader(token));
  expect(decodeJwt(bad.wrongSignature)).toEqual(decodeJwt(token));
  expect(bad.wrongSignature).not.toBe(token);
  await expect(jwtVerify(bad.wrongSignature, publicKey)).rejects.toBeInstanceOf(errors.JWSSignatureVerificationFailed);
  await expect(jwtVerify(token, publicKey)).resolves.toBeDefined();
});

test('the unsigned token carries the same claims with alg "none" and no signature', async () => {
  const { token } = await realToken();
  const bad = await badTokens(token);
  expect(decodeProtectedHeader(bad.algNone).alg).toBe('none');
  expect(decodeJwt(bad.algNone)).toEqual(decodeJwt(token));
  expect(bad.algNone.endsWith('.')).toBe(true);
});

test('the truncated token is the real one with half its signature cut; garbage is no JWT; empty is empty', async () => {
  const { token, publicKey } = await realToken();
  const bad = await badTokens(token);
  const [header, payload, signature = ''] = token.split('.');
  expect(bad.truncated).toBe(
    `${header ?? ''}.${payload ?? ''}.${signature.slice(0, Math.floor(signature.length / 2))}`,
  );
  await expect(jwtVerify(bad.truncated, publicKey)).rejects.toThrow();
  expect(() => decodeJwt(bad.garbage)).toThrow();
  expect(bad.garbage).toMatch(GARBAGE_TOKEN);
  expect(bad.empty).toBe('');
});

test('every crafted token is registered as a secret, and the same real token gives the same set', async () => {
  const { token } = await realToken();
  const bad = await badTokens(token);
  for (const value of [token, bad.wrongSignature, bad.algNone, bad.truncated, bad.garbage])
    expect(redactText(`x ${value} y`)).toBe(`x ${REDACTED} y`);
  expect(await badTokens(token)).toBe(bad);
});

test('a token that is no JWT still gets a forged and an unsigned JWT', async () => {
  const bad = await badTokens(`opaque-${Date.now()}-token-value`);
  expect(decodeProtectedHeader(bad.wrongSignature).alg).toBe('RS256');
  expect(decodeJwt(bad.algNone).sub).toBe('wmct-forged');
  expect(bad.truncated.length).toBeLessThan(30);
});
