/** Tests for the config loader: defaults, WM_ENV profiles under real variables, and every UsageError (one line, exit 2). */
import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { UsageError } from '../core/errors.ts';
import { loadConfig, parsePermissions, PROJECT_ROOT, resolveEnvironment } from './load.ts';

type Env = Record<string, string | undefined>;

/** The smallest valid configuration of a real target. */
const REMOTE: Env = {
  WM_BASE_URL: 'https://modeler.example.com',
  WM_OAUTH_TOKEN_URL: 'https://issuer.example.com/token',
  WM_CLIENT_ID: 'wmct-full',
  WM_CLIENT_SECRET: 'placeholder-secret',
};

function usageErrorOf(env: Env): UsageError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted the configuration');
}

/** loadConfig(env) fails with exactly `message`, on one line, with exit code 2. */
function expectUsage(env: Env, message: string): void {
  const error = usageErrorOf(env);
  expect(error.message).toBe(message);
  expect(error.message).not.toContain('\n');
  expect(error.exitCode).toBe(2);
}

test('no variables: the embedded target with the defaults', () => {
  expect(PROJECT_ROOT).toBe(resolve(import.meta.dirname, '..', '..'));
  expect(loadConfig({})).toEqual({
    envName: null,
    baseUrl: null,
    openapiUrl: null,
    v2BaseUrl: null,
    v2OpenapiUrl: null,
    apis: null,
    tokenUrl: null,
    audience: null,
    clients: {},
    expiredToken: null,
    readOnly: false,
    targetKind: 'self-managed',
    allowOrganizationChanges: false,
    maxExpiryWaitSeconds: 60,
    foreignTokenStatus: 401,
    expectedPermissions: {},
    permissionOverrides: {},
    collaboratorEmail: null,
    baseline: null,
    knownDeviationsFile: join(PROJECT_ROOT, 'schemas', 'known-deviations.json'),
    knownDeviationsSet: false,
    breakingIgnoreFile: join(PROJECT_ROOT, 'schemas', 'breaking-ignore.json'),
    gateFailOn: 'ERR',
    gateImplicitRequired: true,
    reportsDir: join(PROJECT_ROOT, 'reports'),
    maxConcurrency: 2,
    requestTimeoutMs: 30_000,
    maxRetries: 3,
    sweepMinAgeMinutes: 60,
    tokenCacheFile: join(homedir(), '.cache', 'wm-conformance', 'tokens.json'),
    referenceFaults: [],
    referenceGeneration: 'v1',
    referenceLatencyMs: 0,
    waitForTargetSeconds: 0,
    suiteVersion: '0.1.0',
  });
});

test('a real target with every client and setting', () => {
  const config = loadConfig({
    ...REMOTE,
    WM_BASE_URL: ' https://modeler.example.com/// ',
    WM_OPENAPI_URL: 'http://modeler.example.com/v3/api-docs',
    WM_OAUTH_AUDIENCE: 'web-modeler-public-api',
    WM_LIMITED_CLIENT_ID: 'wmct-read',
    WM_LIMITED_CLIENT_SECRET: 'placeholder-2',
    WM_FOREIGN_CLIENT_ID: 'wmct-foreign',
    WM_FOREIGN_CLIENT_SECRET: 'placeholder-3',
    WM_SHORT_LIVED_CLIENT_ID: 'wmct-short',
    WM_SHORT_LIVED_CLIENT_SECRET: 'placeholder-4',
    WM_EXPIRED_TOKEN: 'eyJ.expired',
    WM_EXPECT_PERMISSIONS_FULL: 'create:*, read:* update:*,delete:*',
    WM_EXPECT_PERMISSIONS_LIMITED: 'read',
    WM_EXPECT_PERMISSIONS_FOREIGN: 'none',
    WM_READ_ONLY: 'YES',
    WM_FOREIGN_TOKEN_STATUS: '403',
    WM_MAX_EXPIRY_WAIT: '0',
    WM_MAX_CONCURRENCY: '64',
    WM_REQUEST_TIMEOUT_MS: '100',
    WM_MAX_RETRIES: '0',
    WM_SWEEP_MIN_AGE_MINUTES: '5',
    WM_COLLABORATOR_EMAIL: 'alice@example.com',
    WM_BASELINE: 'schemas/baselines/v1.json',
    WM_KNOWN_DEVIATIONS: 'custom/deviations.json',
    WM_REPORTS_DIR: '/tmp/wmct-reports',
    WM_TOKEN_CACHE: '/tmp/wmct-tokens.json',
    WM_REFERENCE_GENERATION: 'v1-versions',
  });
  expect(config).toMatchObject({
    baseUrl: 'https://modeler.example.com',
    openapiUrl: 'http://modeler.example.com/v3/api-docs',
    tokenUrl: 'https://issuer.example.com/token',
    audience: 'web-modeler-public-api',
    expiredToken: 'eyJ.expired',
    readOnly: true,
    foreignTokenStatus: 403,
    maxExpiryWaitSeconds: 0,
    maxConcurrency: 64,
    requestTimeoutMs: 100,
    maxRetries: 0,
    sweepMinAgeMinutes: 5,
    collaboratorEmail: 'alice@example.com',
    baseline: 'schemas/baselines/v1.json',
    knownDeviationsFile: join(PROJECT_ROOT, 'custom', 'deviations.json'),
    reportsDir: '/tmp/wmct-reports',
    tokenCacheFile: '/tmp/wmct-tokens.json',
    referenceGeneration: 'v1-versions',
  });
  expect(config.clients).toEqual({
    full: { id: 'wmct-full', secret: 'placeholder-secret' },
    limited: { id: 'wmct-read', secret: 'placeholder-2' },
    foreign: { id: 'wmct-foreign', secret: 'placeholder-3' },
    shortLived: { id: 'wmct-short', secret: 'placeholder-4' },
  });
  expect(config.expectedPermissions).toEqual({
    full: ['create', 'read', 'update', 'delete'],
    limited: ['read'],
    foreign: [],
  });
});

