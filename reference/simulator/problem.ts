/**
 * RFC 9457 problem details as Web Modeler (Spring's ProblemDetail) writes them, and the error the
 * handlers throw to answer with one.
 */
import type { JsonObject } from '../../src/core/json.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
};

export const DETAIL = {
  notFound: 'Resource not found.',
  forbidden: 'Operation not allowed.',
  conflict: 'There was a revision conflict while processing your file.',
  internal: 'Unexpected error while processing request.',
  projectNotEmpty: 'The project is not empty: delete its files first.',
  folderNotEmpty: 'The folder is not empty: delete its files first.',
} as const;

export function statusTitle(status: number): string {
  return TITLES[status] ?? 'Error';
}

export function problemBody(status: number, detail: string, instance: string): JsonObject {
  return { type: 'about:blank', title: statusTitle(status), status, detail, instance };
}

/** Thrown by handlers and the request pipeline; the server turns it into a problem response. */
export class ProblemError extends Error {
  readonly status: number;
  readonly detail: string;
  readonly headers: Readonly<Record<string, string>>;
  constructor(status: number, detail: string, headers: Readonly<Record<string, string>> = {}) {
    super(`${status} ${detail}`);
    this.name = 'ProblemError';
    this.status = status;
    this.detail = detail;
    this.headers = headers;
  }
}

export function badRequest(detail: string): ProblemError {
  return new ProblemError(400, detail);
}

export function notFound(detail: string = DETAIL.notFound): ProblemError {
  return new ProblemError(404, detail);
}

export function internalError(): ProblemError {
  return new ProblemError(500, DETAIL.internal);
}
