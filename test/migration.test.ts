/**
 * `npm run migration` end to end: against the embedded reference target (all 25 operations of
 * the published v1 document with their v2 counterpart or replacement, every rename of facts
 * §4.3, the mapping compared with the published §4.2 table, the behaviour observed), from two
 * files (the published documents, the v2 one a split specification), the page held to its data,
 * the compliance page's link, and the bad-input rows of the README ("Migration rehearsal").
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT } from '../src/config/load.ts';
import { isJsonObject } from '../src/core/json.ts';
import { main } from '../src/cli/migration.ts';
import { childEnv } from '../src/mutation/run-suite.ts';
import type { MigrationReport } from '../src/migration/report.ts';
import { MIGRATION_SCHEMA } from '../src/migration/report.ts';
import { buildReportModel } from '../src/report/model/model.ts';
import { writeCompliance } from '../src/report/reporters/compliance-reporter.ts';
import { fixtureDocument } from '../src/document/fixtures/documents.ts';
import { FACTS, mixedRun } from './support/report/records.ts';
import { useTempDir } from './support/temp-dir.ts';
import { launchChromium, openFromDisk } from './support/report/browser.ts';
import {
  FACTS_FILE,
  FACTS_MISSING,
  PUBLISHED_MISSING,
  PUBLISHED_V1,
  publishedMapping,
  publishedRenames,
} from './support/migration-facts.ts';

const PUBLISHED_V2 = resolve(PROJECT_ROOT, '..', 'shared', 'reference', 'hub-api-v2', 'spec', 'camunda-openapi.yaml');
const tmp = useTempDir('wmct-migration-');

function isReport(value: unknown): value is MigrationReport {
  return isJsonObject(value) && value.schema === MIGRATION_SCHEMA && Array.isArray(value.operations);
}

function readReport(reports: string): MigrationReport {
  const parsed: unknown = JSON.parse(readFileSync(join(reports, 'migration', 'migration.json'), 'utf8'));
  if (!isReport(parsed)) throw new Error('migration.json is not a migration report');
  return parsed;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const unescape = (text: string): string => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);

/** Every value of `data-<name>="…"` in the page, in page order. */
function attributes(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`data-${name}="([^"]*)"`, 'g'))].map((m) => unescape(m[1] ?? ''));
}

/** The operation sections of the page: their attributes and the change ids listed in each. */
function sections(html: string): { v1: string; status: string; v2: string; changes: string[] }[] {
  return [
    ...html.matchAll(
      /<section class="op" data-v1="([^"]*)" data-status="([^"]*)" data-v2="([^"]*)">(.*?)<\/section>/gs,
    ),
  ].map((m) => ({
    v1: unescape(m[1] ?? ''),
    status: m[2] ?? '',
    v2: unescape(m[3] ?? ''),
    changes: attributes(m[4] ?? '', 'change'),
  }));
}

/** The page says exactly what its JSON says: operations, their changes, renames, behaviour, summary. */
function expectPageFromData(html: string, report: MigrationReport): void {
  expect(sections(html)).toEqual(
    report.operations.map((op) => ({
      v1: op.v1.key,
      status: op.status,
      v2: op.v2.map((v) => v.key).join(' | '),
      changes: op.changes.filter((c) => c.verdict !== 'not-found').map((c) => c.id),
    })),
  );
  expect(attributes(html, 'rename')).toEqual(report.renames.map((r) => r.id));
  const renameRows = [...html.matchAll(/<tr data-rename="([^"]*)" data-verdict="([^"]*)">/g)].map((m) => [m[1], m[2]]);
  expect(renameRows).toEqual(report.renames.map((r) => [r.id, r.verdict]));
  expect(attributes(html, 'observation')).toEqual(report.behaviour.observations.map((o) => o.id));
  expect(attributes(html, 'observed')).toEqual([String(report.behaviour.observed)]);
  expect(attributes(html, 'new')).toEqual(report.newInV2.map((o) => o.key));
  expect(attributes(html, 'v1-operations')).toEqual([String(report.summary.v1Operations)]);
  expect(attributes(html, 'unknown')).toEqual([String(report.summary.unknown)]);
  // No external asset, no request: nothing but in-page anchors and the relative links of the reports folder.
  expect(html).not.toMatch(/<(script|link|img|iframe)\b/);
  expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]).filter((href) => !href?.startsWith('#'))).toEqual([]);
}

