/**
 * With internal.ts (the run's internal WMCT_* variables), the one place that reads process.env and
 * env files.
 *
 * `WM_ENV=<name>` loads `env/<name>.env` with dotenv (every line checked first: env-file.ts);
 * real environment variables override the file. No WM_ENV and no WM_BASE_URL → the embedded
 * reference target is used. Only the names of settings.ts are read; any other WM_* name in the
 * environment (any letter case) or the profile is refused, so a typo never changes a run.
 * Every problem is a UsageError naming the variable (exit code 2).
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSeverity, SEVERITIES, type Severity } from '../core/severity.ts';
import { readProfile } from './env-file.ts';
import { UsageError } from '../core/errors.ts';
import { didYouMean, unknownSetting, type SettingName } from './settings.ts';
import { parseApis, type ApiName } from './apis.ts';
import {
  CLIENT_ROLES,
  GENERATIONS,
  PERMISSIONS,
  TARGET_KINDS,
  type TargetKind,
  type ClientCredentials,
  type ClientRole,
  type Generation,
  type Permission,
} from '../core/domain.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

export interface Config {
  /** Name of the env profile (WM_ENV), null when none was chosen. */
  readonly envName: string | null;
  /** Web Modeler base URL; null → the embedded reference target is started. */
  readonly baseUrl: string | null;
  /** WM_OPENAPI_URL: an http(s) URL or an absolute file path (a split specification is bundled); also with the embedded target. */
  readonly openapiUrl: string | null;
  /**
   * The Hub API v2 of the same installation, for `npm run migration` (WM_V2_BASE_URL,
   * WM_V2_OPENAPI_URL; the names the embedded target prints when it serves both APIs).
   */
  readonly v2BaseUrl: string | null;
  readonly v2OpenapiUrl: string | null;
  /**
   * WM_API: the APIs of a both-APIs run (`v1,hub-v2`, v1 first: v1 at WM_BASE_URL, the Hub API v2
   * at WM_V2_BASE_URL; src/config/apis.ts); null: one API, the target's.
   */
  readonly apis: readonly ApiName[] | null;
  readonly tokenUrl: string | null;
  readonly audience: string | null;
  readonly clients: Readonly<Partial<Record<ClientRole, ClientCredentials>>>;
  readonly expiredToken: string | null;
  readonly readOnly: boolean;
  /**
   * WM_TARGET_KIND: Self-Managed or SaaS (operations of the other kind are skipped, saying so);
   * default from the token URL (Camunda SaaS's login.cloud.camunda.io → saas), else self-managed.
   * With the embedded target: the kind it plays.
   */
  readonly targetKind: TargetKind;
  /**
   * WM_ALLOW_ORGANIZATION_CHANGES: a real target's organization-wide sets may be changed (catalog
   * ingestion replaces the whole catalog; cluster registrations). Default false; the embedded
   * target, made for the run, always allows them.
   */
  readonly allowOrganizationChanges: boolean;
  /** Seconds the suite may wait for a short-lived client's token to expire. */
  readonly maxExpiryWaitSeconds: number;
  /** Status expected for a token without the Web Modeler audience: 401 (default) or 403. */
  readonly foreignTokenStatus: 401 | 403;
  /** Permissions each client is expected to have (WM_EXPECT_PERMISSIONS_<ROLE>), when set. */
  readonly expectedPermissions: Readonly<Partial<Record<ClientRole, readonly Permission[]>>>;
  /** Overrides of the operation → permission mapping (WM_PERMISSION_MAP: "opId=perm,..."). */
  readonly permissionOverrides: Readonly<Record<string, Permission>>;
  /** A user of the authorized organization that may be added as a collaborator. */
  readonly collaboratorEmail: string | null;
  readonly baseline: string | null;
  readonly knownDeviationsFile: string;
  /** WM_KNOWN_DEVIATIONS is set (in the environment or the profile): then its file must exist. */
  readonly knownDeviationsSet: boolean;
  readonly breakingIgnoreFile: string;
  /** The breaking-change gate fails on changes of this severity or worse (WM_GATE_FAIL_ON, default ERR). */
  readonly gateFailOn: Severity;
  /**
   * The gate reads documented response properties as required when the baseline declares no
   * `required` in its responses (WM_GATE_IMPLICIT_REQUIRED, default true).
   */
  readonly gateImplicitRequired: boolean;
  readonly reportsDir: string;
  readonly maxConcurrency: number;
  readonly requestTimeoutMs: number;
  readonly maxRetries: number;
  readonly sweepMinAgeMinutes: number;
  readonly tokenCacheFile: string;
  /** Embedded target only: faults to switch on (WM_REFERENCE_FAULTS) and its generation. */
  readonly referenceFaults: readonly string[];
  readonly referenceGeneration: Generation;
  /** Embedded target only: milliseconds it waits before each API answer (WM_REFERENCE_LATENCY_MS; a slow target, for the benchmark). */
  readonly referenceLatencyMs: number;
  /** Seconds the run waits for a target still starting (`npm run conformance -- --wait-for-target`, handed over as WMCT_WAIT_FOR_TARGET). */
  readonly waitForTargetSeconds: number;
  /** The suite's version (npm's npm_package_version; 0.1.0 outside npm). */
  readonly suiteVersion: string;
}

