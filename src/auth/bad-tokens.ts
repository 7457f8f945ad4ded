/**
 * Crafted bad tokens, made from the full client's real token with jose (no hand-rolled crypto):
 *   wrongSignature — the same header claims and payload, re-signed with a key pair generated
 *                    here, which the issuer never published;
 *   algNone        — the same claims, unsigned (`alg: none`);
 *   truncated      — the real token with half of its signature cut off;
 *   garbage        — random text that is no JWT at all;
 *   empty          — nothing after "Bearer ".
 * Every token is registered as a secret before it is returned, so it is masked wherever it
 * would be recorded. Made once per worker and real token (key generation takes a moment).
 */
import { randomBytes } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT, UnsecuredJWT, type JWTPayload } from 'jose';
import { registerSecret } from '../core/redact.ts';
import { GARBAGE_TOKEN } from '../core/secret-match.ts';

export interface BadTokens {
  readonly wrongSignature: string;
  readonly algNone: string;
  readonly truncated: string;
  readonly garbage: string;
  readonly empty: string;
}

/** The garbage token's form (src/core/secret-match.ts): redaction and the secret scan find it whatever its random part. */
export { GARBAGE_TOKEN };

const SIGNING_ALGS = new Set([
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
]);

/** The real token's claims; for a token that is no JWT, claims of a plausible token of the same lifetime. */
function claimsOf(real: string): JWTPayload {
  try {
    return decodeJwt(real);
  } catch {
    const now = Math.floor(Date.now() / 1000);
    return { sub: 'wmct-forged', iat: now, exp: now + 300 };
  }
}

function headerOf(real: string): { alg: string; kid?: string; typ?: string } {
  try {
    const header = decodeProtectedHeader(real);
    const alg = header.alg !== undefined && SIGNING_ALGS.has(header.alg) ? header.alg : 'RS256';
    return {
      alg,
      ...(header.kid === undefined ? {} : { kid: header.kid }),
      ...(header.typ === undefined ? {} : { typ: header.typ }),
    };
  } catch {
    return { alg: 'RS256', typ: 'JWT' };
  }
}

/** Same claims and key id, signed with a key the issuer never published. */
async function resigned(real: string): Promise<string> {
  const header = headerOf(real);
  const { privateKey } = await generateKeyPair(header.alg);
  return new SignJWT(claimsOf(real)).setProtectedHeader(header).sign(privateKey);
}

function truncatedOf(real: string): string {
  const parts = real.split('.');
  const signature = parts[2];
  if (parts.length !== 3 || signature === undefined || signature.length < 2)
    return real.slice(0, Math.ceil(real.length / 2));
  return `${parts[0] ?? ''}.${parts[1] ?? ''}.${signature.slice(0, Math.floor(signature.length / 2))}`;
}

async function craft(real: string): Promise<BadTokens> {
  const tokens: BadTokens = {
    wrongSignature: await resigned(real),
    algNone: new UnsecuredJWT(claimsOf(real)).encode(),
    truncated: truncatedOf(real),
    garbage: `wmct-garbage-${randomBytes(24).toString('base64url')}`,
    empty: '',
  };
  for (const token of [tokens.wrongSignature, tokens.algNone, tokens.truncated, tokens.garbage]) registerSecret(token);
  return tokens;
}

const made = new Map<string, Promise<BadTokens>>();

/** The bad tokens made from this real token (once per process). */
export function badTokens(real: string): Promise<BadTokens> {
  registerSecret(real);
  let tokens = made.get(real);
  if (tokens === undefined) {
    tokens = craft(real);
    made.set(real, tokens);
  }
  return tokens;
}