test('booleans accept true/false, 1/0, yes/no in any case; blank values count as unset', () => {
  expect(loadConfig({ WM_READ_ONLY: 'True' }).readOnly).toBe(true);
  expect(loadConfig({ WM_READ_ONLY: '1' }).readOnly).toBe(true);
  expect(loadConfig({ WM_READ_ONLY: 'no' }).readOnly).toBe(false);
  expect(loadConfig({ WM_READ_ONLY: '0' }).readOnly).toBe(false);
  expect(loadConfig({ WM_READ_ONLY: '  ', WM_MAX_RETRIES: '', WM_BASE_URL: ' ' })).toMatchObject({
    readOnly: false,
    maxRetries: 3,
    baseUrl: null,
  });
});

test('the embedded target takes faults and a generation', () => {
  expect(
    loadConfig({ WM_REFERENCE_FAULTS: ' drop-name, ,extra-field ', WM_REFERENCE_GENERATION: 'beta' }),
  ).toMatchObject({
    referenceFaults: ['drop-name', 'extra-field'],
    referenceGeneration: 'beta',
  });
});

test('WM_GATE_FAIL_ON takes a severity in any case; anything else is refused', () => {
  expect(loadConfig({ WM_GATE_FAIL_ON: 'warn' }).gateFailOn).toBe('WARN');
  expect(loadConfig({ WM_GATE_FAIL_ON: 'INFO' }).gateFailOn).toBe('INFO');
  expect(loadConfig({ WM_GATE_FAIL_ON: ' ' }).gateFailOn).toBe('ERR');
  expectUsage({ WM_GATE_FAIL_ON: 'breaking' }, 'WM_GATE_FAIL_ON="breaking" must be one of ERR, WARN, INFO');
});

test('WM_PERMISSION_MAP gives per-operation overrides', () => {
  expect(
    loadConfig({ WM_PERMISSION_MAP: 'getInfo=read, searchProjects = create:* ,deleteCollaborator=update' })
      .permissionOverrides,
  ).toEqual({
    getInfo: 'read',
    searchProjects: 'create',
    deleteCollaborator: 'update',
  });
});

test('parsePermissions reads lists with scopes and "none"', () => {
  expect(parsePermissions('read:* , update', 'X')).toEqual(['read', 'update']);
  expect(parsePermissions('none', 'X')).toEqual([]);
  expect(() => parsePermissions('read write', 'X')).toThrow(
    'X: "write" is not a permission (create, read, update, delete, or none)',
  );
});

