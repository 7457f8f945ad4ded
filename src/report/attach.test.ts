/**
 * The attachment choke point: whatever a test attaches — a target's raw /info answer echoing the
 * Authorization header included — is redacted and stays valid JSON; and no code but
 * src/report/attach.ts calls testInfo.attach (ESLint forbids it too; this test does not depend
 * on the lint configuration).
 */
import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REDACTED, registerSecret } from '../core/redact.ts';
import { PROJECT_ROOT } from '../config/load.ts';
import { attachRedacted, redactedBody } from './attach.ts';

const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

test('a JSON attachment (the wmct-info body echoing the token) is redacted and still JSON', () => {
  const token = `${b64url({ alg: 'RS256' })}.${b64url({ jti: randomBytes(8).toString('hex') })}.${randomBytes(32).toString('base64url')}`;
  registerSecret(token);
  const seen = {
    client: 'full',
    status: 200,
    body: { version: 'v1', authorization: `Bearer ${token}`, echo: { base64: Buffer.from(token).toString('base64'), split: `${token.slice(0, 30)}\n${token.slice(30)}` } },
  };
  const { body, contentType } = redactedBody({ json: seen });
  expect(contentType).toBe('application/json');
  expect(body).not.toContain(token.slice(0, 20));
  expect(JSON.parse(body)).toEqual({ client: 'full', status: 200, body: { version: 'v1', authorization: `Bearer ${REDACTED}`, echo: { base64: REDACTED, split: REDACTED } } });
  expect(JSON.parse(redactedBody({ json: seen, pretty: true }).body)).toEqual(JSON.parse(body));
  expect(redactedBody({ json: undefined }).body).toBe('null');
});

test('a text attachment is redacted, with its content type', () => {
  const secret = randomBytes(18).toString('base64url');
  registerSecret(secret);
  expect(redactedBody({ text: `client_secret=${secret}\n` })).toEqual({ body: `client_secret=${REDACTED}\n`, contentType: 'text/plain' });
  expect(redactedBody({ text: 'a: 1', contentType: 'application/yaml' }).contentType).toBe('application/yaml');
});

test('attachRedacted hands Playwright the redacted body and name', async ({}, testInfo) => {
  const secret = randomBytes(18).toString('base64url');
  registerSecret(secret);
  await attachRedacted(testInfo, `echo ${secret}`, { json: { detail: secret } });
  const attached = testInfo.attachments.at(-1);
  expect(attached?.name).toBe(`echo ${REDACTED}`);
  expect(attached?.body?.toString('utf8')).toBe(`{"detail":"${REDACTED}"}`);
});

test('no source file but src/report/attach.ts calls testInfo.attach — every attachment passes through redaction', () => {
  // Spelt in pieces, so that this file does not match itself.
  const call = new RegExp(['\\.', 'attach', '\\('].join(''));
  const sources = ['src', 'specs', 'reference', 'test'].flatMap((dir) =>
    readdirSync(join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(PROJECT_ROOT, dir, f)),
  );
  const callers = sources.filter((file) => call.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))).map((f) => relative(PROJECT_ROOT, f));
  expect(callers).toEqual([join('src', 'report', 'attach.ts')]);
});
