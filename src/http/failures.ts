/**
 * A target that fails the suite, named for what it is — one line and exit 2 (a UsageError), never
 * "internal error": the target is unreachable, timed out, redirected somewhere the suite does not
 * follow, or served a document the suite rejects. Each message starts with that class.
 */
import { UsageError } from '../core/errors.ts';
import { BodyTooLargeError, TransportError, formatBytes, type HttpResponse } from './client.ts';

export type TargetFailure = 'unreachable' | 'timed out' | 'redirected' | 'document rejected';

export class TargetError extends UsageError {
  readonly failure: TargetFailure;
  constructor(failure: TargetFailure, detail: string) {
    super(`${failure === 'document rejected' ? failure : `target ${failure}`}: ${detail}`);
    this.name = 'TargetError';
    this.failure = failure;
  }
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * A transport failure of `what` (e.g. "POST /api/v1/projects/search"): timed out after the
 * request timeout, or unreachable (refused, reset, TLS, DNS) with the cause.
 */
export function transportFailure(error: TransportError, what: string, timeoutMs: number): TargetError {
  if (error.kind === 'timeout') {
    return new TargetError('timed out', `${what} did not answer within ${seconds(timeoutMs)} (WM_REQUEST_TIMEOUT_MS)`);
  }
  const hint =
    error.kind === 'tls' ? ' — check NODE_EXTRA_CA_CERTS' : error.kind === 'dns' ? ' — check the host name' : '';
  return new TargetError('unreachable', `${what} failed: ${error.message}${hint}`);
}

export function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

/** Where a 3xx answer points (resolved against the request's URL), or "nowhere" without a Location. */
export function redirectTarget(response: Pick<HttpResponse, 'headers'>, requestUrl: string): string {
  const location = response.headers.location;
  if (location === undefined || location.trim() === '') return 'nowhere (no Location header)';
  try {
    return new URL(location, requestUrl).toString();
  } catch {
    return location;
  }
}

/** An API call answered 3xx: redirects are not followed for API calls (a token must not travel on). */
export function apiRedirect(
  what: string,
  status: number,
  response: Pick<HttpResponse, 'headers'>,
  requestUrl: string,
): TargetError {
  const to = redirectTarget(response, requestUrl);
  const offHost = (() => {
    try {
      return new URL(to).host !== new URL(requestUrl).host;
    } catch {
      return false;
    }
  })();
  return new TargetError(
    'redirected',
    `${what} answered ${status} to ${to} — redirects are not followed for API calls; WM_BASE_URL must be where the API answers${offHost ? ' (another host: a login page of an SSO proxy in front of the API?)' : ''}`,
  );
}

/** A body past the document size limit. */
export function tooLarge(error: BodyTooLargeError): TargetError {
  return new TargetError(
    'document rejected',
    `${error.url} is larger than ${formatBytes(error.maxBytes)}; the suite reads documents up to that size`,
  );
}
