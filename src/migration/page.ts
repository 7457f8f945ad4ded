/**
 * The migration page (`reports/migration/index.html`), rendered from the report's data only
 * (report.ts): one self-contained file, every value escaped (the compliance page's `html`
 * template), no external asset, a Content Security Policy that forbids every request. Read per
 * v1 call: "you call X → call Y; change a → b; paging; errors", then the behaviour observed, the
 * operations new in v2, and every change of the guide with its verdict.
 * Elements carry `data-*` attributes with the report's keys so a test can hold the page to the data.
 */
import { html, raw, type SafeHtml } from '../report/page/html.ts';
import {
  VERDICT_TEXT,
  type Behaviour,
  type ChangeOutcome,
  type MigrationReport,
  type OperationEntry,
  type OperationRef,
  type RenameEntry,
  type Verdict,
} from './report.ts';

const CSP = "default-src 'none'; style-src 'unsafe-inline'";

const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 24px 48px; color: #1f2328; max-width: 1400px; }
h1 { margin: 16px 0 4px; } h2 { margin-top: 32px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
table { border-collapse: collapse; margin: 8px 0; } th, td { border: 1px solid #d0d7de; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
.op { border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 12px; margin: 10px 0; }
.op h3 { margin: 0 0 6px; font-size: 15px; }
.verdict-matches { color: #1a7f37; font-weight: 600; } .verdict-differs { color: #cf222e; font-weight: 600; } .verdict-not-found { color: #57606a; font-weight: 600; }
.status-dropped { color: #9a6700; font-weight: 600; } .status-unknown { color: #cf222e; font-weight: 600; }
.muted { color: #57606a; }
`;

function call(ref: OperationRef): SafeHtml {
  return html`<code>${ref.method} ${ref.path}</code>${ref.operationId === null ? '' : html` <span class="muted">(${ref.operationId})</span>`}`;
}

function verdict(v: Verdict, detail: string): SafeHtml {
  return html`<span class="verdict-${v}" data-verdict="${v}">${VERDICT_TEXT[v]}</span>${v === 'matches' ? '' : html`: `}<span class="muted">${v === 'matches' ? html` (${detail})` : detail}</span>`;
}

function changeRow(change: ChangeOutcome): SafeHtml {
  return html`<li data-change="${change.id}">${change.text} — <em>${change.action}</em>; ${verdict(change.verdict, change.detail)}</li>`;
}

function operationBlock(op: OperationEntry): SafeHtml {
  const target =
    op.status === 'unknown'
      ? html`<span class="status-unknown">unknown</span>: the migration mapping does not know this operation; check the migration guide`
      : op.status === 'dropped'
        ? html`<span class="status-dropped">dropped</span> — ${op.replacement ?? ''}${op.v2.length === 0 ? '' : html`; call ${op.v2.map((v, i) => html`${i > 0 ? ', ' : ''}${call(v)}${v.inDocument ? '' : html` <span class="verdict-differs">(not in the v2 document)</span>`}`)}`}`
        : html`call ${op.v2.map((v, i) => html`${i > 0 ? ', ' : ''}${call(v)}${v.inDocument ? '' : html` <span class="verdict-differs">(not in the v2 document)</span>`}`)}`;
  const shown = op.changes.filter((c) => c.verdict !== 'not-found');
  const hidden = op.changes.length - shown.length;
  return html`<section class="op" data-v1="${op.v1.key}" data-status="${op.status}" data-v2="${op.v2.map((v) => v.key).join(' | ')}">
<h3>You call ${call(op.v1)} → ${target}</h3>
${op.note === null ? '' : html`<p>${op.note}</p>`}
${shown.length === 0 ? '' : html`<ul>${shown.map(changeRow)}</ul>`}
${hidden === 0 ? '' : html`<p class="muted">${hidden} change${hidden === 1 ? '' : 's'} of the guide not found in these documents for this call (see <a href="#changes">all changes</a>).</p>`}
<p class="muted">Source: ${op.source === null ? 'none (not in the mapping)' : `facts ${op.source}`}</p>
</section>`;
}

function behaviourSection(behaviour: Behaviour): SafeHtml {
  if (!behaviour.observed) {
    return html`<section id="behaviour" data-observed="false"><h2>Behaviour observed</h2><p><strong>Not observed.</strong> ${behaviour.reason}.</p></section>`;
  }
  return html`<section id="behaviour" data-observed="true"><h2>Behaviour observed</h2>
<p>${behaviour.reason}${behaviour.target === null ? '' : html` — <span class="muted">${behaviour.target}</span>`}.</p>
<table><thead><tr><th>what</th><th>v1 answered</th><th>v2 answered</th><th>different?</th><th>documented</th></tr></thead><tbody>
${behaviour.observations.map(
  (o) =>
    html`<tr data-observation="${o.id}"><td>${o.what}</td><td>${o.v1}</td><td>${o.v2}</td><td>${o.differs ? 'yes' : 'no'}</td><td class="muted">${o.expected}</td></tr>`,
)}
</tbody></table></section>`;
}

function renameRow(rename: RenameEntry): SafeHtml {
  return html`<tr data-rename="${rename.id}" data-verdict="${rename.verdict}"><td>${rename.text}</td><td>${rename.action}</td><td>${verdict(rename.verdict, rename.detail)}</td><td class="muted">${rename.source}</td></tr>`;
}

export function renderMigrationPage(report: MigrationReport): string {
  const s = report.summary;
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Migration rehearsal: Web Modeler API v1 → Camunda Hub API v2</title>
<style>${raw(STYLE)}</style>
</head><body>
<h1>Migration rehearsal: Web Modeler API v1 → Camunda Hub API v2</h1>
<p>From <strong>${report.from.title} ${report.from.infoVersion}</strong> <span class="muted">(${report.from.source})</span>
to <strong>${report.to.title} ${report.to.infoVersion}</strong> <span class="muted">(${report.to.source})</span>; generated ${report.generatedAt}.</p>
<p id="summary" data-v1-operations="${s.v1Operations}" data-mapped="${s.mapped}" data-dropped="${s.dropped}" data-unknown="${s.unknown}" data-new-in-v2="${s.newInV2}">
${s.v1Operations} v1 operations: ${s.mapped} with a v2 counterpart, ${s.dropped} dropped, ${s.unknown} unknown; ${s.newInV2} v2 operations new.
Changes of the guide: ${s.changes.matches} match the documents, ${s.changes.differs} differ, ${s.changes['not-found']} not found in them.</p>
<p class="muted">Each change is checked against the two documents' schemas: "matches the guide" (both documents show it), "differs" (a document shows something else: read the reason), "not found in the documents" (neither shows it; the guide may still be right).</p>
<nav><a href="#operations">Per v1 call</a> · <a href="#behaviour">Behaviour observed</a> · <a href="#new">New in v2</a> · <a href="#changes">All changes of the guide</a></nav>
<section id="operations"><h2>Per v1 call</h2>
${report.operations.map(operationBlock)}
</section>
${behaviourSection(report.behaviour)}
<section id="new"><h2>New in v2 (no operation of this v1 document leads to them)</h2>
${report.newInV2.length === 0 ? html`<p>None.</p>` : html`<ul>${report.newInV2.map((op) => html`<li data-new="${op.key}">${call(op)}</li>`)}</ul>`}
${report.mappingNotInDocument.length === 0 ? '' : html`<p class="muted">Mapping entries whose v1 operation this v1 document does not have: ${report.mappingNotInDocument.join(', ')}.</p>`}
</section>
<section id="changes"><h2>All changes of the guide</h2>
<table><thead><tr><th>change</th><th>what to do</th><th>in these documents</th><th>source (facts)</th></tr></thead><tbody>
${report.renames.map(renameRow)}
</tbody></table></section>
</body></html>
`.value;
}
