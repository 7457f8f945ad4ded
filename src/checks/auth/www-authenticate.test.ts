/** Tests for www-authenticate: the challenge parser and the RFC 6750 verdict. */
import { expect, test } from '@playwright/test';
import { judgeChallenge, parseChallenges, wwwAuthenticate } from './www-authenticate.ts';

test('challenges are parsed: scheme, token and quoted params, several challenges', () => {
  expect(parseChallenges('Bearer')).toEqual([{ scheme: 'bearer', params: {} }]);
  expect(
    parseChallenges('Bearer realm="wm", error="invalid_token", error_description="Jwt expired, really \\"now\\""'),
  ).toEqual([
    {
      scheme: 'bearer',
      params: { realm: 'wm', error: 'invalid_token', error_description: 'Jwt expired, really "now"' },
    },
  ]);
  expect(parseChallenges('Basic realm="x", Bearer error=invalid_token')).toEqual([
    { scheme: 'basic', params: { realm: 'x' } },
    { scheme: 'bearer', params: { error: 'invalid_token' } },
  ]);
  expect(parseChallenges('')).toEqual([]);
});

test('a 401 without a token needs a Bearer challenge; with a refused token, error="invalid_token"', () => {
  expect(judgeChallenge('Bearer', false, 'x').ok).toBe(true);
  expect(judgeChallenge('bearer error="invalid_token"', true, 'x').ok).toBe(true);
  expect(judgeChallenge('Basic realm="x", Bearer error="invalid_token"', true, 'x').ok).toBe(true);
  expect(judgeChallenge(undefined, false, 'x')).toMatchObject({
    ok: false,
    message: 'x: the 401 carries no WWW-Authenticate header',
    actual: 'none',
  });
  expect(judgeChallenge('Basic realm="x"', false, 'x')).toMatchObject({ ok: false, expected: 'Bearer' });
  expect(judgeChallenge('Bearer', true, 'x')).toMatchObject({ ok: false, expected: 'Bearer error="invalid_token"' });
  expect(judgeChallenge('Bearer error="insufficient_scope"', true, 'x').ok).toBe(false);
});

test('the definition judges through judgeChallenge', () => {
  expect(wwwAuthenticate.judge({ header: 'Bearer error="invalid_token"', tokenSent: true, what: 'x' }).ok).toBe(true);
  expect(wwwAuthenticate.judge({ header: undefined, tokenSent: false, what: 'x' }).ok).toBe(false);
  expect(wwwAuthenticate).toMatchObject({ id: 'www-authenticate', family: 'auth' });
});
