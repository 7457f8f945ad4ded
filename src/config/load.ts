/**
 * The one place that reads process.env and env files.
 *
 * `WM_ENV=<name>` loads `env/<name>.env` with dotenv; real environment variables override
 * the file. No WM_ENV and no WM_BASE_URL → the embedded reference target is used.
 * Every problem is a UsageError naming the variable (exit code 2).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'dotenv';
import { isSeverity, SEVERITIES, type Severity } from '../diff/types.ts';
import { UsageError } from './errors.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

export type ClientRole = 'full' | 'limited' | 'foreign' | 'shortLived';
export const CLIENT_ROLES: readonly ClientRole[] = ['full', 'limited', 'foreign', 'shortLived'];

export interface ClientCredentials {
  readonly id: string;
  readonly secret: string;
}

export type Permission = 'create' | 'read' | 'update' | 'delete';
export const PERMISSIONS: readonly Permission[] = ['create', 'read', 'update', 'delete'];

/** API generations of the embedded reference target: Web Modeler `/api/beta`, `/api/v1` (with milestones or versions), Camunda Hub `/api/v2`. */
export type Generation = 'beta' | 'v1' | 'v1-versions' | 'hub-v2';
export const GENERATIONS: readonly Generation[] = ['beta', 'v1', 'v1-versions', 'hub-v2'];

export interface Config {
  /** Name of the env profile (WM_ENV), null when none was chosen. */
  readonly envName: string | null;
  /** Web Modeler base URL; null → the embedded reference target is started. */
  readonly baseUrl: string | null;
  readonly openapiUrl: string | null;
  readonly tokenUrl: string | null;
  readonly audience: string | null;
  readonly clients: Readonly<Partial<Record<ClientRole, ClientCredentials>>>;
  readonly expiredToken: string | null;
  readonly readOnly: boolean;
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
  readonly breakingIgnoreFile: string;
  /** The breaking-change gate fails on changes of this severity or worse (WM_GATE_FAIL_ON, default ERR). */
  readonly gateFailOn: Severity;
  readonly reportsDir: string;
  readonly maxConcurrency: number;
  readonly requestTimeoutMs: number;
  readonly maxRetries: number;
  readonly sweepMinAgeMinutes: number;
  readonly tokenCacheFile: string;
  /** Embedded target only: faults to switch on (WM_REFERENCE_FAULTS) and its generation. */
  readonly referenceFaults: readonly string[];
  readonly referenceGeneration: Generation;
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

/** Merges env/<WM_ENV>.env under the real environment (which wins). */
export function resolveEnvironment(env: Env = process.env): { name: string | null; values: Env } {
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
  const fromFile = parse(readFileSync(file));
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined) merged[key] = value;
  }
  return { name, values: merged };
}