test.describe('npm run migration against the embedded reference target', () => {
  test.describe.configure({ mode: 'serial' });
  let report: MigrationReport;
  let html = '';

  test('writes migration.json and index.html and says where, exit 0', () => {
    test.setTimeout(120_000);
    const reports = tmp.path('embedded');
    const run = spawnSync('npm', ['run', '--silent', 'migration'], {
      cwd: PROJECT_ROOT,
      env: childEnv({ WM_REPORTS_DIR: reports }),
      encoding: 'utf8',
      timeout: 110_000,
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('migration: 25 v1 operations (18 mapped, 7 dropped, 0 unknown)');
    expect(run.stdout).toContain(join(reports, 'migration', 'index.html'));
    report = readReport(reports);
    html = readFileSync(join(reports, 'migration', 'index.html'), 'utf8');
    expect(report.from.source).toBe('embedded reference target, generation v1');
    expect(report.to.source).toBe('embedded reference target, generation hub-v2');
  });

  test('all 25 v1 operations, each with its v2 counterpart in the v2 document or dropped with the replacement', () => {
    expect(report.summary).toMatchObject({ v1Operations: 25, mapped: 18, dropped: 7, unknown: 0 });
    for (const op of report.operations) {
      if (op.status === 'mapped') {
        expect(op.v2, op.v1.key).toHaveLength(1);
        expect(op.v2[0]?.inDocument, `${op.v1.key} → ${op.v2[0]?.key ?? ''} is in the v2 document`).toBe(true);
      } else {
        expect(op.status, op.v1.key).toBe('dropped');
        expect(op.replacement, op.v1.key).toMatch(/Versions API|link/);
      }
    }
    const compare = report.operations.find((op) => op.v1.key === 'GET /milestones/compare/{}...{}');
    expect(compare?.replacement).toContain('{baseURL}/diagrams/{fileKey}/versions/{versionKey1}...{versionKey2}');
    expect(report.newInV2.map((op) => op.key)).toEqual(
      expect.arrayContaining(['POST /files/recently-deleted/search', 'POST /project-snapshots', 'GET /environments']),
    );
  });

  test('the operations are those of the published v1 document', () => {
    test.skip(!existsSync(PUBLISHED_V1), PUBLISHED_MISSING);
    const published: unknown = JSON.parse(readFileSync(PUBLISHED_V1, 'utf8'));
    const paths = isJsonObject(published) && isJsonObject(published.paths) ? published.paths : {};
    const ids = Object.values(paths).flatMap((item) =>
      isJsonObject(item) ? Object.values(item).flatMap((op) => (isJsonObject(op) ? [op.operationId] : [])) : [],
    );
    expect(ids).toHaveLength(25);
    expect(report.operations.map((op) => op.v1.operationId).sort()).toEqual([...ids].sort());
  });

  test('each counterpart or drop is the one of the published mapping table (facts §4.2)', () => {
    test.skip(!existsSync(FACTS_FILE), FACTS_MISSING);
    const rows = publishedMapping(readFileSync(FACTS_FILE, 'utf8'));
    let compared = 0;
    for (const op of report.operations) {
      const row = rows.find((r) => r.v1.includes(op.v1.key));
      if (row === undefined) {
        // The table's milestones row names four of the seven milestone operations; the others follow it.
        expect(op.v1.key, `${op.v1.key} is not in the table: a milestone operation`).toMatch(/^\w+ \/milestones/);
        expect(op.status).toBe('dropped');
        continue;
      }
      compared += 1;
      if (row.v2 === null) expect(op.status, op.v1.key).toBe('dropped');
      else
        expect(
          op.v2.map((v) => v.key),
          op.v1.key,
        ).toEqual([row.v2]);
    }
    expect(compared).toBe(22);
  });

  test('every rename of facts §4.3 appears, with a verdict', () => {
    test.skip(!existsSync(FACTS_FILE), FACTS_MISSING);
    const { renames, removed } = publishedRenames(readFileSync(FACTS_FILE, 'utf8'));
    const squeeze = (text: string): string => text.replace(/\s+/g, '');
    for (const [from, to] of renames) {
      const found = report.renames.find(
        (r) => squeeze(r.text).includes(squeeze(from)) && squeeze(r.text).includes(squeeze(to)),
      );
      expect(found, `"${from}" → "${to}"`).toBeDefined();
      expect(['matches', 'differs', 'not-found']).toContain(found?.verdict);
    }
    for (const name of removed)
      expect(
        report.renames.some((r) => r.text.includes(name)),
        name,
      ).toBe(true);
    // What the published documents show: the guide's core renames match them.
    const verdict = (id: string): string | undefined => report.renames.find((r) => r.id === id)?.verdict;
    for (const id of [
      'file-type',
      'file-id',
      'folder-parent-id',
      'member-method',
      'member-role',
      'paging-size',
      'errors-problem-detail',
    ])
      expect(verdict(id), id).toBe('matches');
    // …and where the published v1 document says otherwise, the report says it differs and why.
    const revision = report.renames.find((r) => r.id === 'file-revision-required');
    expect(revision?.verdict).toBe('differs');
    expect(revision?.detail).toContain('v1 already requires request revision');
  });

  test('the behaviour observed on the embedded target: soft delete, 200 vs 204, required filters', () => {
    expect(report.behaviour.observed).toBe(true);
    const seen = (id: string): { v1: string; v2: string; differs: boolean } | undefined =>
      report.behaviour.observations.find((o) => o.id === id);
    expect(seen('delete-file')?.v2).toContain('listed by v2 POST /files/recently-deleted/search: a soft delete');
    expect(seen('add-member')).toMatchObject({ v1: 'PUT /collaborators → 204', differs: true });
    expect(seen('add-member')?.v2).toContain('→ 200');
    expect(seen('search-members-unfiltered')?.v2).toContain('→ 400 application/problem+json');
    expect(seen('search-versions-unfiltered')?.v2).toContain('→ 400 application/problem+json');
    expect(seen('info-version')).toMatchObject({ differs: true });
  });

  test('the page is rendered from the data', async () => {
    expectPageFromData(html, report);
    expect(html).toContain('You call <code>PUT /api/v1/collaborators</code>');
    const site = tmp.file('page.html', html);
    const browser = await launchChromium();
    try {
      const { page, requests } = await openFromDisk(browser, site);
      await expect(page.locator('section.op')).toHaveCount(25);
      await expect(page.locator('#behaviour tr[data-observation]')).toHaveCount(report.behaviour.observations.length);
      expect(requests).toEqual([`file://${site}`]);
    } finally {
      await browser.close();
    }
  });
});

function capture(): { io: { out(t: string): void; err(t: string): void }; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { io: { out: (t) => (out += t), err: (t) => (err += t) }, out: () => out, err: () => err };
}

async function migrate(
  argv: readonly string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  const c = capture();
  const code = await main(argv, c.io, { WM_REPORTS_DIR: tmp.path('bad'), ...env });
  return { code, out: c.out(), err: c.err() };
}

test('from two files: the published v1 document and the published v2 split specification; no behaviour observed', async () => {
  test.skip(!existsSync(PUBLISHED_V1) || !existsSync(PUBLISHED_V2), PUBLISHED_MISSING);
  test.setTimeout(60_000);
  const reports = tmp.path('files');
  const c = capture();
  const code = await main(['--from-file', PUBLISHED_V1, '--to-file', PUBLISHED_V2], c.io, { WM_REPORTS_DIR: reports });
  expect(code, c.err()).toBe(0);
  const report = readReport(reports);
  expect(report.summary).toMatchObject({ v1Operations: 25, mapped: 18, dropped: 7, unknown: 0 });
  expect(report.from.source).toBe(PUBLISHED_V1);
  expect(report.to.title).toBe('Hub API');
  expect(report.behaviour).toMatchObject({ observed: false, observations: [] });
  expect(report.behaviour.reason).toContain('with documents from files or a profile none was observed');
  const html = readFileSync(join(reports, 'migration', 'index.html'), 'utf8');
  expectPageFromData(html, report);
  expect(html).toContain('<strong>Not observed.</strong>');
});

test('from the profile: WM_OPENAPI_URL and WM_V2_OPENAPI_URL name the two documents', async () => {
  test.skip(!existsSync(PUBLISHED_V1) || !existsSync(PUBLISHED_V2), PUBLISHED_MISSING);
  test.setTimeout(60_000);
  const reports = tmp.path('profile');
  const c = capture();
  const env = { WM_REPORTS_DIR: reports, WM_OPENAPI_URL: PUBLISHED_V1, WM_V2_OPENAPI_URL: PUBLISHED_V2 };
  expect(await main([], c.io, env), c.err()).toBe(0);
  const report = readReport(reports);
  expect(report.from.source).toBe(PUBLISHED_V1);
  expect(report.to.source).toBe(PUBLISHED_V2);
  expect(report.summary).toMatchObject({ v1Operations: 25, unknown: 0 });
  // v2 projects are new to a client of the published v1 API (no process applications there).
  expect(report.newInV2.map((op) => op.key)).toEqual(expect.arrayContaining(['GET /projects/{}', 'POST /projects']));
});

test.describe('bad input: one line, exit 2', () => {
  const v2Like = (): string =>
    tmp.file(
      'v2-like.json',
      JSON.stringify(
        fixtureDocument('3.0.3', {
          '/api/v2/workspaces': {
            post: { operationId: 'createWorkspace', responses: { '200': { description: 'OK' } } },
          },
          '/api/v2/files': { post: { operationId: 'createFile', responses: { '200': { description: 'OK' } } } },
        }),
      ),
    );

  /** A v1 document: a fixture with v1 paths (the published one is not needed for these rows). */
  function v1Like(): string {
    return tmp.file(
      'v1-like.json',
      JSON.stringify(
        fixtureDocument('3.0.1', {
          '/api/v1/files': { post: { operationId: 'createFile', responses: { '200': { description: 'OK' } } } },
        }),
      ),
    );
  }

  const rows: readonly { name: string; argv: () => string[]; env?: Record<string, string>; line: RegExp }[] = [
    {
      name: 'an unknown option',
      argv: () => ['--form', 'v1'],
      line: /^wm-conformance: migration: Unknown option '--form'.*usage: npm run migration/,
    },
    {
      name: '--to naming no v2 generation',
      argv: () => ['--to', 'v1'],
      line: /^wm-conformance: migration: --to must be one of hub-v2, not "v1"$/,
    },
    {
      name: '--from naming no v1 generation',
      argv: () => ['--from', 'v3'],
      line: /^wm-conformance: migration: --from must be one of beta, v1, v1-versions, v1-8\.10, not "v3"$/,
    },
    {
      name: '--from-file that does not exist',
      argv: () => ['--from-file', tmp.path('nope.json')],
      line: /^wm-conformance: the OpenAPI document file .*nope\.json does not exist — is --from-file right\?$/,
    },
    {
      name: '--from-file that is no OpenAPI document',
      argv: () => ['--from-file', tmp.file('not-openapi.json', '{"hello": "world"}')],
      line: /^wm-conformance: .*not-openapi\.json/,
    },
    {
      name: 'the documents swapped: a v2 document as --from-file',
      argv: () => ['--from-file', v2Like()],
      line: /^wm-conformance: migration: .*v2-like\.json is not a Web Modeler API v1 document: it has POST \/workspaces, an operation of the Hub API v2 \(are the two documents swapped\?\)$/,
    },
    {
      name: 'a document with none of the operations the mapping knows',
      argv: () => [
        '--from-file',
        v1Like(),
        '--to-file',
        tmp.file('things.json', JSON.stringify(fixtureDocument('3.0.3'))),
      ],
      line: /^wm-conformance: migration: .*things\.json is not a Hub API v2 document: none of its 1 operations is one the migration mapping knows$/,
    },
    {
      name: 'WM_BASE_URL set without the v2 settings',
      argv: () => [],
      env: {
        WM_BASE_URL: 'http://127.0.0.1:9',
        WM_OAUTH_TOKEN_URL: 'http://127.0.0.1:9/token',
        WM_CLIENT_ID: 'c',
        WM_CLIENT_SECRET: 's',
      },
      line: /^wm-conformance: migration: WM_BASE_URL is set but neither WM_V2_OPENAPI_URL nor WM_V2_BASE_URL: set one to the Hub API v2 of the same installation, or give --to-file$/,
    },
    {
      name: '--from with --from-file',
      argv: () => ['--from', 'v1', '--from-file', v2Like()],
      line: /^wm-conformance: migration: --from chooses the embedded target's generation; the document comes from --from-file here \(leave out --from\)$/,
    },
    {
      name: '--to with WM_V2_OPENAPI_URL',
      argv: () => ['--to', 'hub-v2', '--from-file', v1Like()],
      env: { WM_V2_OPENAPI_URL: '/nowhere/openapi.yaml' },
      line: /^wm-conformance: migration: --to chooses the embedded target's generation; the document comes from WM_V2_OPENAPI_URL here \(leave out --to\)$/,
    },
  ];

  for (const row of rows) {
    test(row.name, async () => {
      const { code, out, err } = await migrate(row.argv(), row.env);
      expect(out).toBe('');
      expect(err.split('\n')).toEqual([expect.stringMatching(row.line), '']);
      expect(code).toBe(2);
      expect(existsSync(join(tmp.path('bad'), 'migration'))).toBe(false);
    });
  }
});

test('the compliance page links the migration page only when migration.json exists', () => {
  const model = buildReportModel({
    tests: mixedRun(),
    facts: FACTS,
    checks: [{ id: 'schema', family: 'schema', title: 'schema' }],
    run: { status: 'passed', startTime: '2026-01-01T10:00:00.000Z', durationMs: 1000 },
  });
  const reports = tmp.path('link');
  const link = '<a href="../migration/index.html" id="migration-link">';
  writeCompliance(model, join(reports, 'compliance'));
  expect(readFileSync(join(reports, 'compliance', 'index.html'), 'utf8')).not.toContain('migration-link');
  mkdirSync(join(reports, 'migration'), { recursive: true });
  writeFileSync(join(reports, 'migration', 'migration.json'), '{}\n');
  writeCompliance(model, join(reports, 'compliance'));
  expect(readFileSync(join(reports, 'compliance', 'index.html'), 'utf8')).toContain(link);
});
