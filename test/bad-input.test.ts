/**
 * Bad input: each row is a way a configuration, a target or an issuer goes wrong, with the one
 * line the suite must print and its exit code — or, for inputs a real target may legitimately
 * serve (YAML, recursive schemas, no operationId, no expires_in, opaque tokens), a run that
 * works. Never a stack trace, never a green run of zero tests.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { RunningReferenceTarget } from '../reference/target.ts';
import { doctor, json, parseObject, type DoctorOptions } from './support/doctored.ts';
import { expiredTokenEnv, startConformance, standaloneTarget, targetEnv, type ChildRun } from './support/standalone.ts';

interface Row {
  readonly name: string;
  /** Environment on top of the target's WM_* lines (a value of '' unsets the variable). */
  readonly env?: (t: RunningReferenceTarget, dir: string) => Record<string, string>;
  readonly doctor?: DoctorOptions;
  readonly args?: readonly string[];
  /** The exit code, and the line that must explain it (absent: the run must pass). */
  readonly exit: number;
  readonly line?: RegExp;
  readonly after?: (run: ChildRun) => void;
  /**
   * The row is about the issuer's tokens: the run gets its expired token as it would by itself
   * (the short-lived client's token, waited out). Every other row's run is given one
   * (WM_EXPIRED_TOKEN) and does not wait.
   */
  readonly ownExpiredToken?: true;
}

type Doc = Record<string, unknown>;

function edited(real: string, change: (doc: Doc) => void): string {
  const doc = parseObject(real);
  change(doc);
  return JSON.stringify(doc);
}

function pathItem(doc: Doc, path: string): Record<string, unknown> {
  const paths = parseObject(JSON.stringify(doc.paths));
  return parseObject(JSON.stringify(paths[path]));
}

/** Replaces doc.paths[path].get with `change(get)`. */
function withGet(doc: Doc, path: string, change: (get: Record<string, unknown>) => void): void {
  const paths = parseObject(JSON.stringify(doc.paths));
  const item = pathItem(doc, path);
  const get = parseObject(JSON.stringify(item.get));
  change(get);
  paths[path] = { ...item, get };
  doc.paths = paths;
}

function infoFailsAfterPreflight(): NonNullable<DoctorOptions['api']> {
  let infos = 0;
  return ({ method, path }) => {
    if (method !== 'GET' || !path.endsWith('/info') || ++infos === 1) return undefined;
    return {
      status: 500,
      contentType: 'application/problem+json',
      body: JSON.stringify({ title: 'Internal Server Error', status: 500 }),
    };
  };
}

const answer =
  (status: number, contentType: string, body: string): DoctorOptions['document'] =>
  () => ({ status, contentType, body });

