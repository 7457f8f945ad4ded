/**
 * The compliance model of a both-APIs run (WM_API=v1,hub-v2): one report with a section per API
 * (each section the API's own ComplianceModel, from its lane's tests and facts only) and one
 * verdict, the worst of the sections'. `failedChecks` and `unattributed` are the sections'
 * together, at the top as in a one-API report, so that whoever reads one reads the other.
 */
import type { ComplianceModel, RunSummary, RunVerdict } from './model.ts';

export const API_SECTIONS_SCHEMA = 'wm-conformance/api-sections@1';

export interface ApiSection {
  readonly api: string;
  readonly model: ComplianceModel;
}

export interface ApiSectionsModel {
  readonly schema: typeof API_SECTIONS_SCHEMA;
  readonly verdict: RunVerdict;
  readonly failedChecks: readonly string[];
  readonly unattributed: readonly { readonly title: string; readonly error: string }[];
  readonly run: RunSummary | null;
  readonly sections: readonly ApiSection[];
}

/** Worst first: the combined verdict is the first of these any section has. */
const WORST_FIRST: readonly RunVerdict[] = ['ERROR', 'INCOMPLETE', 'FAIL', 'PASS WITH KNOWN DEVIATIONS', 'PASS'];

export function combinedVerdict(verdicts: readonly RunVerdict[]): RunVerdict {
  return WORST_FIRST.find((v) => verdicts.includes(v)) ?? 'ERROR';
}

export function apiSectionsModel(sections: readonly ApiSection[], run: RunSummary | null): ApiSectionsModel {
  return {
    schema: API_SECTIONS_SCHEMA,
    verdict: combinedVerdict(sections.map((s) => s.model.verdict)),
    failedChecks: [...new Set(sections.flatMap((s) => s.model.failedChecks))].sort(),
    unattributed: sections.flatMap((s) => s.model.unattributed.map((u) => ({ ...u, title: `${s.api}: ${u.title}` }))),
    run,
    sections,
  };
}
