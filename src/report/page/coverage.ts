/** Coverage: operations exercised, documented statuses observed (per operation), check results per family. */
import type { Coverage, FamilyCoverage, OperationStatuses } from '../model/coverage.ts';
import { html, type SafeHtml } from './html.ts';

function statusRow(o: OperationStatuses): SafeHtml {
  return html`<tr><td><code>${o.operation}</code></td><td>${o.documented.map((s) => html`<span class="chip ${s.observed ? 'state-pass' : 'state-not-run'}" title="${s.observed ? 'observed' : 'not observed'}">${s.status}</span>`)}</td><td>${o.undocumented.map((s) => html`<span class="chip state-fail">${s}</span>`)}</td></tr>`;
}

function familyRow(f: FamilyCoverage): SafeHtml {
  const r = f.results;
  const ran = r.pass + r.fail + r.knownDeviation + r.skip > 0;
  return html`<tr data-family="${f.family}"><th scope="row">${f.family}</th><td>${f.registered === 0 ? '—' : `${f.ran.length} / ${f.registered}`}</td>${ran ? html`<td>${r.pass}</td><td>${r.fail}</td><td>${r.knownDeviation}</td><td>${r.skip}</td>` : html`<td colspan="4" class="state-not-run">${f.failuresOnly ? 'no failure (recorded only when something fails)' : 'not run'}</td>`}</tr>`;
}

/** Why the operations not exercised were not, one line per reason. */
function notExercisedList(c: Coverage): SafeHtml | string {
  const groups = c.operations.notExercisedWhy ?? [];
  if (groups.length === 0) return '';
  return html`<ul id="not-exercised-why">${groups.map((g) => html`<li>${g.operations.length} not exercised — ${g.reason}: ${g.operations.map((o) => html`<code>${o}</code> `)}</li>`)}</ul>`;
}

export function coverageSection(c: Coverage): SafeHtml {
  return html`<section id="coverage"><h2>Coverage</h2>
<p id="operations-coverage">Operations exercised: <strong>${c.operations.exercised} / ${c.operations.documented}</strong>${c.operations.notExercised.length > 0 && (c.operations.notExercisedWhy ?? []).length === 0 ? html` — not exercised: ${c.operations.notExercised.map((o) => html`<code>${o}</code> `)}` : ''}</p>
${notExercisedList(c)}
<p id="status-coverage">Documented statuses observed: <strong>${c.statuses.observed} / ${c.statuses.documented}</strong>${c.statuses.ofExercised === undefined || c.operations.notExercised.length === 0 ? '' : html` (of the ${c.operations.exercised} operations exercised: <strong>${c.statuses.ofExercised.observed} / ${c.statuses.ofExercised.documented}</strong>)`}</p>
<h3>Checks per family</h3>
<table id="family-table"><thead><tr><th>family</th><th>checks run / registered</th><th>passed</th><th>failed</th><th>known deviations</th><th>skipped</th></tr></thead><tbody>${c.families.map(familyRow)}</tbody></table>
<details><summary>Statuses per operation</summary>
<table><thead><tr><th>operation</th><th>documented (green: observed)</th><th>answered, not documented</th></tr></thead><tbody>${c.statuses.perOperation.map(statusRow)}</tbody></table>
</details>
</section>`;
}
