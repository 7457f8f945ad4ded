/**
 * Bad input, continued: misspelt settings and broken profiles (a typo never changes what a run
 * does), the banner every run starts with, targets that fail in transport or serve a document
 * built to exhaust the reader (each named for what it is, one line, exit 2 — in `npm run diff`
 * too), and the Swagger UI URL Camunda's docs give (followed to its document). Each row runs the
 * suite (or the diff command) in a child process against a reference target, through a scripted
 * front where the target must misbehave.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PROJECT_ROOT } from '../src/config/load.ts';
import type { RunningReferenceTarget } from '../reference/target.ts';
import { front, type Front, type FrontAnswer, type FrontRequest } from './support/front.ts';
import {
  expiredTokenEnv,
  startCli,
  startConformance,
  standaloneTarget,
  targetEnv,
  type ChildRun,
} from './support/standalone.ts';

interface Row {
  readonly name: string;
  /** Environment on top of the target's (or the front's) WM_* lines; '' leaves a setting unset. */
  readonly env?: (t: RunningReferenceTarget, base: string) => Record<string, string>;
  /** Answers of the front instead of the target (undefined: forwarded). */
  readonly front?: (req: FrontRequest) => FrontAnswer | undefined;
  /** Lines of a profile env/<random>.env the run uses (WM_ENV); joined with `eol`. */
  readonly profile?: { readonly lines: readonly string[]; readonly eol?: string; readonly bom?: boolean };
  /** The command: the suite (default) or the diff of the v1 baseline with the document the run would read. */
  readonly command?: 'conformance' | 'diff';
  readonly args?: readonly string[];
  readonly exit: number;
  /** The one line that must explain the exit (or, for a passing run, must be printed). */
  readonly line: RegExp;
  readonly after?: (run: ChildRun) => void;
}

const SSO_LOGIN = 'https://sso.example.test/login?next=%2Fapi';
const FAST = ['--grep', 'getInfo.*contract'];
/** The requests the run makes time out quickly. */
const SHORT_TIMEOUT = { WM_REQUEST_TIMEOUT_MS: '1500' };

function yamlAliasBomb(): string {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (const [i, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) {
    const previous = String.fromCharCode('a'.charCodeAt(0) + i);
    levels.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(',')}]`);
  }
  return `openapi: 3.0.3\ninfo: {title: bomb, version: "1"}\n${levels.join('\n')}\npaths: {}\n`;
}

const document =
  (answer: FrontAnswer) =>
  (req: FrontRequest): FrontAnswer | undefined =>
    req.path === '/v3/api-docs' ? answer : undefined;
const html = (body: string): FrontAnswer => ({
  status: 200,
  headers: { 'content-type': 'text/html' },
  body: `<!DOCTYPE html><html><head><title>Page</title></head><body>${body}</body></html>`,
});
const localhost = (base: string): string => base.replace('127.0.0.1', 'localhost');

/** A banner line of a run against a target on loopback. */
function bannerOf(mode: 'READ-WRITE' | 'READ-ONLY', profile = 'no profile'): RegExp {
  return new RegExp(`^wm-conformance: target http://127\\.0\\.0\\.1:\\d+ \\(${profile}, v1, ${mode}\\)$`);
}

