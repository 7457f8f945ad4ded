/** Tests skipped as a whole, each with its reason. */
import { html, raw, type SafeHtml } from './html.ts';

export function skippedSection(skipped: readonly { readonly title: string; readonly reason: string }[]): SafeHtml {
  return html`<section id="skipped"><h2>Skipped tests (${skipped.length})</h2>
${skipped.length === 0 ? html`<p>None.</p>` : html`<details${skipped.length <= 10 ? raw(' open') : ''}><summary>${skipped.length} skipped, with reasons</summary><ul>${skipped.map((s) => html`<li>${s.title} — <em>${s.reason}</em></li>`)}</ul></details>`}
</section>`;
}
