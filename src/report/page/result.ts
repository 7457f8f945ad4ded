/**
 * One check result in full: what was checked, expected and actual, the known deviation's or
 * skip's reason, and the (already redacted, size-limited) request and response it judged.
 */
import { displayUrl, html, linkUrl, raw, type SafeHtml } from './html.ts';
import { STATE_LABEL } from '../model/format.ts';
import type { CheckResult, ExchangeRecord } from '../../core/check-result.ts';

function headerLines(headers: Readonly<Record<string, string>>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

/** The request and the response, folded unless `open` (a cell shows its first one open). */
export function exchangeBlock(x: ExchangeRecord, open = true): SafeHtml {
  const request = [
    `${x.method} ${displayUrl(x.url)}`,
    headerLines(x.requestHeaders),
    ...(x.requestBody === undefined ? [] : ['', x.requestBody]),
  ].join('\n');
  const response = [
    `${x.status} (${x.durationMs} ms${x.retries > 0 ? `, ${x.retries} retries` : ''}, client ${x.client})`,
    headerLines(x.responseHeaders),
    ...(x.responseBody === undefined ? [] : ['', x.responseBody]),
  ].join('\n');
  return html`<details class="exchange"${open ? raw(' open') : ''}><summary>request and response</summary><div class="muted">request</div><pre>${request}</pre><div class="muted">response</div><pre>${response}</pre></details>`;
}

function outcomeOf(r: CheckResult): string {
  return r.outcome === 'known-deviation'
    ? STATE_LABEL['known-deviation']
    : r.outcome === 'skip'
      ? STATE_LABEL.skip
      : r.outcome;
}

export function resultBlock(r: CheckResult, exchangeOpen = true): SafeHtml {
  const link = linkUrl(r.link);
  return html`<div class="result" data-check="${r.check}" data-outcome="${r.outcome}">
<div><code>${r.check}</code> <span class="chip state-${r.outcome}">${outcomeOf(r)}</span> on <code>${r.operation}</code>${r.case === undefined ? '' : html` · case <em>${r.case}</em>`}</div>
<div class="message">${r.message}</div>
${r.expected === undefined ? '' : html`<div><strong>expected</strong><pre class="expected">${r.expected}</pre></div>`}
${r.actual === undefined ? '' : html`<div><strong>actual</strong><pre class="actual">${r.actual}</pre></div>`}
${r.reason === undefined || r.outcome === 'skip' ? '' : html`<div><strong>reason</strong> ${r.reason}${link === null ? '' : html` — <a href="${link}">${link}</a>`}</div>`}
${r.exchange === undefined ? '' : exchangeBlock(r.exchange, exchangeOpen)}
</div>`;
}