function file(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const ROWS: readonly Row[] = [
  {
    name: 'unreachable target',
    env: () => ({ WM_BASE_URL: 'http://127.0.0.1:9', WM_OPENAPI_URL: '' }),
    exit: 2,
    line: /cannot fetch the OpenAPI document from http:\/\/127\.0\.0\.1:9\/v3\/api-docs: connection refused/,
  },
  {
    name: 'HTML instead of a JSON document',
    doctor: { document: answer(200, 'text/html', '<!doctype html><html><body>Login</body></html>') },
    exit: 2,
    line: /HTML page, not an OpenAPI document/,
  },
  {
    name: 'truncated JSON document',
    doctor: {
      document: (real) => ({
        status: 200,
        contentType: 'application/json',
        body: real.slice(0, Math.floor(real.length / 2)),
      }),
    },
    exit: 2,
    line: /JSON/,
  },
  {
    name: 'YAML document (accepted)',
    doctor: {
      document: (real) => ({ status: 200, contentType: 'application/yaml', body: stringify(JSON.parse(real)) }),
    },
    args: ['--grep', '@info'],
    exit: 0,
  },
  {
    name: 'OpenAPI 2.0 document',
    doctor: { document: () => json({ swagger: '2.0', info: { title: 'x', version: '1' }, paths: {} }) },
    exit: 2,
    line: /OpenAPI 2\.0 \(Swagger\) documents are not supported/,
  },
  {
    name: 'dangling $ref',
    doctor: {
      document: (real) =>
        json(
          parseObject(
            edited(real, (d) => {
              withGet(
                d,
                '/api/v1/info',
                (get) =>
                  (get.responses = {
                    200: {
                      description: 'OK',
                      content: { 'application/json': { schema: { $ref: '#/components/schemas/Missing' } } },
                    },
                  }),
              );
            }),
          ),
        ),
    },
    exit: 2,
    line: /#\/components\/schemas\/Missing/,
  },
  {
    name: 'recursive schemas (accepted)',
    doctor: {
      document: (real) =>
        json(
          parseObject(
            edited(real, (d) => {
              const components = parseObject(JSON.stringify(d.components));
              const schemas = parseObject(JSON.stringify(components.schemas));
              schemas.Tree = {
                type: 'object',
                properties: {
                  name: { type: 'string' },
                  children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } },
                },
              };
              d.components = { ...components, schemas };
            }),
          ),
        ),
    },
    args: ['--grep', '@info'],
    exit: 0,
  },
  {
    name: 'operation without operationId (tested, named by method and path)',
    doctor: {
      document: (real) =>
        json(
          parseObject(
            edited(real, (d) => {
              withGet(d, '/api/v1/info', (get) => delete get.operationId);
            }),
          ),
        ),
    },
    args: ['--grep', '@info'],
    exit: 0,
    after: (run) => {
      const report = readFileSync(join(run.reportsDir, 'compliance', 'compliance.json'), 'utf8');
      expect(report).toContain('GET /api/v1/info · GET /api/v1/info · contract');
    },
  },
  {
    name: 'document without operations',
    doctor: { document: (real) => json(parseObject(edited(real, (d) => (d.paths = {})))) },
    exit: 2,
    line: /no operations/,
  },
  {
    name: 'document URL answers 404',
    doctor: { document: answer(404, 'application/json', '{}') },
    exit: 2,
    line: /answered 404 — check WM_OPENAPI_URL/,
  },
  {
    name: 'target still starting, ready within --wait-for-target (accepted)',
    doctor: {
      document: (real, nth) =>
        nth <= 2
          ? { status: 503, contentType: 'text/plain', body: 'starting' }
          : { status: 200, contentType: 'application/json', body: real },
    },
    args: ['--wait-for-target', '30', '--grep', '@info'],
    exit: 0,
  },
  {
    name: 'rate-limited target: 429 with Retry-After is retried and counted (accepted)',
    doctor: {
      api: ({ nth }) =>
        nth % 3 === 1
          ? { status: 429, contentType: 'application/json', body: '{}', headers: { 'retry-after': '0' } }
          : undefined,
    },
    args: ['--grep', '@info'],
    exit: 0,
    after: (run) => {
      const report = parseObject(readFileSync(join(run.reportsDir, 'compliance', 'compliance.json'), 'utf8'));
      expect(parseObject(JSON.stringify(report.counts)).retries).toBeGreaterThan(0);
    },
  },
  {
    name: 'a 500 is never retried into a pass',
    // The preflight's GET /info (the first) succeeds; every later one answers 500.
    doctor: { api: infoFailsAfterPreflight() },
    args: ['--grep', 'getInfo.*contract'],
    exit: 1,
    after: (run) => {
      const report = parseObject(readFileSync(join(run.reportsDir, 'compliance', 'compliance.json'), 'utf8'));
      expect(report.failedChecks).toEqual(['success-status']);
      expect(parseObject(JSON.stringify(report.counts)).retries).toBe(0);
    },
  },
  {
    name: 'target still starting after --wait-for-target',
    doctor: { document: answer(503, 'text/plain', 'starting') },
    args: ['--wait-for-target', '2'],
    exit: 2,
    line: /still failing after waiting 2 s/,
  },
  {
    name: 'unknown WM_ENV',
    env: () => ({ WM_ENV: 'no-such-profile' }),
    exit: 2,
    line: /WM_ENV=no-such-profile: env\/no-such-profile\.env does not exist/,
  },
  {
    name: 'malformed WM_BASE_URL',
    env: () => ({ WM_BASE_URL: 'modeler dot example' }),
    exit: 2,
    line: /WM_BASE_URL="modeler dot example" is not a URL/,
  },
  {
    name: 'malformed WM_OAUTH_TOKEN_URL',
    env: () => ({ WM_OAUTH_TOKEN_URL: 'ftp://issuer/token' }),
    exit: 2,
    line: /WM_OAUTH_TOKEN_URL="ftp:\/\/issuer\/token" must be an http/,
  },
  {
    name: 'WM_BASE_URL without a token endpoint',
    env: () => ({ WM_OAUTH_TOKEN_URL: '' }),
    exit: 2,
    line: /WM_OAUTH_TOKEN_URL is missing/,
  },
  {
    name: 'missing client secret',
    env: () => ({ WM_CLIENT_SECRET: '' }),
    exit: 2,
    line: /WM_CLIENT_SECRET is missing \(WM_CLIENT_ID is set\)/,
  },
  {
    name: 'wrong client secret',
    env: () => ({ WM_CLIENT_SECRET: 'not-the-secret' }),
    exit: 2,
    line: /the issuer refused client "wmct-full" \(full\): invalid_client — check WM_CLIENT_ID and WM_CLIENT_SECRET/,
  },
  {
    name: 'token endpoint answers HTML',
    doctor: { token: () => ({ status: 200, contentType: 'text/html', body: '<html><body>Sign in</body></html>' }) },
    exit: 2,
    line: /token endpoint .* answered 200 with an HTML page/,
  },
  {
    name: 'token response without expires_in (accepted)',
    doctor: {
      token: (real) => ({ ...real, body: JSON.stringify({ ...parseObject(real.body), expires_in: undefined }) }),
    },
    args: ['--grep', '@info'],
    exit: 0,
    ownExpiredToken: true,
  },
  {
    name: 'opaque (non-JWT) tokens (accepted)',
    doctor: { opaqueTokens: true },
    args: ['--grep', '@info'],
    exit: 0,
    ownExpiredToken: true,
  },
  {
    name: 'full client without the Web Modeler audience',
    env: (t) => ({ WM_CLIENT_ID: t.clients.foreign.id, WM_CLIENT_SECRET: t.clients.foreign.secret }),
    exit: 2,
    line: /GET \/api\/v1\/info with the full client answered 401 — .*audience/,
  },
  {
    name: 'WM_REFERENCE_FAULTS with a real target',
    env: () => ({ WM_REFERENCE_FAULTS: 'soft-delete' }),
    exit: 2,
    line: /WM_REFERENCE_FAULTS only applies to the embedded target/,
  },
  {
    name: 'unknown fault for the embedded target',
    env: () => ({
      WM_BASE_URL: '',
      WM_OPENAPI_URL: '',
      WM_OAUTH_TOKEN_URL: '',
      WM_CLIENT_ID: '',
      WM_CLIENT_SECRET: '',
      WM_LIMITED_CLIENT_ID: '',
      WM_LIMITED_CLIENT_SECRET: '',
      WM_FOREIGN_CLIENT_ID: '',
      WM_FOREIGN_CLIENT_SECRET: '',
      WM_SHORT_LIVED_CLIENT_ID: '',
      WM_SHORT_LIVED_CLIENT_SECRET: '',
      WM_EXPIRED_TOKEN: '',
      WM_REFERENCE_FAULTS: 'no-such-fault',
    }),
    exit: 2,
    line: /WM_REFERENCE_FAULTS: unknown fault no-such-fault/,
  },
  {
    name: 'WM_MAX_CONCURRENCY not a number',
    env: () => ({ WM_MAX_CONCURRENCY: 'lots' }),
    exit: 2,
    line: /WM_MAX_CONCURRENCY="lots" must be a whole number/,
  },
  {
    name: 'WM_READ_ONLY not a boolean',
    env: () => ({ WM_READ_ONLY: 'maybe' }),
    exit: 2,
    line: /WM_READ_ONLY="maybe" must be true or false/,
  },
  {
    name: 'known-deviations file invalid',
    env: (_t, dir) => ({
      WM_KNOWN_DEVIATIONS: file(dir, 'deviations.json', '[{"operationId": 1, "check": "schema"}]'),
    }),
    exit: 2,
    line: /deviations\.json is not a known-deviations file/,
  },
  {
    name: 'known-deviations entry with an unknown check',
    env: (_t, dir) => ({
      WM_KNOWN_DEVIATIONS: file(
        dir,
        'deviations.json',
        '[{"operationId": "*", "check": "strict-nulable", "reason": "typo"}]',
      ),
    }),
    exit: 2,
    line: /deviations\.json: entry 1 names the unknown check "strict-nulable"/,
  },
  {
    name: 'known-deviations file missing',
    env: (_t, dir) => ({ WM_KNOWN_DEVIATIONS: join(dir, 'nothing-here.json') }),
    exit: 2,
    line: /WM_KNOWN_DEVIATIONS: .*nothing-here\.json does not exist/,
  },
  {
    name: 'baseline file missing',
    env: (_t, dir) => ({ WM_BASELINE: join(dir, 'no-baseline.json') }),
    exit: 2,
    line: /no-baseline\.json/,
  },
  {
    name: 'baseline file invalid',
    env: (_t, dir) => ({ WM_BASELINE: file(dir, 'baseline.json', '{"not": "an OpenAPI document"}') }),
    exit: 2,
    line: /baseline\.json/,
  },
  {
    name: 'breaking-change ignore file invalid',
    env: (_t, dir) => ({ WM_BREAKING_IGNORE: file(dir, 'ignore.json', '{"id": "x"}') }),
    exit: 2,
    line: /ignore\.json/,
  },
  {
    name: '--wait-for-target without a number',
    args: ['--wait-for-target', 'soon'],
    exit: 2,
    line: /--wait-for-target "soon" must be a number of seconds/,
  },
  {
    name: 'a selection that matches no test is not a green run',
    args: ['--grep', 'no-operation-is-called-like-this'],
    exit: 1,
    line: /No tests found/,
  },
];

