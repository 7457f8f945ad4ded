/**
 * What the live document says of its own deprecation, for the banner and the compliance page:
 * when every operation is marked `deprecated: true`, the API is deprecated. Web Modeler's v1 as
 * Camunda 8.10 serves it is (Hub API v2 facts §1.5: v1 is deprecated in 8.10, not extended in
 * 8.11 and removed in 8.12, where v1 clients get 404); the migration report maps it to the Hub API v2.
 * An API with only some operations deprecated is not reported here (the document's own marks).
 */
import type { LiveDocument } from './types.ts';

/** The one-line deprecation note of the document, or null when it is not deprecated. */
export function deprecationNote(doc: Pick<LiveDocument, 'operations' | 'apiPrefix'>): string | null {
  if (doc.operations.length === 0 || !doc.operations.every((op) => op.deprecated)) return null;
  const removal = doc.apiPrefix.endsWith('/api/v1') ? ' (removed in 8.12)' : '';
  return `this API is deprecated${removal}: see the migration report`;
}