test('a real target needs a token endpoint and a full client', () => {
  expectUsage(
    { ...REMOTE, WM_OAUTH_TOKEN_URL: undefined },
    'WM_OAUTH_TOKEN_URL is missing: the token endpoint of your issuer is required when WM_BASE_URL is set',
  );
  expectUsage(
    { ...REMOTE, WM_CLIENT_ID: undefined, WM_CLIENT_SECRET: undefined },
    'WM_CLIENT_ID is missing: a client with all four Web Modeler API permissions is required when WM_BASE_URL is set',
  );
});

test('a client needs both its id and its secret', () => {
  expectUsage({ ...REMOTE, WM_CLIENT_SECRET: '' }, 'WM_CLIENT_SECRET is missing (WM_CLIENT_ID is set)');
  expectUsage(
    { ...REMOTE, WM_LIMITED_CLIENT_ID: 'wmct-read' },
    'WM_LIMITED_CLIENT_SECRET is missing (WM_LIMITED_CLIENT_ID is set)',
  );
  expectUsage(
    { ...REMOTE, WM_FOREIGN_CLIENT_SECRET: 'x' },
    'WM_FOREIGN_CLIENT_ID is missing (WM_FOREIGN_CLIENT_SECRET is set)',
  );
  expectUsage(
    { ...REMOTE, WM_SHORT_LIVED_CLIENT_ID: 'x' },
    'WM_SHORT_LIVED_CLIENT_SECRET is missing (WM_SHORT_LIVED_CLIENT_ID is set)',
  );
});

test('URLs must parse and be http(s)', () => {
  expectUsage(
    { ...REMOTE, WM_BASE_URL: 'modeler.example.com' },
    'WM_BASE_URL="modeler.example.com" is not a URL (expected e.g. https://modeler.example.com)',
  );
  expectUsage(
    { ...REMOTE, WM_OAUTH_TOKEN_URL: 'ftp://issuer.example.com/token' },
    'WM_OAUTH_TOKEN_URL="ftp://issuer.example.com/token" must be an http:// or https:// URL',
  );
  expectUsage(
    { ...REMOTE, WM_OPENAPI_URL: 'https://' },
    'WM_OPENAPI_URL="https://" is not a URL (expected e.g. https://modeler.example.com)',
  );
});

test('settings of a real target without WM_BASE_URL are refused', () => {
  for (const name of ['WM_OAUTH_TOKEN_URL', 'WM_EXPIRED_TOKEN']) {
    expectUsage(
      { [name]: 'https://x.example.com' },
      `${name} is set but WM_BASE_URL is not: set WM_BASE_URL too, or unset ${name} to use the embedded target`,
    );
  }
  expectUsage(
    { WM_CLIENT_ID: 'a', WM_CLIENT_SECRET: 'b' },
    'WM_CLIENT_ID is set but WM_BASE_URL is not: set WM_BASE_URL too, or unset WM_CLIENT_ID to use the embedded target',
  );
});

test('embedded-target settings with WM_BASE_URL are refused', () => {
  expectUsage(
    { ...REMOTE, WM_REFERENCE_FAULTS: 'drop-name' },
    'WM_REFERENCE_FAULTS only applies to the embedded target: unset it or unset WM_BASE_URL',
  );
  expectUsage(
    { WM_REFERENCE_GENERATION: 'v2' },
    'WM_REFERENCE_GENERATION="v2" must be one of beta, v1, v1-versions, v1-8.10, hub-v2',
  );
});

test('bad booleans and numbers name the variable', () => {
  expectUsage({ WM_READ_ONLY: 'maybe' }, 'WM_READ_ONLY="maybe" must be true or false');
  expectUsage({ WM_MAX_CONCURRENCY: 'two' }, 'WM_MAX_CONCURRENCY="two" must be a whole number');
  expectUsage({ WM_MAX_RETRIES: '1.5' }, 'WM_MAX_RETRIES="1.5" must be a whole number');
  expectUsage({ WM_MAX_CONCURRENCY: '0' }, 'WM_MAX_CONCURRENCY=0 must be between 1 and 64');
  expectUsage({ WM_REQUEST_TIMEOUT_MS: '600001' }, 'WM_REQUEST_TIMEOUT_MS=600001 must be between 100 and 600000');
  expectUsage({ WM_MAX_EXPIRY_WAIT: '-1' }, 'WM_MAX_EXPIRY_WAIT=-1 must be between 0 and 3600');
  expectUsage({ WM_SWEEP_MIN_AGE_MINUTES: '100001' }, 'WM_SWEEP_MIN_AGE_MINUTES=100001 must be between 0 and 100000');
  expectUsage({ WM_FOREIGN_TOKEN_STATUS: '402' }, 'WM_FOREIGN_TOKEN_STATUS=402 must be 401 or 403');
  expectUsage({ WM_FOREIGN_TOKEN_STATUS: '404' }, 'WM_FOREIGN_TOKEN_STATUS=404 must be between 401 and 403');
});

