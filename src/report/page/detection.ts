/** Detection power (from reports/mutation.json): which faults of the reference target the suite catches. */
import { html, type SafeHtml } from './html.ts';
import type { DetectionPower, FaultDetection } from '../model/shapes.ts';

function faultRow(f: FaultDetection): SafeHtml {
  return html`<tr data-fault="${f.name}"><td><code>${f.name}</code></td><td>${f.description}</td><td>${f.catches.join(', ')}</td><td>${f.failedChecks.join(', ')}</td><td class="cell ${f.killed ? 'state-pass' : 'state-fail'}">${f.killed ? 'killed' : 'survived'}</td></tr>`;
}

export function detectionSection(d: DetectionPower): SafeHtml {
  return html`<section id="detection"><h2>Detection power</h2>
<p>Score <strong>${d.score} %</strong>: ${d.killed} of ${d.total} faults of the reference target detected.</p>
<table><thead><tr><th>fault</th><th>what it breaks</th><th>must be caught by</th><th>failed checks</th><th>result</th></tr></thead><tbody>${d.faults.map(faultRow)}</tbody></table>
</section>`;
}
