/**
 * The run context: everything the global setup resolved (target, document file, settings),
 * handed to every Playwright worker. Two channels, so that no secret is ever written to disk:
 *   - `WMCT_RUN_DIR` → `<runDir>/run.json` (no secret; workers read it at collection time),
 *   - `WMCT_SECRETS` → JSON in the environment of the runner and its workers only.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClientRole, Permission } from '../core/domain.ts';
import { UsageError } from '../core/errors.ts';
import { isJsonObject } from '../core/json.ts';
import type { KnownDeviation, RunTimings } from '../core/run-facts.ts';
import type { Severity } from '../core/severity.ts';
import type { IssuedToken } from '../core/token.ts';
import type { RunTarget } from '../core/target.ts';
import { internalValue, setInternalValue, type InternalVariable } from '../config/internal.ts';

export interface RunContext {
  readonly runId: string;
  readonly runDir: string;
  readonly startedAt: string;
  readonly suiteVersion: string;
  readonly envName: string | null;
  readonly target: RunTarget;
  readonly documentFile: string;
  /** Client ids by role (ids are not secret); secrets travel in WMCT_SECRETS. */
  readonly clientIds: Readonly<Partial<Record<ClientRole, string>>>;
  readonly collaboratorEmails: readonly string[];
  /** Where the expired token came from, or why there is none (the expired-token cases skip with it). */
  readonly expiredToken: { readonly source: string } | { readonly skipReason: string };
  readonly readOnly: boolean;
  readonly foreignTokenStatus: 401 | 403;
  readonly expectedPermissions: Readonly<Partial<Record<ClientRole, readonly Permission[]>>>;
  readonly permissionOverrides: Readonly<Record<string, Permission>>;
  readonly knownDeviations: readonly KnownDeviation[];
  /** The breaking-change gate's baseline, resolved and checked by the global setup; null: the gate skips. */
  readonly baselineFile: string | null;
  /** Why there is no baseline (null when there is one). */
  readonly baselineSkipReason: string | null;
  readonly breakingIgnoreFile: string;
  /** WM_GATE_FAIL_ON: the gate fails on changes of this severity or worse. */
  readonly gateFailOn: Severity;
  /** WM_GATE_IMPLICIT_REQUIRED: read documented response properties as required when the baseline declares none. */
  readonly gateImplicitRequired: boolean;
  readonly reportsDir: string;
  readonly requestTimeoutMs: number;
  readonly maxRetries: number;
  /** Projects of earlier, killed runs the start of this run deleted (null: no sweep ran). */
  readonly sweptAtStart: number | null;
  /** How long the global setup's steps took (the start-up part of a run's wall time). */
  readonly timings: RunTimings;
}

export interface RunSecrets {
  readonly tokens: Readonly<Partial<Record<ClientRole | 'expired', IssuedToken>>>;
  readonly clientSecrets: Readonly<Partial<Record<ClientRole, string>>>;
}

export const RUN_DIR_ENV: InternalVariable = 'WMCT_RUN_DIR';
export const SECRETS_ENV: InternalVariable = 'WMCT_SECRETS';

export function newRunId(now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, '');
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const suffix = [...randomBytes(6)].map((b) => alphabet[b % alphabet.length] ?? 'x').join('');
  return `${stamp}-${suffix}`;
}

export function writeRunContext(context: RunContext): void {
  mkdirSync(context.runDir, { recursive: true });
  writeFileSync(join(context.runDir, 'run.json'), `${JSON.stringify(context, null, 2)}\n`);
}

function isRunContext(value: unknown): value is RunContext {
  return (
    isJsonObject(value) &&
    typeof value.runId === 'string' &&
    typeof value.documentFile === 'string' &&
    isJsonObject(value.target)
  );
}

/** By run folder: a run with lanes (src/run/lanes.ts) has one per lane. */
const cached = new Map<string, RunContext>();

/** The run context of this run, or of the lane this process is in (workers and specs); a clear error outside a suite run. */
export function runContext(): RunContext {
  const dir = internalValue(RUN_DIR_ENV);
  if (dir === undefined || dir === '') {
    throw new UsageError(
      `${RUN_DIR_ENV} is not set: run the suite with "npm run conformance" (or playwright test with the project's playwright.config.ts)`,
    );
  }
  return runContextAt(dir);
}

/** The run context in a run folder (a both-APIs run collects every lane's tests: src/run/suite.ts). */
export function runContextAt(dir: string): RunContext {
  const known = cached.get(dir);
  if (known !== undefined) return known;
  const parsed: unknown = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8'));
  if (!isRunContext(parsed)) throw new UsageError(`${join(dir, 'run.json')} is not a run context`);
  cached.set(dir, parsed);
  return parsed;
}

function isRunSecrets(value: unknown): value is RunSecrets {
  return isJsonObject(value) && isJsonObject(value.tokens) && isJsonObject(value.clientSecrets);
}

export function runSecrets(): RunSecrets {
  const text = internalValue(SECRETS_ENV);
  if (text === undefined || text === '') return { tokens: {}, clientSecrets: {} };
  const parsed: unknown = JSON.parse(text);
  if (!isRunSecrets(parsed)) throw new Error(`${SECRETS_ENV} is malformed`);
  return parsed;
}

export function publishRunSecrets(secrets: RunSecrets): void {
  setInternalValue(SECRETS_ENV, JSON.stringify(secrets));
}