type Env = Readonly<Record<string, string | undefined>>;

function envDir(): string {
  return join(PROJECT_ROOT, 'env');
}

function availableProfiles(): string[] {
  if (!existsSync(envDir())) return [];
  return readdirSync(envDir())
    .filter((f) => f.endsWith('.env'))
    .map((f) => f.slice(0, -'.env'.length))
    .sort();
}

/** Merges env/<WM_ENV>.env under the real environment (which wins); unknown WM_* names are refused. */
export function resolveEnvironment(env: Env = process.env): { name: string | null; values: Env } {
  const unknown = unknownSetting(Object.keys(env).filter((key) => env[key] !== undefined));
  if (unknown !== null) throw new UsageError(`unknown setting ${unknown} in the environment — ${didYouMean(unknown)}`);
  const name = env.WM_ENV?.trim() ?? '';
  if (name === '') return { name: null, values: env };
  if (!/^[A-Za-z0-9._-]+$/.test(name)) {
    throw new UsageError(`WM_ENV="${name}" is not a profile name (letters, digits, '.', '_' and '-' only)`);
  }
  const file = join(envDir(), `${name}.env`);
  if (!existsSync(file)) {
    const known = availableProfiles();
    throw new UsageError(
      `WM_ENV=${name}: env/${name}.env does not exist` +
        (known.length > 0 ? ` (profiles: ${known.join(', ')})` : '') +
        `; copy env/self-managed.env.example to env/${name}.env and fill it in`,
    );
  }
  const fromFile = readProfile(file, `env/${name}.env`);
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined) merged[key] = value;
  }
  return { name, values: merged };
}

