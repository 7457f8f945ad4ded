/**
 * The compliance page rendered from synthetic models: verdict and counts up front, matrix cells
 * with their states and links to details, every value escaped, "not run" sections, stale
 * deviations, coverage, detection power, and nothing that would make a network request.
 */
import { expect, test } from '@playwright/test';
import type { CheckId } from '../../checks/types.ts';
import { EXCHANGE, FACTS, mixedRun, record, result } from '../../../test/support/report/records.ts';
import { buildReportModel } from '../model/model.ts';
import { renderCompliancePage } from './index.ts';
import type { RunFacts } from '../../core/run-facts.ts';

const CHECKS: CheckId[] = [
  { id: 'schema', family: 'schema', title: 'schema' },
  { id: 'auth-missing-token', family: 'auth', title: 'missing token' },
];

function page(tests = mixedRun(), facts: RunFacts | null = FACTS): string {
  return renderCompliancePage(
    buildReportModel({
      tests,
      facts,
      checks: CHECKS,
      run: { status: 'failed', startTime: '2026-01-01T10:00:00.000Z', durationMs: 61_000 },
    }),
  );
}

function cellTag(html: string, operation: string, column: string): string {
  const match = new RegExp(
    `<td class="cell [^"]*" data-state="[^"]*" data-operation="${operation}" data-column="${column}"[^>]*>.*?</td>`,
    's',
  ).exec(html);
  if (match === null) throw new Error(`no cell ${operation} × ${column}`);
  return match[0];
}

test('the verdict, counts and run facts come first', () => {
  const html = page();
  const verdictAt = html.indexOf('<span id="verdict">FAIL</span>');
  expect(verdictAt).toBeGreaterThan(0);
  expect(verdictAt).toBeLessThan(html.indexOf('id="matrix"'));
  expect(html).toContain('class="banner verdict-fail"');
  expect(html).toMatch(
    /4 tests: 2 passed · 1 failed · 1 skipped — 1 failed check result · 1 known deviation · 3 requests/,
  );
  for (const fact of [
    'https://modeler.example.com',
    'Web Modeler REST API',
    '<code>41f4f56</code>',
    'v1 (<code>/api/v1</code>)',
    'schemas/baselines/v1.json',
    '2026-01-01T10:00:00.000Z',
    '61 s',
    'wm-conformance 0.1.0',
  ]) {
    expect(html).toContain(fact);
  }
});

test('PASS and PASS WITH KNOWN DEVIATIONS get their own banner', () => {
  expect(page([record('getInfo · x', { results: [result('schema', 'schema', 'getInfo', 'pass')] })])).toContain(
    '<span id="verdict">PASS</span>',
  );
  const kd = page([
    record('createProject · x', { results: [result('strict-no-extra', 'strict', 'createProject', 'known-deviation')] }),
  ]);
  expect(kd).toContain('class="banner verdict-kd"');
  expect(kd).toContain('<span id="verdict">PASS WITH KNOWN DEVIATIONS</span>');
});

test('cells show their state; failing, deviating and skipped cells link to details that exist', () => {
  const html = page();
  expect(cellTag(html, 'createProject', 'status')).toContain('data-state="fail"');
  expect(cellTag(html, 'createProject', 'strict')).toContain('data-state="known-deviation"');
  expect(cellTag(html, 'createProject', 'schema')).toContain('data-state="pass"');
  expect(cellTag(html, 'getFile', 'schema')).toContain('data-state="skip"');
  expect(cellTag(html, 'getFile', 'schema')).toContain('WM_READ_ONLY=true: no file to read');
  expect(cellTag(html, 'getInfo', 'auth')).toContain('data-state="not-run"');
  for (const [op, column] of [
    ['createProject', 'status'],
    ['createProject', 'strict'],
    ['getFile', 'schema'],
  ] as const) {
    const href = /href="#([^"]+)"/.exec(cellTag(html, op, column))?.[1];
    expect(href, `${op} × ${column} links to its details`).toBeDefined();
    expect(html).toContain(`<details class="result-details" id="${href ?? ''}"`);
  }
  expect(cellTag(html, 'createProject', 'schema')).not.toContain('href=');
});