const ROWS: readonly Row[] = [
  // Item 3: a typo never changes what a run does; every run says what it will do.
  {
    name: 'WM_READONLY=true in the environment',
    env: () => ({ WM_READONLY: 'true' }),
    exit: 2,
    line: /^wm-conformance: unknown setting WM_READONLY in the environment — did you mean WM_READ_ONLY\?$/,
  },
  {
    name: 'wm_read_only=true in the environment (letter case)',
    env: () => ({ wm_read_only: 'true' }),
    exit: 2,
    line: /^wm-conformance: unknown setting wm_read_only in the environment — names are upper case: did you mean WM_READ_ONLY\?$/,
  },
  {
    name: 'Wm_Base_Url in the environment',
    env: () => ({ Wm_Base_Url: 'http://127.0.0.1:9' }),
    exit: 2,
    line: /unknown setting Wm_Base_Url in the environment — names are upper case: did you mean WM_BASE_URL\?$/,
  },
  {
    name: 'WM_CLIENTSECRET in the environment',
    env: () => ({ WM_CLIENTSECRET: 'x' }),
    exit: 2,
    line: /unknown setting WM_CLIENTSECRET in the environment — did you mean WM_CLIENT_SECRET\?$/,
  },
  {
    name: 'a misspelt name in the profile',
    profile: { lines: ['# staging', 'WM_READONLY=true'] },
    exit: 2,
    line: /^wm-conformance: env\/wmct-test-[0-9a-f]+\.env line 2: unknown setting WM_READONLY — did you mean WM_READ_ONLY\?$/,
  },
  {
    name: 'a garbage line in the profile',
    profile: { lines: ['WM_READ_ONLY=true', 'read only, please'] },
    exit: 2,
    line: /^wm-conformance: env\/wmct-test-[0-9a-f]+\.env line 2 is neither KEY=VALUE, a comment nor blank$/,
  },
  {
    name: 'a profile line in the wrong form (KEY: VALUE)',
    profile: { lines: ['WM_READ_ONLY: true'] },
    exit: 2,
    line: /env\/wmct-test-[0-9a-f]+\.env line 1 is neither KEY=VALUE, a comment nor blank \(it starts with WM_READ_ONLY: write WM_READ_ONLY=value\)$/,
  },
  {
    name: 'a profile with a byte-order mark, CRLF, export and a quoted multi-line value (accepted): the banner says READ-ONLY',
    profile: {
      lines: ['# staging', 'export WM_READ_ONLY=true', 'WM_COLLABORATOR_EMAIL="alice@example.com,', 'bob@example.com"'],
      eol: '\r\n',
      bom: true,
    },
    args: FAST,
    exit: 0,
    line: bannerOf('READ-ONLY', 'profile wmct-test-[0-9a-f]+'),
  },
  { name: 'every run starts with one banner line (READ-WRITE)', args: FAST, exit: 0, line: bannerOf('READ-WRITE') },

  // Item 6: target failures are named for what they are.
  {
    name: 'the API hangs after /info',
    env: () => SHORT_TIMEOUT,
    front: (req) =>
      req.path.startsWith('/api/') && !(req.path.endsWith('/info') && req.nth === 1) ? { hang: true } : undefined,
    exit: 2,
    line: /^wm-conformance: target timed out: POST \/api\/v1\/projects\/search \(the run's start deletes what killed runs left behind\) did not answer within 1\.5 s \(WM_REQUEST_TIMEOUT_MS\)$/,
  },
  {
    name: 'searches answer 302 (to a login page)',
    front: (req) =>
      req.method === 'POST' && req.path.endsWith('/search')
        ? { status: 302, headers: { location: SSO_LOGIN } }
        : undefined,
    exit: 2,
    line: /^wm-conformance: target redirected: POST \/api\/v1\/projects\/search \(the run's start deletes what killed runs left behind\) answered 302 to https:\/\/sso\.example\.test\/login\?next=%2Fapi — redirects are not followed for API calls; WM_BASE_URL must be where the API answers \(another host: a login page of an SSO proxy in front of the API\?\)$/,
  },
  {
    name: '/info answers 302',
    front: (req) => (req.path.endsWith('/info') ? { status: 302, headers: { location: SSO_LOGIN } } : undefined),
    exit: 2,
    line: /^wm-conformance: target redirected: GET \/api\/v1\/info with the full client answered 302 to https:\/\/sso\.example\.test\/login/,
  },
  {
    name: 'searches answer 302 during the tests (read-only: no sweep at the start): a FAIL with the redirect in the report',
    env: () => ({ WM_READ_ONLY: 'true' }),
    front: (req) =>
      req.method === 'POST' && req.path.endsWith('/projects/search')
        ? { status: 302, headers: { location: SSO_LOGIN } }
        : undefined,
    args: ['--grep', 'searchProjects.*contract'],
    exit: 1,
    line: bannerOf('READ-ONLY'),
    after: (run) => {
      const report = readFileSync(join(run.reportsDir, 'compliance', 'compliance.json'), 'utf8');
      expect(report).toContain('"success-status"');
      expect(report).toContain(SSO_LOGIN);
    },
  },
  {
    name: 'searches hang during the tests (read-only): a FAIL of the transport check',
    env: () => ({ WM_READ_ONLY: 'true', ...SHORT_TIMEOUT }),
    front: (req) => (req.method === 'POST' && req.path.endsWith('/projects/search') ? { hang: true } : undefined),
    args: ['--grep', 'searchProjects.*contract'],
    exit: 1,
    line: bannerOf('READ-ONLY'),
    after: (run) => {
      const report: unknown = JSON.parse(readFileSync(join(run.reportsDir, 'compliance', 'compliance.json'), 'utf8'));
      expect(report).toMatchObject({ verdict: 'FAIL', failedChecks: ['transport'] });
    },
  },
  {
    name: 'the token endpoint answers 307',
    front: (req) =>
      req.path === '/token' ? { status: 307, headers: { location: '/realms/camunda/token' } } : undefined,
    exit: 2,
    line: /^wm-conformance: target redirected: token endpoint http:\/\/127\.0\.0\.1:\d+\/token answered 307 to http:\/\/127\.0\.0\.1:\d+\/realms\/camunda\/token — redirects are not followed/,
  },
  {
    name: 'the token endpoint hangs',
    env: () => SHORT_TIMEOUT,
    front: (req) => (req.path === '/token' ? { hang: true } : undefined),
    exit: 2,
    line: /^wm-conformance: target timed out: the token endpoint http:\/\/127\.0\.0\.1:\d+\/token did not answer within 1\.5 s \(WM_REQUEST_TIMEOUT_MS\) — check WM_OAUTH_TOKEN_URL$/,
  },
  {
    name: 'the live document is a YAML alias bomb',
    front: document({ status: 200, headers: { 'content-type': 'application/yaml' }, body: yamlAliasBomb() }),
    exit: 2,
    line: /^wm-conformance: document rejected: http:\/\/127\.0\.0\.1:\d+\/v3\/api-docs: its YAML aliases expand to more than 1000 nodes \(an alias bomb\?\)$/,
  },
  {
    name: 'the live document nests 100,000 levels deep (JSON)',
    front: document({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: `{"openapi": "3.0.3", "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    }),
    exit: 2,
    line: /^wm-conformance: document rejected: http:\/\/127\.0\.0\.1:\d+\/v3\/api-docs: nested deeper than 128 levels$/,
  },
  {
    name: 'the live document is larger than 16 MiB',
    front: document({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: `{"openapi": "3.0.3", "x": "${'x'.repeat(17 * 1024 * 1024)}"}`,
    }),
    exit: 2,
    line: /^wm-conformance: document rejected: http:\/\/127\.0\.0\.1:\d+\/v3\/api-docs is larger than 16 MiB/,
  },
  {
    name: 'the live document hangs mid-body',
    env: () => SHORT_TIMEOUT,
    front: document({ partial: '{"openapi": "3.0.3", "paths": {', contentType: 'application/json' }),
    exit: 2,
    line: /^wm-conformance: target timed out: the OpenAPI document http:\/\/127\.0\.0\.1:\d+\/v3\/api-docs did not arrive within 1\.5 s/,
  },
  {
    name: 'the document URL redirects in a loop',
    front: (req) =>
      req.path === '/v3/api-docs'
        ? { status: 302, headers: { location: '/v3/api-docs/' } }
        : req.path === '/v3/api-docs/'
          ? { status: 302, headers: { location: '/v3/api-docs' } }
          : undefined,
    exit: 2,
    line: /^wm-conformance: target redirected: http:\/\/127\.0\.0\.1:\d+\/v3\/api-docs redirects in a loop: /,
  },
  {
    name: 'the document URL redirects to another host (followed, and said)',
    front: (req) =>
      req.path === '/v3/api-docs' && !req.url.includes('moved')
        ? { status: 301, headers: { location: `${localhost(req.base)}/v3/api-docs?moved=1` } }
        : undefined,
    args: FAST,
    exit: 0,
    line: /; document http:\/\/localhost:\d+\/v3\/api-docs\?moved=1 \(redirected from http:\/\/127\.0\.0\.1:\d+\/v3\/api-docs\)$/,
  },
  {
    name: 'npm run diff names the alias bomb as the run does, exit 2',
    command: 'diff',
    front: document({ status: 200, headers: { 'content-type': 'application/yaml' }, body: yamlAliasBomb() }),
    exit: 2,
    line: /^wm-conformance: document rejected: http:\/\/127\.0\.0\.1:\d+\/v3\/api-docs: its YAML aliases expand to more than 1000 nodes/,
  },
  {
    name: 'npm run diff names a redirect loop as the run does, exit 2',
    command: 'diff',
    front: (req) => (req.path === '/v3/api-docs' ? { status: 302, headers: { location: '/v3/api-docs' } } : undefined),
    exit: 2,
    line: /^wm-conformance: target redirected: http:\/\/127\.0\.0\.1:\d+\/v3\/api-docs redirects in a loop/,
  },

  // Item 11: the Swagger UI URL of Camunda's docs.
  {
    name: 'WM_OPENAPI_URL is the Swagger UI page (springdoc: /swagger-ui.html → index → swagger-config → /v3/api-docs)',
    env: (t) => ({ WM_OPENAPI_URL: `${t.baseUrl}/swagger-ui.html` }),
    args: FAST,
    exit: 0,
    line: /^wm-conformance: target http:\/\/127\.0\.0\.1:\d+ \(no profile, v1, READ-WRITE\); document http:\/\/127\.0\.0\.1:\d+\/v3\/api-docs \(found through the Swagger UI page http:\/\/127\.0\.0\.1:\d+\/swagger-ui\.html\)$/,
  },
  {
    name: 'WM_BASE_URL is the Swagger UI page, no WM_OPENAPI_URL',
    env: (t) => ({ WM_BASE_URL: `${t.baseUrl}/swagger-ui.html`, WM_OPENAPI_URL: '' }),
    args: FAST,
    exit: 0,
    line: /^wm-conformance: target http:\/\/127\.0\.0\.1:\d+ \(no profile, v1, READ-WRITE\); document http:\/\/127\.0\.0\.1:\d+\/v3\/api-docs \(found through the Swagger UI page http:\/\/127\.0\.0\.1:\d+\/swagger-ui\.html\)$/,
  },
  {
    name: 'a swagger-config with several documents: the Web Modeler API one is chosen',
    env: (_t, base) => ({ WM_OPENAPI_URL: `${base}/swagger-ui.html` }),
    front: (req) =>
      req.path === '/v3/api-docs/swagger-config'
        ? {
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              urls: [
                { url: '/v3/api-docs/actuator', name: 'actuator' },
                { url: '/v3/api-docs', name: 'web-modeler' },
              ],
            }),
          }
        : req.path === '/v3/api-docs/actuator'
          ? {
              status: 200,
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                openapi: '3.0.1',
                info: { title: 'Actuator', version: '1' },
                paths: { '/actuator/health': { get: { responses: { 200: { description: 'OK' } } } } },
              }),
            }
          : undefined,
    args: FAST,
    exit: 0,
    line: /; document http:\/\/127\.0\.0\.1:\d+\/v3\/api-docs \(found through the Swagger UI page http:\/\/127\.0\.0\.1:\d+\/swagger-ui\.html\)$/,
  },
  {
    name: 'a Swagger UI page that names no document is refused',
    env: (_t, base) => ({ WM_OPENAPI_URL: `${base}/swagger-ui.html` }),
    front: (req) => (req.path === '/swagger-ui/index.html' ? html('<div id="swagger-ui"></div>') : undefined),
    exit: 2,
    line: /^wm-conformance: document rejected: http:\/\/127\.0\.0\.1:\d+\/swagger-ui\.html \(redirected to http:\/\/127\.0\.0\.1:\d+\/swagger-ui\/index\.html\) returned an HTML page, not an OpenAPI document, and the page names none \(no Swagger UI url, urls or configUrl\) — is WM_OPENAPI_URL right\?$/,
  },
  {
    name: 'an SSO login page behind a 302 from the document URL',
    front: (req) =>
      req.path === '/v3/api-docs'
        ? { status: 302, headers: { location: `${localhost(req.base)}/sso/login` } }
        : req.path === '/sso/login'
          ? html('<form>user, password</form>')
          : undefined,
    exit: 2,
    line: /^wm-conformance: document rejected: http:\/\/127\.0\.0\.1:\d+\/v3\/api-docs \(redirected to http:\/\/localhost:\d+\/sso\/login\) returned an HTML page, not an OpenAPI document, .*\(a login page\? the document must be readable without a token\)/,
  },
];

/** Writes env/wmct-test-<random>.env and returns its name. */
function writeProfile(profile: NonNullable<Row['profile']>): { name: string; file: string } {
  const name = `wmct-test-${randomBytes(6).toString('hex')}`;
  const file = join(PROJECT_ROOT, 'env', `${name}.env`);
  const eol = profile.eol ?? '\n';
  writeFileSync(file, `${profile.bom === true ? '\uFEFF' : ''}${profile.lines.join(eol)}${eol}`);
  return { name, file };
}

test.describe.configure({ mode: 'parallel' });

for (const row of ROWS) {
  test(`bad input: ${row.name}`, async () => {
    const target = await standaloneTarget();
    const scripted: Front | undefined = row.front === undefined ? undefined : await front(target, row.front);
    const profile = row.profile === undefined ? undefined : writeProfile(row.profile);
    try {
      const base = scripted?.baseUrl ?? target.baseUrl;
      const env: Record<string, string> = {
        ...targetEnv(target),
        // Given, as a user may: no row is about where the expired token comes from (the run would wait out the short-lived client's).
        ...(await expiredTokenEnv(target)),
        ...(scripted?.env ?? {}),
        ...(profile === undefined ? {} : { WM_ENV: profile.name }),
        ...(row.env?.(target, base) ?? {}),
      };
      const run =
        row.command === 'diff'
          ? startCli(null, 'src/cli/diff.ts', [
              join(PROJECT_ROOT, 'schemas', 'baselines', 'v1.json'),
              env.WM_OPENAPI_URL ?? `${base}/v3/api-docs`,
            ])
          : startConformance(target, row.args ?? [], env);
      const { code } = await run.exited;
      const output = run.output();
      expect(code, output.slice(-3000)).toBe(row.exit);
      // A run that fails (exit 1) shows Playwright's report of the failed test, whose scenario
      // error carries its frames; setup problems and passing runs never print one.
      if (row.exit !== 1) expect(output, 'no stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(output, 'never an internal error').not.toContain('internal error');
      const lines = output.split('\n').filter((l) => row.line.test(l));
      expect(lines.length, `one line matching ${String(row.line)} in:\n${output.slice(-3000)}`).toBe(1);
      if (row.exit === 2) {
        expect(output, 'a setup problem reports no test results').not.toMatch(/\d+ (passed|failed)/);
        expect(lines[0]).toMatch(/^wm-conformance: /);
      }
      if (row.command !== 'diff' && row.exit !== 2) {
        expect(
          output.split('\n').filter((l) => l.startsWith('wm-conformance: target ')),
          'exactly one banner line',
        ).toHaveLength(1);
      }
      row.after?.(run);
    } finally {
      if (profile !== undefined) rmSync(profile.file, { force: true });
      await scripted?.stop();
      await target.stop();
    }
  });
}
