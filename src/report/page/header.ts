/** The first screenful: the verdict with its counts, and what was tested (target, document, run) — never a secret. */
import { displayUrl, html, type SafeHtml } from './html.ts';
import type { FamilyCoverage } from '../model/coverage.ts';
import type { ComplianceModel, RunSummary } from '../model/model.ts';
import { plural, seconds } from '../model/format.ts';
import type { RunFacts } from '../../core/run-facts.ts';

export const VERDICT_CLASS = {
  PASS: 'verdict-pass',
  FAIL: 'verdict-fail',
  'PASS WITH KNOWN DEVIATIONS': 'verdict-kd',
  INCOMPLETE: 'verdict-incomplete',
  ERROR: 'verdict-error',
} as const;

/** One family in the banner: ✗ failed results, ≈ known deviations, ✓ passed, – only skips, or not run. */
function familyMark(f: FamilyCoverage): string {
  const r = f.results;
  if (r.fail > 0) return `${f.family} ✗ ${r.fail}`;
  if (r.knownDeviation > 0) return `${f.family} ≈ ${r.knownDeviation}`;
  if (r.pass > 0) return `${f.family} ✓`;
  if (r.skip > 0) return `${f.family} – skipped`;
  return `${f.family} not run`;
}

export function banner(model: ComplianceModel): SafeHtml {
  const families = model.coverage.families.filter((f) => !f.failuresOnly || f.results.fail > 0);
  const c = model.counts;
  return html`<header class="banner ${VERDICT_CLASS[model.verdict]}">
<h1>wm-conformance: <span id="verdict">${model.verdict}</span></h1>
${model.stopped === null ? '' : html`<p id="stopped">${model.stopped.reason}${model.stopped.ranVerdict === null ? '' : ` — the tests that ran: ${model.stopped.ranVerdict}`}</p>`}
<p id="counts">${plural(c.tests, 'test')}: ${c.passed} passed · ${c.failed} failed · ${c.skipped} skipped${c.notRun > 0 ? ` · ${c.notRun} not run` : ''} — ${plural(c.failedResults, 'failed check result')} · ${plural(c.knownDeviations, 'known deviation')} · ${plural(c.requests, 'request')}${c.retries > 0 ? ` (${c.retries} retried)` : ''}</p>
<p id="families">${families.map(familyMark).join(' · ')}</p>
${model.failedChecks.length > 0 ? html`<p>failed checks: ${model.failedChecks.join(', ')}</p>` : ''}
${model.unattributed.length > 0 ? html`<p>${plural(model.unattributed.length, 'test')} failed without a check result (see Failures)</p>` : ''}
</header>`;
}

function targetText(facts: RunFacts): string {
  const t = facts.target;
  const kind = t.embedded
    ? ` (embedded reference target${t.faults.length > 0 ? `, faults: ${t.faults.join(', ')}` : ''})`
    : '';
  return `${displayUrl(t.baseUrl)}${kind}`;
}

function runRows(run: RunSummary | null): SafeHtml {
  if (run === null) return html`<dt>Started</dt><dd class="muted">unknown</dd>`;
  return html`<dt>Started</dt><dd>${run.startTime}</dd><dt>Duration</dt><dd>${seconds(run.durationMs)}</dd>`;
}

export function runFactsSection(model: ComplianceModel): SafeHtml {
  const f = model.facts;
  if (f === null) {
    return html`<section id="run"><dl class="facts"><dt>Run facts</dt><dd class="muted">not available: the document test (live document · facts and findings) did not run</dd>${runRows(model.run)}</dl></section>`;
  }
  return html`<section id="run"><dl class="facts">
<dt>Target</dt><dd id="target">${targetText(f)}</dd>
<dt>Document</dt><dd>${f.document.title} — info.version <code>${f.document.infoVersion}</code>, OpenAPI ${f.document.openapi}, ${displayUrl(f.target.openapiUrl)}</dd>
<dt>API generation</dt><dd>${f.document.generation} (<code>${f.document.apiPrefix}</code>)</dd>
${f.deprecation == null ? '' : html`<dt>Deprecated</dt><dd id="deprecation">${f.deprecation}</dd>`}
<dt>Baseline</dt><dd>${f.baseline ?? 'none compared'}</dd>
${runRows(model.run)}
<dt>Suite version</dt><dd>wm-conformance ${f.suiteVersion}</dd>
<dt>Mode</dt><dd>${f.readOnly ? 'read-only (WM_READ_ONLY=true: nothing created, changed or deleted)' : 'read-write'}</dd>
<dt>Run ID</dt><dd><code>${f.runId}</code></dd>
</dl></section>`;
}
