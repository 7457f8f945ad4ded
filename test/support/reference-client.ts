/**
 * Helpers for the reference target's own tests (not a test file itself): HTTP calls against a
 * running target with a chosen token, and small fixtures (a project with a file, …).
 */
import { expect } from '@playwright/test';
import type { RunningReferenceTarget, ServedApi } from '../../reference/target.ts';

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** Parsed JSON body, undefined when the body is empty or not JSON. */
  readonly json: unknown;
}

export interface CallOptions {
  /** Bearer token; null sends no Authorization header. */
  readonly token?: string | null;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as is (instead of body). */
  readonly rawBody?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

function parse(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Calls `${baseUrl}${apiPrefix}${path}` (or `${baseUrl}${path}` when `path` starts with "!"). */
export async function call(
  target: RunningReferenceTarget,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Reply> {
  const url = path.startsWith('!')
    ? `${target.baseUrl}${path.slice(1)}`
    : `${target.baseUrl}${target.apiPrefix}${path}`;
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined && options.token !== null) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined && headers['content-type'] === undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: parse(text) };
}

/** A string property of a JSON object reply (fails the test when absent). */
export function field(value: unknown, ...path: (string | number)[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Object.entries(current).find(([k]) => k === String(key))?.[1];
  }
  return current;
}

export function text(value: unknown, ...path: (string | number)[]): string {
  const found = field(value, ...path);
  expect(typeof found, `${path.join('.')} should be a string`).toBe('string');
  return typeof found === 'string' ? found : '';
}

export function items(reply: Reply): unknown[] {
  const list = field(reply.json, 'items');
  return Array.isArray(list) ? list : [];
}

/**
 * A target serving v1 and the Hub API v2 on one store (`generation: ['v1-8.10', 'hub-v2']`), each
 * API as a target of its own for `call` (the same issuer, clients and store; its own port and prefix).
 */
export function apiTargets(target: RunningReferenceTarget): {
  readonly v1: RunningReferenceTarget;
  readonly v2: RunningReferenceTarget;
} {
  const [v1, v2] = target.apis;
  if (v1 === undefined || v2 === undefined) throw new Error('two APIs expected');
  const on = (api: ServedApi): RunningReferenceTarget => ({
    ...target,
    baseUrl: api.baseUrl,
    apiPrefix: api.apiPrefix,
  });
  return { v1: on(v1), v2: on(v2) };
}

/** A client of the target bound to one token. */
export function client(target: RunningReferenceTarget, token: string | null) {
  return (method: string, path: string, options: Omit<CallOptions, 'token'> = {}): Promise<Reply> =>
    call(target, method, path, { ...options, token });
}

export type Client = ReturnType<typeof client>;

export async function createProject(api: Client, name = 'wmct-test-project'): Promise<string> {
  const reply = await api('POST', '/projects', { body: { name } });
  expect(reply.status, reply.text).toBe(200);
  return text(reply.json, 'id');
}

export async function createFile(
  api: Client,
  place: { projectId?: string; folderId?: string; content?: string },
  name = 'diagram.bpmn',
): Promise<string> {
  const reply = await api('POST', '/files', { body: { name, content: '<bpmn/>', fileType: 'bpmn', ...place } });
  expect(reply.status, reply.text).toBe(200);
  return text(reply.json, 'id');
}
