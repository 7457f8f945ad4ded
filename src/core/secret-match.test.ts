/**
 * Tests for the secret finder: a secret is found as is, escaped, encoded and split, each finding
 * is the range of the original text that carried it, and plain text is left alone.
 */
import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { findSecrets, GARBAGE_TOKEN, JWT_PATTERN, maskFound, type Needle, type SecretPattern } from './secret-match.ts';

const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const TOKEN = `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url({ sub: 'service-account-wmct-full', aud: 'web-modeler-public-api' })}.${randomBytes(64).toString('base64url')}`;
const SECRET = `s3cr3t-${randomBytes(12).toString('base64url')}`;
const NEEDLES: readonly Needle[] = [
  { value: TOKEN, what: 'the token' },
  { value: SECRET, what: 'the client secret' },
];
const PATTERNS: readonly SecretPattern[] = [
  { name: 'a JWT', pattern: JWT_PATTERN },
  { name: 'a garbage token', pattern: GARBAGE_TOKEN },
];

function masked(text: string, patterns: readonly SecretPattern[] = []): string {
  return maskFound(text, findSecrets(text, NEEDLES, patterns), '#');
}

const b64 = (s: string): string => Buffer.from(s).toString('base64');

test('a secret is found as is, and the finding is exactly its range', () => {
  const text = `before ${SECRET} after`;
  expect(findSecrets(text, NEEDLES, [])).toEqual([{ start: 7, end: 7 + SECRET.length, what: 'the client secret' }]);
  expect(masked(text)).toBe('before # after');
});

test('escaped forms: JSON (once and nested), \\u escapes, percent-encoding (either case), HTML references', () => {
  const unicode = Array.from(TOKEN)
    .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('');
  const cases = [
    JSON.stringify({ detail: `Bearer ${TOKEN}` }),
    JSON.stringify(JSON.stringify(JSON.stringify({ detail: `${TOKEN.slice(0, 30)}\n${TOKEN.slice(30)}` }))),
    `{"detail":"${unicode}"}`,
    `?authorization=${encodeURIComponent(`Bearer ${TOKEN}`)}`,
    `?secret=${Array.from(SECRET)
      .map((c) => `%${c.charCodeAt(0).toString(16)}`)
      .join('')}`,
    `<td>${Array.from(SECRET)
      .map((c) => `&#${c.charCodeAt(0)};`)
      .join('')}</td>`,
    `<td>${SECRET.replace(/-/g, '&#x2d;')}</td>`,
  ];
  for (const text of cases)
    expect(masked(text), text).not.toMatch(
      new RegExp(`${TOKEN.slice(0, 12)}|${SECRET.slice(0, 12)}|%[0-9a-f]{2}%[0-9a-f]{2}%|&#\\d+;&#`),
    );
  for (const text of cases) expect(findSecrets(text, NEEDLES, []).length, text).toBeGreaterThan(0);
});

test('split across lines (real or escaped, indented) and, for exact secrets, by any whitespace', () => {
  for (const text of [
    `${TOKEN.slice(0, 40)}\n${TOKEN.slice(40)}`,
    `${TOKEN.slice(0, 40)}\r\n    ${TOKEN.slice(40, 90)}\n\t${TOKEN.slice(90)}`,
    `"${TOKEN.slice(0, 40)}\\n${TOKEN.slice(40)}"`,
    `${SECRET.slice(0, 5)} ${SECRET.slice(5, 9)}  ${SECRET.slice(9)}`,
  ]) {
    expect(masked(text).replace(/\s/g, ''), text).toMatch(/^"?#"?$/);
  }
});

test('base64, base64url and hex, at any alignment, inside a longer encoded text, wrapped across lines, nested', () => {
  const cases = [
    `X-Echo: ${b64(`Bearer ${TOKEN}`)}`,
    `x=${Buffer.from(`id:${SECRET}`).toString('base64url')}`,
    ...[1, 2, 3].map((pad) => `y=${b64(`${'-'.repeat(pad)}${SECRET} and more text`)}`),
    `wrapped:\n${b64(`Basic ${b64(`id:${SECRET}`)}`).replace(/(.{16})/g, '$1\n')}`,
    `nested=${b64(JSON.stringify({ inner: b64(SECRET) }))}`,
    `url=${encodeURIComponent(b64(`token ${TOKEN} end`))}`,
    `hex=${Buffer.from(`x ${SECRET}`).toString('hex')}`,
    `hex, odd start=a${Buffer.from(`Bearer ${TOKEN}`).toString('hex')}`,
  ];
  for (const text of cases) {
    const found = findSecrets(text, NEEDLES, []);
    expect(found.length, text).toBeGreaterThan(0);
    expect(
      found.some((f) => f.what.endsWith('(encoded)')),
      text,
    ).toBe(true);
  }
  // The whole run is the finding; what is around it stays.
  expect(masked(`before ${b64(`Bearer ${TOKEN}`)} after`)).toBe('before # after');
});

test('patterns are found whatever their value, also split across lines; masking merges overlapping findings', () => {
  const jwt = `eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.${'a'.repeat(20)}`;
  expect(masked(`a ${jwt} b`, PATTERNS)).toBe('a # b');
  expect(masked(`a ${jwt.slice(0, 25)}\n  ${jwt.slice(25)} b`, PATTERNS)).toBe('a # b');
  expect(masked(`g wmct-garbage-${'x'.repeat(30)}`, PATTERNS)).toBe('g #');
  expect(masked(`${TOKEN}${SECRET}`, PATTERNS)).toBe('#');
  expect(
    maskFound(
      'abcdef',
      [
        { start: 1, end: 3, what: 'x' },
        { start: 2, end: 5, what: 'y' },
      ],
      '#',
    ),
  ).toBe('a#f');
});

test('plain text, ids, names, short values and near misses are left alone', () => {
  const plain = [
    'uuid 3f2a9c1e-1b2c-4d5e-8f90-123456789abc in /api/v1/projects/3f2a9c1e-1b2c-4d5e-8f90-123456789abc',
    'name wmct-20260101T000000-abc123-w0t1-project, application/problem+json',
    '{"title":"Unauthorized","status":401,"detail":"Bearer token is malformed"}',
    'eyJust a word. not.a token',
    SECRET.slice(0, -1),
  ];
  for (const text of plain) expect(findSecrets(text, NEEDLES, PATTERNS), text).toEqual([]);
  expect(findSecrets('abc12 abc12', [{ value: 'abc12', what: 'too short' }], [])).toEqual([]);
});
