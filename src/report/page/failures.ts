/**
 * Failures at a glance: each failed check with the operations it failed on (linking to the
 * matrix cell's details); failures of families outside the matrix (info, breaking, document,
 * transport) shown in full here; tests that failed without a check result, never hidden.
 */
import { anchorId } from '../model/cells.ts';
import { html, type SafeHtml } from './html.ts';
import { MATRIX_COLUMNS, type MatrixGroup } from '../model/matrix.ts';
import type { ComplianceModel } from '../model/model.ts';
import { plural } from '../model/format.ts';
import { groupBlock, groupResults } from './cell.ts';
import type { CheckResult } from '../../core/check-result.ts';

function cellIdOf(groups: readonly MatrixGroup[], operation: string, family: string): string | null {
  const column = MATRIX_COLUMNS.find((c) => c === family);
  if (column === undefined) return null;
  const row = groups.flatMap((g) => g.rows).find((r) => r.operation === operation);
  return row === undefined ? null : row.cells[column].id;
}

function operationLinks(model: ComplianceModel, failures: readonly CheckResult[]): SafeHtml[] {
  const operations = [...new Set(failures.map((f) => f.operation))];
  return operations.map((op) => {
    const mine = failures.filter((f) => f.operation === op);
    const first = mine[0];
    const id = first === undefined ? null : cellIdOf(model.matrix, op, first.family);
    const label = html`<code>${op}</code> (${mine.length})`;
    return html`<li>${id === null ? html`<a href="#${anchorId('x', first?.check ?? '', op)}">${label}</a>` : html`<a href="#${id}">${label}</a>`}</li>`;
  });
}

function outsideMatrix(failures: readonly CheckResult[]): SafeHtml[] {
  const outside = failures.filter((f) => !MATRIX_COLUMNS.some((c) => c === f.family));
  const keys = [...new Set(outside.map((f) => `${f.check}\u0000${f.operation}`))];
  return keys.map((key) => {
    const [check = '', op = ''] = key.split('\u0000');
    const mine = outside.filter((f) => f.check === check && f.operation === op);
    return html`<details class="result-details" id="${anchorId('x', check, op)}" data-state="fail"><summary>${check} on ${op} — ${plural(mine.length, 'failure')}</summary>${groupResults(mine).slice(0, 20).map(groupBlock)}</details>`;
  });
}

export function failuresSection(model: ComplianceModel): SafeHtml {
  const failures = model.tests.flatMap((t) => t.results).filter((r) => r.outcome === 'fail');
  if (failures.length === 0 && model.unattributed.length === 0)
    return html`<section id="failures"><h2>Failures</h2><p>None.</p></section>`;
  return html`<section id="failures"><h2>Failures</h2>
${model.failedChecks.map((check) => {
  const mine = failures.filter((f) => f.check === check);
  return html`<h3><code>${check}</code> — ${plural(mine.length, 'failure')}</h3><ul>${operationLinks(model, mine)}</ul>`;
})}
${outsideMatrix(failures)}
${model.unattributed.length > 0 ? html`<h3>Tests that failed without a check result</h3><ul>${model.unattributed.map((u) => html`<li>${u.title}: <span class="mono">${u.error}</span></li>`)}</ul>` : ''}
</section>`;
}
