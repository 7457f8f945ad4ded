/**
 * The Camunda Hub API v2 (`/api/v2`) is not tested by the suite yet: its live document (the
 * target's, or the published specification named by WM_OPENAPI_URL) passes the document stage —
 * it is fetched, bundled, validated and modelled, and the banner names it — and the run then
 * stops with one line saying so (exit 2), instead of the preflight's misleading
 * "GET /info … answered 404" (the Hub's paths are relative to its server URL `…/api/v2`, which
 * the suite does not apply yet). To be removed when the suite runs v2.
 */
import { UsageError } from '../core/errors.ts';
import { isJsonObject } from '../core/json.ts';
import type { LiveDocument } from '../document/types.ts';

const HUB_V2 = /\/api\/v2\/?$/;

/** Where the document says it is the Hub API v2 (its path prefix or a server URL), else null. */
export function hubV2Evidence(doc: LiveDocument): string | null {
  if (HUB_V2.test(doc.apiPrefix)) return `paths under ${doc.apiPrefix}`;
  const servers = Array.isArray(doc.raw.servers) ? doc.raw.servers : [];
  for (const server of servers) {
    if (isJsonObject(server) && typeof server.url === 'string' && HUB_V2.test(server.url))
      return `server URL ${server.url}`;
  }
  return null;
}

/** Throws the one-line refusal when the live document is the Hub API v2. */
export function refuseUntestedGeneration(doc: LiveDocument): void {
  const evidence = hubV2Evidence(doc);
  if (evidence === null) return;
  throw new UsageError(
    `the live document is the Camunda Hub API v2 (${evidence}): the suite does not test it yet — it tests the Web Modeler API (beta, v1)`,
  );
}
