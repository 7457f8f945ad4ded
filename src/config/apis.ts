/**
 * WM_API: the APIs of one run. Unset, a run tests the one API its target serves. `v1,hub-v2`
 * (either order) tests both APIs of a Camunda 8.10/8.11 installation in one run: one lane per API
 * (src/config/lanes.ts, src/run/lanes.ts) — v1 at WM_BASE_URL / WM_OPENAPI_URL, the Hub API v2 at
 * WM_V2_BASE_URL / WM_V2_OPENAPI_URL — one compliance report with a section per API and one
 * verdict. Without a target, the embedded target serves both (generations v1-8.10 and hub-v2 on
 * one store).
 */
import { UsageError } from '../core/errors.ts';

export const API_NAMES = ['v1', 'hub-v2'] as const;
export type ApiName = (typeof API_NAMES)[number];

/** The describe title a both-APIs run declares an API's tests under (and its project greps for). */
export function apiScope(api: ApiName): string {
  return `api:${api}`;
}

/** The APIs WM_API names, v1 first; null when unset. A UsageError for an unknown or doubled API, or only one. */
export function parseApis(value: string | null): ApiName[] | null {
  if (value === null) return null;
  const names = value.split(',').map((v) => v.trim());
  const apis: ApiName[] = [];
  for (const name of names) {
    const api = API_NAMES.find((a) => a === name);
    if (api === undefined)
      throw new UsageError(`WM_API="${value}": "${name}" is no API (the APIs: ${API_NAMES.join(', ')})`);
    if (apis.includes(api)) throw new UsageError(`WM_API="${value}": ${api} is named twice`);
    apis.push(api);
  }
  if (apis.length < API_NAMES.length)
    throw new UsageError(
      `WM_API="${value}": name both APIs (WM_API=${API_NAMES.join(',')}); a run of one API needs no WM_API`,
    );
  return API_NAMES.filter((a) => apis.includes(a));
}
