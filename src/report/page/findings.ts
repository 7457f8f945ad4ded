/** Document findings: what the live document itself gets wrong or leaves open (quirks the suite copes with). */
import { html, type SafeHtml } from './html.ts';
import type { Finding } from '../model/shapes.ts';

export function findingsSection(findings: readonly Finding[], available: boolean): SafeHtml {
  if (!available)
    return html`<section id="findings"><h2>Document findings</h2><p class="muted">not available: the document test did not run</p></section>`;
  return html`<section id="findings"><h2>Document findings (${findings.length})</h2>
${
  findings.length === 0
    ? html`<p>None.</p>`
    : html`<table><thead><tr><th>finding</th><th>operation</th><th>where</th><th>what</th></tr></thead>
<tbody>${findings.map((f) => html`<tr><td><code>${f.code}</code></td><td>${f.operation === null ? html`<span class="muted">document</span>` : html`<code>${f.operation}</code>`}</td><td class="mono">${f.pointer}</td><td>${f.message}</td></tr>`)}</tbody></table>`
}
</section>`;
}
