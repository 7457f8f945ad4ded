/** Known deviations: those applied in this run, and the stale entries no failure matched. */
import type { AppliedDeviation, DeviationsSection } from '../model/deviations.ts';
import { html, linkUrl, type SafeHtml } from './html.ts';
import type { KnownDeviation } from '../../core/run-facts.ts';

function linkCell(link: string | undefined): SafeHtml {
  const url = linkUrl(link);
  return url === null ? html`<td></td>` : html`<td><a href="${url}">${url}</a></td>`;
}

function appliedRow(d: AppliedDeviation): SafeHtml {
  return html`<tr><td><code>${d.operation}</code></td><td><code>${d.check}</code></td><td>${d.count}</td><td>${d.reason}</td>${linkCell(d.link)}</tr>`;
}

function staleRow(d: KnownDeviation): SafeHtml {
  return html`<tr><td><code>${d.operationId}</code></td><td><code>${d.check}</code></td><td>${d.reason}</td>${linkCell(d.link)}</tr>`;
}

export function deviationsSection(d: DeviationsSection): SafeHtml {
  return html`<section id="deviations"><h2>Known deviations</h2>
<p>${d.configured} configured · ${d.applied.length} applied · ${d.stale.length} stale</p>
<h3>Applied</h3>
${d.applied.length === 0 ? html`<p class="muted">None applied.</p>` : html`<table id="applied-table"><thead><tr><th>operation</th><th>check</th><th>results</th><th>reason</th><th>link</th></tr></thead><tbody>${d.applied.map(appliedRow)}</tbody></table>`}
<h3>Stale (no failure matched: remove them from the known-deviations file)</h3>
${d.stale.length === 0 ? html`<p class="muted">None.</p>` : html`<table id="stale-table"><thead><tr><th>operationId</th><th>check</th><th>reason</th><th>link</th></tr></thead><tbody>${d.stale.map(staleRow)}</tbody></table>`}
</section>`;
}
