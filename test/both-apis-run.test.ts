/**
 * Both APIs in one run (WM_API=v1,hub-v2): against the embedded target (started as generations
 * v1-8.10 and hub-v2 on one store) as `npm run conformance` runs it, and against a standalone
 * target serving both, given as WM_BASE_URL and WM_V2_BASE_URL (a real installation to the
 * suite, so the test can count what is on it). Each run passes with one compliance report — a
 * section per API, each from its own lane's tests and facts, the cross-API tests in the Hub
 * API v2's — and one verdict, and leaves nothing: no run folder, and on the standalone target
 * the same resources as before, none in the trash.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config/load.ts';
import { isJsonObject, type JsonObject } from '../src/core/json.ts';
import { standaloneTarget, startConformance, startSuite } from './support/standalone.ts';
import { rowsOfReport } from './support/report/compliance-rows.ts';

const BOTH = { WM_API: 'v1,hub-v2' };

/** The combined report: its top-level object, and each section's model by API. */
function combinedReport(reportsDir: string): { report: JsonObject; sections: Map<string, JsonObject> } {
  const parsed: unknown = JSON.parse(readFileSync(join(reportsDir, 'compliance', 'compliance.json'), 'utf8'));
  if (!isJsonObject(parsed)) throw new Error('compliance.json is no object');
  const sections = new Map<string, JsonObject>();
  for (const section of Array.isArray(parsed.sections) ? parsed.sections : []) {
    if (isJsonObject(section) && typeof section.api === 'string' && isJsonObject(section.model))
      sections.set(section.api, section.model);
  }
  return { report: parsed, sections };
}

function factsOf(model: JsonObject): JsonObject {
  return isJsonObject(model.facts) ? model.facts : {};
}

/** The report is one, with both sections, one verdict PASS; each section its lane's; the cross-API tests passed. */
function expectOnePassingReport(reportsDir: string): string[] {
  const { report, sections } = combinedReport(reportsDir);
  expect(report.schema).toBe('wm-conformance/api-sections@1');
  expect({ verdict: report.verdict, failedChecks: report.failedChecks, unattributed: report.unattributed }).toEqual({
    verdict: 'PASS',
    failedChecks: [],
    unattributed: [],
  });
  expect([...sections.keys()]).toEqual(['v1', 'hub-v2']);
  const runIds: string[] = [];
  for (const [api, model] of sections) {
    expect(model.verdict, api).toBe('PASS');
    const facts = factsOf(model);
    expect(facts.lane, api).toBe(api);
    const document = isJsonObject(facts.document) ? facts.document : {};
    expect(document.apiPrefix, api).toBe(api === 'v1' ? '/api/v1' : '/api/v2');
    const rows = rowsOfReport(model);
    expect(rows.filter((r) => r.status === 'passed').length, `${api}: tests that passed`).toBeGreaterThan(20);
    expect(rows.filter((r) => r.status === 'failed')).toEqual([]);
    if (typeof facts.runId === 'string') runIds.push(facts.runId);
    expect(existsSync(join(reportsDir, 'compliance', api, 'index.html')), `${api}: its full page`).toBe(true);
  }
  const hubTests = sections.get('hub-v2')?.tests;
  const titles = (Array.isArray(hubTests) ? hubTests : []).flatMap((t) =>
    isJsonObject(t) && typeof t.title === 'string' && t.status === 'passed' ? [t.title] : [],
  );
  expect(titles.filter((t) => t.includes('cross-API')).sort()).toEqual([
    'getFile · cross-API: a v1 file is a v2 file',
    'getWorkspace · cross-API: a v1 project is a v2 workspace',
    'searchMembers · cross-API: a v1 collaborator is a v2 member',
  ]);
  const v1Tests = sections.get('v1')?.tests;
  expect(JSON.stringify(v1Tests)).not.toContain('cross-API');
  const page = readFileSync(join(reportsDir, 'compliance', 'index.html'), 'utf8');
  expect(page).toContain('both APIs in one run: v1 PASS · hub-v2 PASS');
  expect(page).toContain('id="api-v1"');
  expect(page).toContain('id="api-hub-v2"');
  expect(runIds).toHaveLength(2);
  return runIds;
}

test('WM_API=v1,hub-v2 without a target: the embedded target serves both; PASS, one report, a section per API, nothing left', async () => {
  test.setTimeout(600_000);
  const run = startConformance(null, [], BOTH);
  const exit = await run.exited;
  const output = run.output();
  expect(exit.code, output.slice(-4000)).toBe(0);
  // One banner line per API: v1 as 8.10 serves it (deprecated) and the Hub API v2, on two ports.
  const banners = output.split('\n').filter((l) => l.startsWith('wm-conformance: target '));
  expect(banners, output.slice(-3000)).toHaveLength(2);
  expect(banners[1]).toMatch(/embedded reference target http:\/\/127\.0\.0\.1:\d+ \(no profile, hub-v2, READ-WRITE\)/);
  for (const runId of expectOnePassingReport(run.reportsDir))
    expect(existsSync(join(PROJECT_ROOT, '.wmct', 'runs', runId)), `run folder ${runId}`).toBe(false);
});

test('WM_API=v1,hub-v2 against an installation serving both (WM_BASE_URL and WM_V2_BASE_URL): PASS, and nothing is left, live or in the trash', async () => {
  test.setTimeout(600_000);
  const target = await standaloneTarget({ generation: ['v1-8.10', 'hub-v2'] });
  try {
    const before = target.stats().resources;
    // The lines the target prints: WM_BASE_URL for v1, WM_V2_BASE_URL for the Hub API v2.
    const run = startSuite(target, { ...BOTH, WM_ALLOW_ORGANIZATION_CHANGES: 'true' });
    const exit = await run.exited;
    const output = run.output();
    expect(exit.code, output.slice(-4000)).toBe(0);
    expectOnePassingReport(run.reportsDir);
    expect(target.stats().resources).toEqual(before);
  } finally {
    await target.stop();
  }
});