function text(env: Env, name: SettingName): string | null {
  const value = env[name];
  if (value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function url(env: Env, name: SettingName): string | null {
  const value = text(env, name);
  if (value === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new UsageError(`${name}="${value}" is not a URL (expected e.g. https://modeler.example.com)`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`${name}="${value}" must be an http:// or https:// URL`);
  }
  return value.replace(/\/+$/, '');
}

/**
 * WM_OPENAPI_URL: an http(s) URL, or a local file — a file: URL or a path (relative to the
 * working folder, the project's with npm run) — returned as an absolute path.
 */
function documentSource(env: Env, name: SettingName): string | null {
  const value = text(env, name);
  if (value === null) return null;
  if (/^https?:/i.test(value)) return url(env, name);
  if (/^file:/i.test(value)) {
    try {
      return fileURLToPath(value);
    } catch {
      throw new UsageError(`${name}="${value}" is not a file: URL (expected e.g. file:///path/to/openapi.yaml)`);
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new UsageError(`${name}="${value}" must be an http:// or https:// URL, a file: URL or a file path`);
  }
  return resolve(value);
}

const SWAGGER_UI_PAGE = /\/swagger-ui(?:\.html|\/index\.html|\/)?$/;

/** `http://host:8070/swagger-ui.html` (or `/swagger-ui/index.html`, `/swagger-ui/`) → `http://host:8070`; null for other URLs. */
export function baseOfSwaggerUi(value: string): string | null {
  const parsed = new URL(value);
  if (!SWAGGER_UI_PAGE.test(parsed.pathname)) return null;
  parsed.pathname = parsed.pathname.replace(SWAGGER_UI_PAGE, '');
  parsed.search = '';
  parsed.hash = '';
  return parsed.toString().replace(/\/+$/, '');
}

function bool(env: Env, name: SettingName, fallback: boolean): boolean {
  const value = text(env, name);
  if (value === null) return fallback;
  if (/^(true|1|yes)$/i.test(value)) return true;
  if (/^(false|0|no)$/i.test(value)) return false;
  throw new UsageError(`${name}="${value}" must be true or false`);
}

/** Camunda SaaS's token endpoint (facts §1.2): a target whose tokens come from it is a SaaS one. */
const SAAS_TOKEN_HOST = 'login.cloud.camunda.io';

function targetKind(env: Env, tokenUrl: string | null): TargetKind {
  const value = text(env, 'WM_TARGET_KIND');
  if (value === null)
    return tokenUrl !== null && new URL(tokenUrl).hostname === SAAS_TOKEN_HOST ? 'saas' : 'self-managed';
  const kind = TARGET_KINDS.find((k) => k === value.toLowerCase());
  if (kind === undefined) throw new UsageError(`WM_TARGET_KIND="${value}" must be one of ${TARGET_KINDS.join(', ')}`);
  return kind;
}

function int(env: Env, name: SettingName, fallback: number, min: number, max: number): number {
  const value = text(env, name);
  if (value === null) return fallback;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`${name}="${value}" must be a whole number`);
  const n = Number(value);
  if (n < min || n > max) throw new UsageError(`${name}=${value} must be between ${min} and ${max}`);
  return n;
}

function severity(env: Env, name: SettingName, fallback: Severity): Severity {
  const value = text(env, name);
  if (value === null) return fallback;
  const upper = value.toUpperCase();
  if (!isSeverity(upper)) throw new UsageError(`${name}="${value}" must be one of ${SEVERITIES.join(', ')}`);
  return upper;
}

function client(env: Env, { id: idName, secret: secretName }: RoleSettings): ClientCredentials | undefined {
  const id = text(env, idName);
  const secret = text(env, secretName);
  if (id === null && secret === null) return undefined;
  if (id === null) throw new UsageError(`${idName} is missing (${secretName} is set)`);
  if (secret === null) throw new UsageError(`${secretName} is missing (${idName} is set)`);
  return { id, secret };
}

export function parsePermissions(value: string, name: string): Permission[] {
  const items = value
    .split(/[\s,]+/)
    .map((p) => p.trim().replace(/:\*$/, ''))
    .filter((p) => p !== '' && p !== 'none');
  const out: Permission[] = [];
  for (const item of items) {
    const perm = PERMISSIONS.find((p) => p === item);
    if (perm === undefined) {
      throw new UsageError(`${name}: "${item}" is not a permission (create, read, update, delete, or none)`);
    }
    out.push(perm);
  }
  return out;
}

function permissionOverrides(env: Env): Record<string, Permission> {
  const value = text(env, 'WM_PERMISSION_MAP');
  if (value === null) return {};
  const out: Record<string, Permission> = {};
  for (const pair of value.split(',')) {
    const [op, perm] = pair.split('=').map((s) => s.trim());
    if (op === undefined || op === '' || perm === undefined) {
      throw new UsageError(`WM_PERMISSION_MAP: "${pair}" is not operationId=permission`);
    }
    const [parsed] = parsePermissions(perm, 'WM_PERMISSION_MAP');
    if (parsed === undefined) throw new UsageError(`WM_PERMISSION_MAP: "${pair}" names no permission`);
    out[op] = parsed;
  }
  return out;
}

interface RoleSettings {
  readonly id: SettingName;
  readonly secret: SettingName;
  readonly expect: SettingName;
}

const ROLE_SETTINGS: Record<ClientRole, RoleSettings> = {
  full: { id: 'WM_CLIENT_ID', secret: 'WM_CLIENT_SECRET', expect: 'WM_EXPECT_PERMISSIONS_FULL' },
  limited: { id: 'WM_LIMITED_CLIENT_ID', secret: 'WM_LIMITED_CLIENT_SECRET', expect: 'WM_EXPECT_PERMISSIONS_LIMITED' },
  foreign: { id: 'WM_FOREIGN_CLIENT_ID', secret: 'WM_FOREIGN_CLIENT_SECRET', expect: 'WM_EXPECT_PERMISSIONS_FOREIGN' },
  shortLived: {
    id: 'WM_SHORT_LIVED_CLIENT_ID',
    secret: 'WM_SHORT_LIVED_CLIENT_SECRET',
    expect: 'WM_EXPECT_PERMISSIONS_SHORT_LIVED',
  },
};

/**
 * Settings of a real target: set without WM_BASE_URL they are refused. (WM_OPENAPI_URL is not
 * one: with the embedded target it names the document the target is judged by, e.g. a published
 * specification.)
 */
const REAL_TARGET_ONLY: readonly SettingName[] = ['WM_OAUTH_TOKEN_URL', 'WM_CLIENT_ID', 'WM_EXPIRED_TOKEN'];

/** A both-APIs run (WM_API) needs both base URLs on a real target, neither on the embedded one, and no generation of its own. */
function bothApisSettings(values: Env, baseUrl: string | null, v2BaseUrl: string | null): void {
  if (baseUrl !== null && v2BaseUrl === null)
    throw new UsageError(
      'WM_API=v1,hub-v2 with WM_BASE_URL needs WM_V2_BASE_URL too: the Hub API v2 base URL of the same installation (e.g. http://localhost:8088)',
    );
  if (baseUrl === null && v2BaseUrl !== null)
    throw new UsageError(
      'WM_API=v1,hub-v2: WM_V2_BASE_URL is set but WM_BASE_URL is not: set the v1 base URL too, or unset WM_V2_BASE_URL to use the embedded target',
    );
  if (baseUrl === null && text(values, 'WM_REFERENCE_GENERATION') !== null)
    throw new UsageError(
      'WM_API=v1,hub-v2: unset WM_REFERENCE_GENERATION (the embedded target serves v1-8.10 and hub-v2 on one store)',
    );
}

export function loadConfig(env: Env = process.env): Config {
  const { name, values } = resolveEnvironment(env);
  const givenBaseUrl = url(values, 'WM_BASE_URL');
  const swaggerUiBase = givenBaseUrl === null ? null : baseOfSwaggerUi(givenBaseUrl);
  const baseUrl = swaggerUiBase ?? givenBaseUrl;
  // WM_BASE_URL given as the Swagger UI page (as Camunda's docs show it): the API is under the
  // part before it, and the page leads to the document unless WM_OPENAPI_URL says otherwise.
  const openapiUrl = documentSource(values, 'WM_OPENAPI_URL') ?? (swaggerUiBase === null ? null : givenBaseUrl);
  const tokenUrl = url(values, 'WM_OAUTH_TOKEN_URL');

  const clients: Partial<Record<ClientRole, ClientCredentials>> = {};
  for (const role of CLIENT_ROLES) {
    const creds = client(values, ROLE_SETTINGS[role]);
    if (creds !== undefined) clients[role] = creds;
  }

  const referenceFaults = (text(values, 'WM_REFERENCE_FAULTS') ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  const generationText = text(values, 'WM_REFERENCE_GENERATION') ?? 'v1';
  const referenceGeneration = GENERATIONS.find((g) => g === generationText);
  if (referenceGeneration === undefined) {
    throw new UsageError(`WM_REFERENCE_GENERATION="${generationText}" must be one of ${GENERATIONS.join(', ')}`);
  }

  const apis = parseApis(text(values, 'WM_API'));
  const v2BaseUrl = url(values, 'WM_V2_BASE_URL');
  if (apis !== null) bothApisSettings(values, baseUrl, v2BaseUrl);

  if (baseUrl === null) {
    for (const v of REAL_TARGET_ONLY) {
      if (text(values, v) !== null) {
        throw new UsageError(
          `${v} is set but WM_BASE_URL is not: set WM_BASE_URL too, or unset ${v} to use the embedded target`,
        );
      }
    }
  } else {
    if (referenceFaults.length > 0) {
      throw new UsageError('WM_REFERENCE_FAULTS only applies to the embedded target: unset it or unset WM_BASE_URL');
    }
    if (text(values, 'WM_REFERENCE_LATENCY_MS') !== null) {
      throw new UsageError(
        'WM_REFERENCE_LATENCY_MS only applies to the embedded target: unset it or unset WM_BASE_URL',
      );
    }
    if (tokenUrl === null) {
      throw new UsageError(
        'WM_OAUTH_TOKEN_URL is missing: the token endpoint of your issuer is required when WM_BASE_URL is set',
      );
    }
    if (clients.full === undefined) {
      throw new UsageError(
        'WM_CLIENT_ID is missing: a client with all four Web Modeler API permissions is required when WM_BASE_URL is set',
      );
    }
  }

  const expectedPermissions: Partial<Record<ClientRole, Permission[]>> = {};
  for (const role of CLIENT_ROLES) {
    const varName = ROLE_SETTINGS[role].expect;
    const value = values[varName];
    if (value !== undefined) expectedPermissions[role] = parsePermissions(value, varName);
  }

  const foreignStatus = int(values, 'WM_FOREIGN_TOKEN_STATUS', 401, 401, 403);
  if (foreignStatus !== 401 && foreignStatus !== 403) {
    throw new UsageError(`WM_FOREIGN_TOKEN_STATUS=${foreignStatus} must be 401 or 403`);
  }

  const reportsDir = resolve(PROJECT_ROOT, text(values, 'WM_REPORTS_DIR') ?? 'reports');
  const schemasFile = (v: SettingName, fallback: string): string => resolve(PROJECT_ROOT, text(values, v) ?? fallback);

  return {
    envName: name,
    baseUrl,
    openapiUrl,
    v2BaseUrl,
    v2OpenapiUrl: documentSource(values, 'WM_V2_OPENAPI_URL'),
    apis,
    tokenUrl,
    audience: text(values, 'WM_OAUTH_AUDIENCE'),
    clients,
    expiredToken: text(values, 'WM_EXPIRED_TOKEN'),
    readOnly: bool(values, 'WM_READ_ONLY', false),
    targetKind: targetKind(values, tokenUrl),
    allowOrganizationChanges: bool(values, 'WM_ALLOW_ORGANIZATION_CHANGES', false),
    maxExpiryWaitSeconds: int(values, 'WM_MAX_EXPIRY_WAIT', 60, 0, 3600),
    foreignTokenStatus: foreignStatus === 403 ? 403 : 401,
    expectedPermissions,
    permissionOverrides: permissionOverrides(values),
    collaboratorEmail: text(values, 'WM_COLLABORATOR_EMAIL'),
    baseline: text(values, 'WM_BASELINE'),
    knownDeviationsFile: schemasFile('WM_KNOWN_DEVIATIONS', 'schemas/known-deviations.json'),
    knownDeviationsSet: text(values, 'WM_KNOWN_DEVIATIONS') !== null,
    breakingIgnoreFile: schemasFile('WM_BREAKING_IGNORE', 'schemas/breaking-ignore.json'),
    gateFailOn: severity(values, 'WM_GATE_FAIL_ON', 'ERR'),
    gateImplicitRequired: bool(values, 'WM_GATE_IMPLICIT_REQUIRED', true),
    reportsDir,
    maxConcurrency: int(values, 'WM_MAX_CONCURRENCY', 2, 1, 64),
    requestTimeoutMs: int(values, 'WM_REQUEST_TIMEOUT_MS', 30_000, 100, 600_000),
    maxRetries: int(values, 'WM_MAX_RETRIES', 3, 0, 10),
    sweepMinAgeMinutes: int(values, 'WM_SWEEP_MIN_AGE_MINUTES', 60, 0, 100_000),
    tokenCacheFile: resolve(
      text(values, 'WM_TOKEN_CACHE') ?? join(homedir(), '.cache', 'wm-conformance', 'tokens.json'),
    ),
    referenceFaults,
    referenceGeneration,
    referenceLatencyMs: int(values, 'WM_REFERENCE_LATENCY_MS', 0, 0, 10_000),
    waitForTargetSeconds: Number(env.WMCT_WAIT_FOR_TARGET ?? '0'),
    suiteVersion: env.npm_package_version ?? '0.1.0',
  };
}
