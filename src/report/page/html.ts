import { redactText, shownUrl } from '../../core/redact.ts';
/**
 * HTML building for the compliance page: a tagged template that escapes every interpolated
 * value unless it is already built HTML. Hand-written on purpose: the page is one static file
 * made of a dozen small template functions, so a template engine (and its own escaping rules,
 * partials and loader) would be more than the job needs; the one thing that matters — that no
 * value from a target, a document or a check message can inject markup — is this file. It is
 * also where every text reaches the page, so it is redacted here (src/core/redact.ts), each text
 * once: the same defence as a pass over the whole page, at a fraction of its cost.
 */

/** Markup built by `html` (or `raw`), safe to interpolate into other markup as is. */
export class SafeHtml {
  readonly value: string;

  constructor(value: string) {
    this.value = value;
  }

  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and for quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map((v: HtmlValue) => render(v)).join('');
  if (typeof value === 'string') return escapeHtml(redactText(value));
  return escapeHtml(String(value));
}

/** `html\`<td>${text}</td>\`` escapes `text`; nested `html` results and arrays of them pass through. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Trusted markup written by the suite itself (the page's CSS and script). Never for data. */
export function raw(trusted: string): SafeHtml {
  return new SafeHtml(trusted);
}

/** An http(s) URL usable as a link target, or null (javascript:, data: and the like never become links). */
export function linkUrl(url: string | null | undefined): string | null {
  if (url === null || url === undefined) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A URL for display: its password shown as `user:***@` (src/core/redact.ts, the one function for it). */
export function displayUrl(url: string): string {
  return shownUrl(url);
}
