/**
 * The one line every run starts with: which target, which profile, which API generation, and
 * whether the run may write — so a run never does something else than the person meant without
 * saying so first. E.g.
 *   target http://user:***@modeler.example.com (profile staging, v1, READ-ONLY)
 *   target the embedded reference target http://127.0.0.1:41234 (no profile, v1, READ-WRITE)
 * URLs are shown without the password of their user info (maskUserinfo).
 */

/** Every `scheme://user:secret@host…` in `text` → `scheme://user:***@host…`; user info without a password → `***@`. */
export function maskUserinfo(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)([^@/?#\s]*)@/gi, (_all, scheme: string, userinfo: string) => {
    const colon = userinfo.indexOf(':');
    return `${scheme}${colon < 0 ? '***' : `${userinfo.slice(0, colon)}:***`}@`;
  });
}

export interface BannerFacts {
  readonly baseUrl: string;
  readonly embedded: boolean;
  readonly faults: readonly string[];
  /** WM_ENV, null when no profile was chosen. */
  readonly profile: string | null;
  /** The API generation of the live document (beta, v1, v1-versions, …). */
  readonly generation: string;
  readonly readOnly: boolean;
  /** The document read, and how it was found when not at the configured URL (null: it was). */
  readonly documentUrl: string;
  readonly documentVia: string | null;
  /** The live document's deprecation note (every operation deprecated), null or absent when none. */
  readonly deprecation?: string | null;
}

export function bannerLine(facts: BannerFacts): string {
  const target = facts.embedded ? `the embedded reference target ${facts.baseUrl}` : maskUserinfo(facts.baseUrl);
  const details = [
    facts.profile === null ? 'no profile' : `profile ${facts.profile}`,
    facts.generation,
    facts.readOnly ? 'READ-ONLY' : 'READ-WRITE',
    ...(facts.faults.length > 0 ? [`faults: ${facts.faults.join(', ')}`] : []),
  ];
  const document =
    facts.documentVia === null
      ? ''
      : `; document ${maskUserinfo(facts.documentUrl)} (${maskUserinfo(facts.documentVia)})`;
  const deprecation = facts.deprecation == null ? '' : ` — ${facts.deprecation}`;
  return `target ${target} (${details.join(', ')})${document}${deprecation}`;
}
