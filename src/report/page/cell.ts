/**
 * A matrix cell on the page: its mark (linking to its details when it has any) and the details
 * block the link opens — every failure, known deviation and skip of the cell, in full.
 */
import type { Cell } from '../model/cells.ts';
import { html, type SafeHtml } from './html.ts';
import { plural, STATE_LABEL, STATE_MARK } from '../model/format.ts';
import { resultBlock } from './result.ts';
import type { CheckResult } from '../../core/check-result.ts';

/** At most this many distinct results per cell on the page (compliance.json holds all of them). */
const MAX_GROUPS = 20;

interface ResultGroup {
  readonly first: CheckResult;
  readonly count: number;
}

/** Results alike but for their exchange (same check, outcome, case, message, expected, actual) shown once, with a count. */
export function groupResults(results: readonly CheckResult[]): ResultGroup[] {
  const groups = new Map<string, ResultGroup>();
  for (const r of results) {
    const key = JSON.stringify([r.check, r.outcome, r.case, r.message, r.expected, r.actual, r.reason]);
    const seen = groups.get(key);
    groups.set(key, { first: seen?.first ?? r, count: (seen?.count ?? 0) + 1 });
  }
  return [...groups.values()];
}

export function groupBlock(g: ResultGroup, index: number): SafeHtml {
  return html`${resultBlock(g.first, index === 0)}${g.count > 1 ? html`<p class="muted">… and ${g.count - 1} more like this (other requests)</p>` : ''}`;
}

function hasDetails(cell: Cell): boolean {
  return cell.details.length > 0 || cell.reasons.length > 0;
}

function tooltip(cell: Cell): string {
  const c = cell.counts;
  const parts = [
    c.fail > 0 ? `${c.fail} failed` : '',
    c.knownDeviation > 0 ? `${c.knownDeviation} known deviation(s)` : '',
    c.pass > 0 ? `${c.pass} passed` : '',
    c.skip > 0 ? `${c.skip} skipped` : '',
  ].filter((p) => p !== '');
  const reasons = cell.reasons.length > 0 ? ` — ${cell.reasons.join('; ')}` : '';
  return `${STATE_LABEL[cell.state]}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}${reasons}`;
}

function markText(cell: Cell): string {
  const n =
    cell.state === 'fail' ? cell.counts.fail : cell.state === 'known-deviation' ? cell.counts.knownDeviation : 0;
  return n > 0 ? `${STATE_MARK[cell.state]} ${n}` : STATE_MARK[cell.state];
}

export function cellTd(cell: Cell, data: { readonly operation: string; readonly column: string }): SafeHtml {
  const mark = html`<span aria-hidden="true">${markText(cell)}</span><span class="sr">${STATE_LABEL[cell.state]}</span>`;
  return html`<td class="cell state-${cell.state}" data-state="${cell.state}" data-operation="${data.operation}" data-column="${data.column}" title="${tooltip(cell)}">${hasDetails(cell) ? html`<a href="#${cell.id}">${mark}</a>` : mark}</td>`;
}

export function cellDetails(cell: Cell, title: string): SafeHtml | null {
  if (!hasDetails(cell)) return null;
  const groups = groupResults(cell.details);
  const shown = groups.slice(0, MAX_GROUPS);
  const more = groups.length - shown.length;
  return html`<details class="result-details" id="${cell.id}" data-state="${cell.state}">
<summary>${title} — ${STATE_LABEL[cell.state]}${cell.details.length > 0 ? ` (${plural(cell.details.length, 'result')} not passed)` : ''}</summary>
${cell.reasons.length > 0 ? html`<p><strong>skipped:</strong> ${cell.reasons.join('; ')}</p>` : ''}
${shown.map(groupBlock)}
${more > 0 ? html`<p class="muted">… and ${more} more kinds of result (all of them are in compliance.json)</p>` : ''}
</details>`;
}