test('bad WM_PERMISSION_MAP entries are refused', () => {
  expectUsage({ WM_PERMISSION_MAP: 'getInfo' }, 'WM_PERMISSION_MAP: "getInfo" is not operationId=permission');
  expectUsage({ WM_PERMISSION_MAP: '=read' }, 'WM_PERMISSION_MAP: "=read" is not operationId=permission');
  expectUsage({ WM_PERMISSION_MAP: 'getInfo=read,' }, 'WM_PERMISSION_MAP: "" is not operationId=permission');
  expectUsage({ WM_PERMISSION_MAP: 'getInfo=' }, 'WM_PERMISSION_MAP: "getInfo=" names no permission');
  expectUsage({ WM_PERMISSION_MAP: 'getInfo=none' }, 'WM_PERMISSION_MAP: "getInfo=none" names no permission');
  expectUsage(
    { WM_PERMISSION_MAP: 'getInfo=admin' },
    'WM_PERMISSION_MAP: "admin" is not a permission (create, read, update, delete, or none)',
  );
});

test('bad WM_EXPECT_PERMISSIONS_* values are refused', () => {
  expectUsage(
    { WM_EXPECT_PERMISSIONS_LIMITED: 'read:*, admin:*' },
    'WM_EXPECT_PERMISSIONS_LIMITED: "admin" is not a permission (create, read, update, delete, or none)',
  );
  expectUsage(
    { WM_EXPECT_PERMISSIONS_SHORT_LIVED: 'Read' },
    'WM_EXPECT_PERMISSIONS_SHORT_LIVED: "Read" is not a permission (create, read, update, delete, or none)',
  );
});

test('an unknown WM_* name in the environment, in any letter case, is refused with the nearest known one', () => {
  expectUsage({ WM_READONLY: 'true' }, 'unknown setting WM_READONLY in the environment — did you mean WM_READ_ONLY?');
  expectUsage(
    { wm_read_only: 'true' },
    'unknown setting wm_read_only in the environment — names are upper case: did you mean WM_READ_ONLY?',
  );
  expectUsage(
    { ...REMOTE, Wm_Base_Url: 'http://x' },
    'unknown setting Wm_Base_Url in the environment — names are upper case: did you mean WM_BASE_URL?',
  );
  expectUsage(
    { ...REMOTE, WM_CLIENTSECRET: 'x' },
    'unknown setting WM_CLIENTSECRET in the environment — did you mean WM_CLIENT_SECRET?',
  );
  // The project's own switches and everything else in a shell are not settings.
  expect(
    loadConfig({
      WMCT_QUIET: '1',
      HTTPS_PROXY: 'http://proxy:3128',
      PATH: '/usr/bin',
      WM_READ_ONLY: 'true',
      WM_UNSET: undefined,
    }).readOnly,
  ).toBe(true);
});

test('WM_BASE_URL given as the Swagger UI page: the API is under the part before it, the page leads to the document', () => {
  expect(loadConfig({ ...REMOTE, WM_BASE_URL: 'http://localhost:8070/swagger-ui.html' })).toMatchObject({
    baseUrl: 'http://localhost:8070',
    openapiUrl: 'http://localhost:8070/swagger-ui.html',
  });
  expect(loadConfig({ ...REMOTE, WM_BASE_URL: 'https://h.example.com/modeler/swagger-ui/index.html' })).toMatchObject({
    baseUrl: 'https://h.example.com/modeler',
    openapiUrl: 'https://h.example.com/modeler/swagger-ui/index.html',
  });
  expect(
    loadConfig({
      ...REMOTE,
      WM_BASE_URL: 'http://localhost:8070/swagger-ui/',
      WM_OPENAPI_URL: 'http://localhost:8070/v3/api-docs',
    }),
  ).toMatchObject({ baseUrl: 'http://localhost:8070', openapiUrl: 'http://localhost:8070/v3/api-docs' });
  expect(loadConfig({ ...REMOTE, WM_BASE_URL: 'http://localhost:8070/swagger-ui-other' })).toMatchObject({
    baseUrl: 'http://localhost:8070/swagger-ui-other',
    openapiUrl: null,
  });
});

