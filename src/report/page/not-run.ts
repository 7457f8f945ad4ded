/** An INCOMPLETE or ERROR run: why it did not execute its whole plan, and the tests that did not run. */
import { html, raw, type SafeHtml } from './html.ts';
import type { Stopped } from '../model/model.ts';
import { plural } from '../model/format.ts';

export function notRunSection(stopped: Stopped): SafeHtml {
  const list = stopped.notRun;
  return html`<section id="not-run"><h2>${stopped.verdict === 'ERROR' ? 'The run could not start' : `Not run (${list.length})`}</h2>
<p class="reason">${stopped.reason}</p>
${stopped.verdict === 'INCOMPLETE' && stopped.planned > 0 ? html`<p>${plural(stopped.planned - list.length, 'test')} of ${stopped.planned} planned ran to the end${stopped.ranVerdict === null ? '' : `; their verdict: ${stopped.ranVerdict}`}. Their failures, if any, are listed below as in a complete run.</p>` : ''}
${list.length === 0 ? '' : html`<details${list.length <= 10 ? raw(' open') : ''}><summary>${plural(list.length, 'test')} that did not run</summary><ul>${list.map((t) => html`<li>${t}</li>`)}</ul></details>`}
</section>`;
}