function text(env: Env, name: string): string | null {
  const value = env[name];
  if (value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function url(env: Env, name: string): string | null {
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

function bool(env: Env, name: string, fallback: boolean): boolean {
  const value = text(env, name);
  if (value === null) return fallback;
  if (/^(true|1|yes)$/i.test(value)) return true;
  if (/^(false|0|no)$/i.test(value)) return false;
  throw new UsageError(`${name}="${value}" must be true or false`);
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = text(env, name);
  if (value === null) return fallback;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`${name}="${value}" must be a whole number`);
  const n = Number(value);
  if (n < min || n > max) throw new UsageError(`${name}=${value} must be between ${min} and ${max}`);
  return n;
}

function severity(env: Env, name: string, fallback: Severity): Severity {
  const value = text(env, name);
  if (value === null) return fallback;
  const upper = value.toUpperCase();
  if (!isSeverity(upper)) throw new UsageError(`${name}="${value}" must be one of ${SEVERITIES.join(', ')}`);
  return upper;
}

function client(env: Env, prefix: string): ClientCredentials | undefined {
  const idName = `${prefix}_CLIENT_ID`;
  const secretName = `${prefix}_CLIENT_SECRET`;
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

const ROLE_ENV_PREFIX: Record<ClientRole, string> = {
  full: 'WM',
  limited: 'WM_LIMITED',
  foreign: 'WM_FOREIGN',
  shortLived: 'WM_SHORT_LIVED',
};

const ROLE_EXPECT_SUFFIX: Record<ClientRole, string> = {
  full: 'FULL',
  limited: 'LIMITED',
  foreign: 'FOREIGN',
  shortLived: 'SHORT_LIVED',
};

export function loadConfig(env: Env = process.env): Config {
  const { name, values } = resolveEnvironment(env);
  const baseUrl = url(values, 'WM_BASE_URL');
  const openapiUrl = url(values, 'WM_OPENAPI_URL');
  const tokenUrl = url(values, 'WM_OAUTH_TOKEN_URL');

  const clients: Partial<Record<ClientRole, ClientCredentials>> = {};
  for (const role of CLIENT_ROLES) {
    const creds = client(values, ROLE_ENV_PREFIX[role]);
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

  if (baseUrl === null) {
    for (const v of ['WM_OPENAPI_URL', 'WM_OAUTH_TOKEN_URL', 'WM_CLIENT_ID', 'WM_EXPIRED_TOKEN']) {
      if (text(values, v) !== null) {
        throw new UsageError(`${v} is set but WM_BASE_URL is not: set WM_BASE_URL too, or unset ${v} to use the embedded target`);
      }
    }
  } else {
    if (referenceFaults.length > 0) {
      throw new UsageError('WM_REFERENCE_FAULTS only applies to the embedded target: unset it or unset WM_BASE_URL');
    }
    if (tokenUrl === null) {
      throw new UsageError('WM_OAUTH_TOKEN_URL is missing: the token endpoint of your issuer is required when WM_BASE_URL is set');
    }
    if (clients.full === undefined) {
      throw new UsageError('WM_CLIENT_ID is missing: a client with all four Web Modeler API permissions is required when WM_BASE_URL is set');
    }
  }

  const expectedPermissions: Partial<Record<ClientRole, Permission[]>> = {};
  for (const role of CLIENT_ROLES) {
    const varName = `WM_EXPECT_PERMISSIONS_${ROLE_EXPECT_SUFFIX[role]}`;
    const value = values[varName];
    if (value !== undefined) expectedPermissions[role] = parsePermissions(value, varName);
  }

  const foreignStatus = int(values, 'WM_FOREIGN_TOKEN_STATUS', 401, 401, 403);
  if (foreignStatus !== 401 && foreignStatus !== 403) {
    throw new UsageError(`WM_FOREIGN_TOKEN_STATUS=${foreignStatus} must be 401 or 403`);
  }

  const reportsDir = resolve(PROJECT_ROOT, text(values, 'WM_REPORTS_DIR') ?? 'reports');
  const schemasFile = (v: string, fallback: string): string => resolve(PROJECT_ROOT, text(values, v) ?? fallback);

  return {
    envName: name,
    baseUrl,
    openapiUrl,
    tokenUrl,
    audience: text(values, 'WM_OAUTH_AUDIENCE'),
    clients,
    expiredToken: text(values, 'WM_EXPIRED_TOKEN'),
    readOnly: bool(values, 'WM_READ_ONLY', false),
    maxExpiryWaitSeconds: int(values, 'WM_MAX_EXPIRY_WAIT', 60, 0, 3600),
    foreignTokenStatus: foreignStatus === 403 ? 403 : 401,
    expectedPermissions,
    permissionOverrides: permissionOverrides(values),
    collaboratorEmail: text(values, 'WM_COLLABORATOR_EMAIL'),
    baseline: text(values, 'WM_BASELINE'),
    knownDeviationsFile: schemasFile('WM_KNOWN_DEVIATIONS', 'schemas/known-deviations.json'),
    breakingIgnoreFile: schemasFile('WM_BREAKING_IGNORE', 'schemas/breaking-ignore.json'),
    gateFailOn: severity(values, 'WM_GATE_FAIL_ON', 'ERR'),
    reportsDir,
    maxConcurrency: int(values, 'WM_MAX_CONCURRENCY', 2, 1, 64),
    requestTimeoutMs: int(values, 'WM_REQUEST_TIMEOUT_MS', 30_000, 100, 600_000),
    maxRetries: int(values, 'WM_MAX_RETRIES', 3, 0, 10),
    sweepMinAgeMinutes: int(values, 'WM_SWEEP_MIN_AGE_MINUTES', 60, 0, 100_000),
    tokenCacheFile: resolve(text(values, 'WM_TOKEN_CACHE') ?? join(homedir(), '.cache', 'wm-conformance', 'tokens.json')),
    referenceFaults,
    referenceGeneration,
  };
}