test("a failure's details show expected, actual and the redacted exchange", () => {
  const html = page();
  const details = html.slice(html.indexOf('<details class="result-details" id="m1-status"'));
  expect(details).toContain('<pre class="expected">200</pre>');
  expect(details).toContain('<pre class="actual">201</pre>');
  expect(details).toContain('POST https://modeler.example.com/api/v1/projects');
  expect(details).toContain('authorization: Bearer [redacted]');
  expect(details).toContain('201 (12 ms, client full)');
});

test('every value from the target, the document or a check is escaped', () => {
  const evil = '<img src=x onerror=alert(1)>';
  const facts = {
    ...FACTS,
    document: { ...FACTS.document, title: evil },
    findings: [{ code: 'x', operation: null, pointer: '#/"x"', message: evil }],
  };
  const tests = [
    record('getInfo · x', {
      results: [
        result('schema', 'schema', 'getInfo', 'fail', {
          message: evil,
          actual: '</pre><script>alert(2)</script>',
          exchange: EXCHANGE,
        }),
      ],
    }),
  ];
  const html = page(tests, facts);
  expect(html).not.toContain('<img');
  expect(html).not.toContain('<script>alert');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(html).toContain('{&quot;id&quot;:&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;}');
  expect(html.match(/<script>/g)?.length).toBe(1);
});

test('self-contained: one inline style and script, a CSP forbidding requests, no external resource', () => {
  const html = page();
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
  expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/);
  expect(html).not.toMatch(/\ssrc=/);
  expect(html).not.toMatch(/url\(/);
});

test('sections that did not run say so; stale deviations and coverage are listed', () => {
  const html = page();
  expect(html).toContain('id="permissions-not-run"');
  expect(html).toContain('id="info-not-run"');
  expect(html).toContain('id="breaking-not-run"');
  expect(html).not.toContain('id="detection"');
  const stale = html.slice(html.indexOf('id="stale-table"'));
  expect(stale).toMatch(/<code>\*<\/code><\/td><td><code>strict-uuid<\/code><\/td><td>never happens any more/);
  expect(html).toContain('2 configured · 1 applied · 1 stale');
  expect(html).toMatch(/Operations exercised: <strong>3 \/ 4<\/strong><\/p>/);
  expect(html).toContain('<li>1 not exercised — WM_READ_ONLY=true: no file to read: <code>getFile</code> </li>');
  expect(html).toMatch(/Documented statuses observed: <strong>5 \/ 9<\/strong>/);
  expect(html).toMatch(
    /<tr data-family="auth"><th scope="row">auth<\/th><td>0 \/ 1<\/td><td colspan="4" class="state-not-run">not run<\/td>/,
  );
});

test('detection power is shown when the mutation result is there', () => {
  const model = buildReportModel({
    tests: mixedRun(),
    facts: FACTS,
    detection: {
      score: 50,
      killed: 1,
      total: 2,
      faults: [
        {
          name: 'create-201',
          description: 'creates answer 201',
          catches: ['success-status'],
          failedChecks: ['success-status'],
          killed: true,
        },
        {
          name: 'drop-revision',
          description: 'no revision',
          catches: ['strict-required'],
          failedChecks: [],
          killed: false,
        },
      ],
    },
  });
  const html = renderCompliancePage(model);
  expect(html).toContain('Score <strong>50 %</strong>: 1 of 2 faults');
  expect(html).toMatch(/data-fault="drop-revision".*survived/s);
});

test('without run facts the page still renders and says why', () => {
  const html = page(mixedRun(), null);
  expect(html).toContain('not available: the document test');
  expect(html).toContain('data-operation="createProject" data-column="status"');
});
