/** Breaking changes against the baseline, by severity; "not run" when the gate did not run. */
import type { BreakingSection } from '../model/breaking.ts';
import { html, type SafeHtml } from './html.ts';
import type { BreakingChange, IgnoredChange } from '../../core/attachments.ts';
import { plural, prettyJson } from '../model/format.ts';

function fragments(c: BreakingChange): SafeHtml | string {
  if (c.oldFragment === undefined && c.newFragment === undefined) return '';
  return html`<details><summary>before / after</summary>${c.oldFragment === undefined ? '' : html`<div class="muted">baseline</div><pre>${prettyJson(c.oldFragment)}</pre>`}${c.newFragment === undefined ? '' : html`<div class="muted">live</div><pre>${prettyJson(c.newFragment)}</pre>`}</details>`;
}

function changeRow(c: BreakingChange): SafeHtml {
  return html`<tr data-rule="${c.id}"><td><code>${c.id}</code></td><td><code>${c.operation}</code><br><span class="muted mono">${c.method} ${c.path}</span></td><td class="mono">${c.location}</td><td>${c.message}${fragments(c)}</td></tr>`;
}

function ignoredTable(ignored: readonly IgnoredChange[]): SafeHtml | string {
  if (ignored.length === 0) return '';
  return html`<h3 id="breaking-ignored">accepted by the ignore file (${plural(ignored.length, 'change')})</h3>
<table><thead><tr><th>rule</th><th>operation</th><th>change</th><th>reason</th></tr></thead><tbody>${ignored.map((c) => html`<tr data-ignored="${c.id}"><td><code>${c.id}</code> <span class="muted">${c.severity}</span></td><td><code>${c.operation}</code><br><span class="muted mono">${c.method} ${c.path}</span></td><td>${c.message}</td><td>${c.reason}</td></tr>`)}</tbody></table>`;
}

export function breakingSection(breaking: BreakingSection | null): SafeHtml {
  if (breaking === null)
    return html`<section id="breaking"><h2>Breaking changes</h2><p class="muted" id="breaking-not-run">not run: no baseline was compared in this run (WM_BASELINE)</p></section>`;
  const counts = Object.entries(breaking.counts)
    .map(([k, n]) => `${k}: ${n}`)
    .join(', ');
  return html`<section id="breaking"><h2>Breaking changes</h2>
<p>against baseline <code>${breaking.baseline}</code>${counts === '' ? '' : ` — ${counts}`}</p>
${breaking.notes.map((note) => html`<p class="muted breaking-note">${note}</p>`)}
${
  breaking.groups.length === 0
    ? html`<p>No change against the baseline.</p>`
    : breaking.groups.map(
        (g) => html`<h3>${g.severity} (${plural(g.changes.length, 'change')})</h3>
<table><thead><tr><th>rule</th><th>operation</th><th>where</th><th>change</th></tr></thead><tbody>${g.changes.map(changeRow)}</tbody></table>`,
      )
}
${ignoredTable(breaking.ignored)}
</section>`;
}