test.describe.configure({ mode: 'parallel' });

for (const row of ROWS) {
  test(`bad input: ${row.name}`, async () => {
    const target = await standaloneTarget();
    const front = row.doctor === undefined ? undefined : await doctor(target, row.doctor);
    try {
      const dir = mkdtempSync(join(tmpdir(), 'wmct-bad-'));
      const env = {
        ...targetEnv(target),
        // One worker, as a user may set: the runs that start tests run a handful (--grep), and a
        // second worker's start would cost more than it saves.
        WM_MAX_CONCURRENCY: '1',
        ...(row.ownExpiredToken === true ? {} : await expiredTokenEnv(target)),
        ...(front?.env ?? {}),
        ...(row.env?.(target, dir) ?? {}),
      };
      const run = startConformance(target, row.args ?? [], env);
      const { code } = await run.exited;
      const output = run.output();
      expect(code, output.slice(-3000)).toBe(row.exit);
      expect(output, 'no stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      if (row.line !== undefined) {
        const lines = output.split('\n').filter((l) => row.line?.test(l) === true);
        expect(lines.length, `one line matching ${String(row.line)} in:\n${output.slice(-3000)}`).toBe(1);
        if (row.exit === 2) {
          expect(output, 'a setup problem reports no test results').not.toMatch(/\d+ (passed|failed)/);
          expect(lines[0]).toMatch(/^wm-conformance: /);
        }
      }
      row.after?.(run);
    } finally {
      await front?.stop();
      await target.stop();
    }
  });
}
