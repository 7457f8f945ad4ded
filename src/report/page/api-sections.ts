/**
 * The compliance page of a both-APIs run (WM_API=v1,hub-v2): the one verdict, then a section per
 * API — its verdict and counts (the one-API page's banner), what was tested and its failures —
 * each linking the API's full page (`<api>/index.html` beside this one). Rendered purely from
 * the model, like the one-API page.
 */
import { html, raw } from './html.ts';
import type { ApiSectionsModel } from '../model/api-sections.ts';
import { banner, runFactsSection, VERDICT_CLASS } from './header.ts';
import { failuresSection } from './failures.ts';
import { PAGE_STYLE } from './style.ts';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function renderApiSectionsPage(model: ApiSectionsModel): string {
  const apis = model.sections.map((s) => s.api).join(' and ');
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>wm-conformance ${model.verdict} — ${apis}</title>
<style>${raw(PAGE_STYLE)}</style>
</head><body>
<header class="banner ${VERDICT_CLASS[model.verdict]}">
<h1>wm-conformance: <span id="verdict">${model.verdict}</span></h1>
<p id="apis">both APIs in one run: ${model.sections.map((s) => `${s.api} ${s.model.verdict}`).join(' · ')}</p>
${model.failedChecks.length > 0 ? html`<p>failed checks: ${model.failedChecks.join(', ')}</p>` : ''}
</header>
<main>
<nav>${model.sections.map((s) => html`<a href="#api-${s.api}">${s.api}</a>`)}</nav>
${model.sections.map(
  (s) => html`<section class="api" id="api-${s.api}">
<h2>${s.api}: ${s.model.verdict} — <a href="${s.api}/index.html">the full ${s.api} report</a></h2>
${banner(s.model)}
${runFactsSection(s.model)}
${failuresSection(s.model)}
</section>`,
)}
</main></body></html>
`.value;
}
