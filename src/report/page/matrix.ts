/** The operation × check-family matrix section: rows grouped by resource, and each cell's details below. */
import { MATRIX_COLUMNS, type MatrixGroup, type MatrixRow } from '../model/matrix.ts';
import { html, type SafeHtml } from './html.ts';
import { cellDetails, cellTd } from './cell.ts';
import { STATE_LABEL, STATE_MARK } from '../model/format.ts';

function rowHasFindings(row: MatrixRow): boolean {
  return MATRIX_COLUMNS.some((c) => row.cells[c].state === 'fail' || row.cells[c].state === 'known-deviation');
}

function rowTr(row: MatrixRow): SafeHtml {
  const head =
    row.method === ''
      ? html`<code>${row.operation}</code>`
      : html`<code>${row.operation}</code> <span class="muted mono">${row.method} ${row.path}</span>`;
  return html`<tr class="${rowHasFindings(row) ? 'findings' : 'ok'}" data-operation="${row.operation}"><th scope="row">${head}${row.documented ? '' : html` <span class="muted">(not in the document)</span>`}</th>${MATRIX_COLUMNS.map((column) => cellTd(row.cells[column], { operation: row.operation, column }))}</tr>`;
}

function legend(): SafeHtml {
  const states = ['pass', 'fail', 'known-deviation', 'skip', 'not-run'] as const;
  return html`<p class="legend">${states.map((s) => html`<span><span class="chip state-${s}">${STATE_MARK[s]}</span> ${STATE_LABEL[s]}</span>`)}</p>`;
}

export function matrixSection(groups: readonly MatrixGroup[]): SafeHtml {
  const rows = groups.flatMap((g) => g.rows);
  const details = rows.flatMap((row) =>
    MATRIX_COLUMNS.map((column) => cellDetails(row.cells[column], `${row.operation} × ${column}`)),
  );
  return html`<section id="matrix"><h2>Operations × checks</h2>
${legend()}
<p class="controls"><label><input type="checkbox" id="only-failures"> only rows with failures or known deviations</label></p>
<table class="matrix" id="matrix-table"><thead><tr><th>operation</th>${MATRIX_COLUMNS.map((c) => html`<th>${c}</th>`)}</tr></thead>
<tbody>${groups.map((g) => html`<tr class="group"><th colspan="${MATRIX_COLUMNS.length + 1}">${g.resource}</th></tr>${g.rows.map(rowTr)}`)}</tbody></table>
<h3>Details of the cells</h3>
${details.some((d) => d !== null) ? details : html`<p class="muted">Every check that ran passed.</p>`}
</section>`;
}
