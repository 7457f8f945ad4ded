/**
 * The compliance page: one self-contained HTML file (inline CSS and script, a Content Security
 * Policy that forbids every network request) rendered purely from the compliance model, so the
 * same model always gives the same page and the page can be tested without a run.
 */
import { html, raw } from './html.ts';
import type { ComplianceModel } from '../model/model.ts';
import { breakingSection } from './breaking.ts';
import { clientsSection } from './clients.ts';
import { coverageSection } from './coverage.ts';
import { deviationsSection } from './deviations.ts';
import { detectionSection } from './detection.ts';
import { failuresSection } from './failures.ts';
import { findingsSection } from './findings.ts';
import { banner, runFactsSection } from './header.ts';
import { matrixSection } from './matrix.ts';
import { PAGE_SCRIPT } from './script.ts';
import { notRunSection } from './not-run.ts';
import { skippedSection } from './skipped.ts';
import { PAGE_STYLE } from './style.ts';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

const NAV: readonly (readonly [string, string])[] = [
  ['not-run', 'Not run'],
  ['failures', 'Failures'],
  ['matrix', 'Operations × checks'],
  ['clients', 'Permissions & info'],
  ['breaking', 'Breaking changes'],
  ['findings', 'Document findings'],
  ['deviations', 'Known deviations'],
  ['coverage', 'Coverage'],
  ['detection', 'Detection power'],
  ['skipped', 'Skipped tests'],
];

/** Pages beside this one in the reports folder that the page links when they exist. */
export interface PageLinks {
  /** `reports/migration/migration.json` exists (`npm run migration`): link `../migration/index.html`. */
  readonly migration?: boolean;
}

export function renderCompliancePage(model: ComplianceModel, links: PageLinks = {}): string {
  const title = `wm-conformance ${model.verdict}${model.facts === null ? '' : ` — ${model.facts.document.title} ${model.facts.document.infoVersion}`}`;
  const nav = NAV.filter(
    ([id]) => (id !== 'detection' || model.detection !== null) && (id !== 'not-run' || model.stopped !== null),
  );
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${raw(PAGE_STYLE)}</style>
<script>${raw(PAGE_SCRIPT)}</script>
</head><body>
${banner(model)}
<main>
${runFactsSection(model)}
<nav>${nav.map(([id, label]) => html`<a href="#${id}">${label}</a>`)}${links.migration === true ? html`<a href="../migration/index.html" id="migration-link">Migration rehearsal (v1 → Hub API v2)</a>` : ''}</nav>
${model.stopped === null ? '' : notRunSection(model.stopped)}
${failuresSection(model)}
${matrixSection(model.matrix)}
${clientsSection(model.permissions, model.info)}
${breakingSection(model.breaking)}
${findingsSection(model.findings, model.facts !== null)}
${deviationsSection(model.deviations)}
${coverageSection(model.coverage)}
${model.detection === null ? '' : detectionSection(model.detection)}
${skippedSection(model.skipped)}
</main></body></html>
`.value;
}