test.describe('WM_ENV profiles', () => {
  // Serial: the unknown-profile message lists env/, which the other tests here add files to.
  test.describe.configure({ mode: 'serial' });

  const written: string[] = [];

  /** Writes env/wmct-test-<random>.env (removed after the test) and returns the profile name. */
  function profile(lines: readonly string[]): string {
    const name = `wmct-test-${randomBytes(6).toString('hex')}`;
    const file = join(PROJECT_ROOT, 'env', `${name}.env`);
    written.push(file);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return name;
  }

  test.afterEach(() => {
    for (const file of written.splice(0)) rmSync(file, { force: true });
  });

  test('a profile is loaded, and real variables override it', () => {
    const name = profile([
      '# a comment',
      'WM_BASE_URL=https://file.example.com',
      'WM_OAUTH_TOKEN_URL="https://issuer.example.com/token"',
      'WM_CLIENT_ID=file-id',
      'WM_CLIENT_SECRET=file-placeholder',
      'WM_OAUTH_AUDIENCE=file-audience',
      'WM_READ_ONLY=true',
    ]);
    const config = loadConfig({
      WM_ENV: ` ${name} `,
      WM_CLIENT_ID: 'real-id',
      WM_CLIENT_SECRET: 'real-placeholder',
      WM_READ_ONLY: '',
      WM_UNRELATED: undefined,
    });
    expect(config).toMatchObject({
      envName: name,
      baseUrl: 'https://file.example.com',
      tokenUrl: 'https://issuer.example.com/token',
      audience: 'file-audience',
      clients: { full: { id: 'real-id', secret: 'real-placeholder' } },
      readOnly: false,
    });
  });

  test('resolveEnvironment merges the file under the real variables', () => {
    const name = profile(['WM_BASELINE=from-file', 'WM_REPORTS_DIR=from-file']);
    const { name: resolved, values } = resolveEnvironment({
      WM_ENV: name,
      WM_REPORTS_DIR: 'real',
      C: 'real',
      D: undefined,
    });
    expect(resolved).toBe(name);
    expect({ A: values.WM_BASELINE, B: values.WM_REPORTS_DIR, C: values.C, D: values.D }).toEqual({
      A: 'from-file',
      B: 'real',
      C: 'real',
      D: undefined,
    });
    expect(resolveEnvironment({ WM_ENV: '  ', X: '1' })).toEqual({ name: null, values: { WM_ENV: '  ', X: '1' } });
  });

  test('a profile with a bad value fails like the variable would', () => {
    const name = profile(['WM_MAX_RETRIES=many']);
    expectUsage({ WM_ENV: name }, 'WM_MAX_RETRIES="many" must be a whole number');
  });

  test('a profile line that is not a setting names the file and the line', () => {
    const name = profile(['# staging', 'WM_READONLY=true']);
    expectUsage({ WM_ENV: name }, `env/${name}.env line 2: unknown setting WM_READONLY — did you mean WM_READ_ONLY?`);
    const garbage = profile(['WM_READ_ONLY=true', 'read only please']);
    expectUsage({ WM_ENV: garbage }, `env/${garbage}.env line 2 is neither KEY=VALUE, a comment nor blank`);
  });

  test('an unknown profile is refused, listing the profiles there are', () => {
    const existing = profile(['WM_READ_ONLY=false']);
    const known = readdirSync(join(PROJECT_ROOT, 'env'))
      .filter((f) => f.endsWith('.env'))
      .map((f) => f.slice(0, -4))
      .sort();
    expect(known).toContain(existing);
    expectUsage(
      { WM_ENV: 'wmct-test-missing' },
      `WM_ENV=wmct-test-missing: env/wmct-test-missing.env does not exist (profiles: ${known.join(', ')}); copy env/self-managed.env.example to env/wmct-test-missing.env and fill it in`,
    );
  });

  test('a profile name that is not a plain name is refused', () => {
    expectUsage(
      { WM_ENV: '../secrets' },
      "WM_ENV=\"../secrets\" is not a profile name (letters, digits, '.', '_' and '-' only)",
    );
  });
});
