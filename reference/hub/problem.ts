/**
 * RFC 9457 problems as the Hub API v2 writes them (facts §3.4): `type title status detail
 * instance`, content type `application/problem+json`, on every error. Which `type` and `instance`
 * the Hub really emits is not documented: knobs (problemType, problemInstance), defaults *assumed*
 * from the specification's examples (`about:blank`, `/api/v2/…`).
 */
import { PROBLEM_CONTENT_TYPE, ProblemError, statusTitle } from '../simulator/problem.ts';
import type { JsonObject } from '../../src/core/json.ts';
import type { OutgoingResponse } from '../simulator/types.ts';
import type { HubBehaviour } from './knobs.ts';

export { ProblemError };

export const HUB_DETAIL = {
  unauthorized: 'The supplied authentication is not authorized to access this resource.',
  notFound: 'The requested resource was not found.',
  conflict: 'The request conflicts with the current state of the resource.',
  internal: 'An unexpected error occurred while processing your request. Please try again later.',
} as const;

const EXTRA_TITLES: Readonly<Record<number, string>> = { 413: 'Payload Too Large' };

export function hubTitle(status: number): string {
  return EXTRA_TITLES[status] ?? statusTitle(status);
}

/** The problem `type` URI of a status under the 'docs-uri' knob. */
export function docsProblemType(status: number): string {
  const slug = hubTitle(status)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return `https://docs.camunda.io/api/v2.0/problem-types/${slug}`;
}

export function problemBodyOf(status: number, detail: string, path: string, hub: HubBehaviour): JsonObject {
  return {
    type: hub.problemType === 'docs-uri' ? docsProblemType(status) : 'about:blank',
    title: hubTitle(status),
    status,
    detail,
    instance: hub.problemInstance === 'path-without-api' ? path.replace(/^\/api(?=\/)/, '') : path,
  };
}

export function hubProblem(
  status: number,
  detail: string,
  path: string,
  hub: HubBehaviour,
  headers: Readonly<Record<string, string>> = {},
): OutgoingResponse {
  return {
    status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...headers },
    body: problemBodyOf(status, detail, path, hub),
  };
}

export function invalid(detail: string): ProblemError {
  return new ProblemError(400, detail);
}

export function missing(what: string): ProblemError {
  return new ProblemError(404, what);
}

export function conflict(detail: string): ProblemError {
  return new ProblemError(409, detail);
}
