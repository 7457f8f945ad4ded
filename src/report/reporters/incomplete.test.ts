/**
 * INCOMPLETE and ERROR runs in every report the suite writes itself: the model (verdict, counts,
 * the verdict of the tests that ran), the console summary, the compliance page, JUnit (the skip
 * reasons and the one-test-case file of a run that could not start).
 */
import { expect, test } from '@playwright/test';
import { FACTS, mixedRun, record, result } from '../../../test/support/report/records.ts';
import { skipMessages, withSkipMessages, type JunitTest } from './junit-reasons-reporter.ts';
import { buildReportModel, type StopInput } from '../model/model.ts';
import { renderCompliancePage } from '../page/index.ts';
import { summaryText } from '../model/summary.ts';
import { noRunJunit } from './unstarted.ts';

const SIGTERM: StopInput = {
  verdict: 'INCOMPLETE',
  reason: 'interrupted by SIGTERM: 3 of 6 tests did not run',
  planned: 6,
  notRun: ['getFile · x', 'getProject · y', 'createProject · z'],
};

const passing = [
  record('getInfo · x', { results: [result('schema', 'schema', 'getInfo', 'pass')] }),
  record('getInfo · y', { results: [result('schema', 'schema', 'getInfo', 'pass')] }),
];

test('INCOMPLETE overrides PASS and FAIL; the failures stay listed, and the tests that ran keep their own verdict', () => {
  const interrupted = record('getFile · x', { status: 'interrupted', error: 'Test was interrupted.' });
  const model = buildReportModel({ tests: [...passing, interrupted], facts: FACTS, stopped: SIGTERM });
  expect(model.verdict).toBe('INCOMPLETE');
  expect(model.stopped).toEqual({ ...SIGTERM, ranVerdict: 'PASS' });
  // The interrupted test is one that did not run, not a failure.
  expect(model.counts).toMatchObject({ tests: 5, passed: 2, failed: 0, skipped: 0, notRun: 3 });
  expect(model.unattributed).toEqual([]);

  // So is a test cut off by a worker that exited (Playwright fails it): counted once, as not run.
  const cutOff = record('getProject · y', {
    status: 'failed',
    error: 'Error: worker process exited unexpectedly (code=null, signal=SIGKILL)',
  });
  const crashed = buildReportModel({ tests: [...passing, cutOff], facts: FACTS, stopped: SIGTERM });
  expect(crashed.counts).toMatchObject({ tests: 5, passed: 2, failed: 0, notRun: 3 });
  expect(crashed.unattributed).toEqual([]);

  const failing = buildReportModel({ tests: mixedRun(), facts: FACTS, stopped: SIGTERM });
  expect(failing.verdict).toBe('INCOMPLETE');
  expect(failing.stopped?.ranVerdict).toBe('FAIL');
  expect(failing.failedChecks.length).toBeGreaterThan(0);

  // Nothing ran: no verdict of its own, and not "no test matched".
  const none = buildReportModel({
    tests: [],
    facts: null,
    stopped: {
      verdict: 'INCOMPLETE',
      reason: 'interrupted by SIGINT during set-up: no test ran',
      planned: 0,
      notRun: [],
    },
  });
  expect(none.stopped?.ranVerdict).toBeNull();
  expect(none.unattributed).toEqual([]);
});

test('an interrupted test in a run nobody reported as stopped still counts as failed (never hidden)', () => {
  const model = buildReportModel({ tests: [record('getFile · x', { status: 'interrupted' })], facts: FACTS });
  expect(model.verdict).toBe('FAIL');
  expect(model.counts.failed).toBe(1);
});

test('ERROR: a run that could not start, with its one line', () => {
  const model = buildReportModel({
    tests: [],
    facts: null,
    stopped: { verdict: 'ERROR', reason: 'WM_READ_ONLY="maybe" must be true or false', planned: 0, notRun: [] },
  });
  expect(model.verdict).toBe('ERROR');
  expect(model.counts.tests).toBe(0);
  const page = renderCompliancePage(model);
  expect(page).toContain('<span id="verdict">ERROR</span>');
  expect(page).toContain('class="banner verdict-error"');
  expect(page).toContain('WM_READ_ONLY=&quot;maybe&quot; must be true or false');
});

test('the console says INCOMPLETE and why first, then what the tests that ran found', () => {
  const model = buildReportModel({ tests: mixedRun(), facts: FACTS, stopped: SIGTERM });
  const text = summaryText(model, [{ name: 'junit', path: '/r/junit.xml' }]);
  expect(text).toContain('wm-conformance: INCOMPLETE — interrupted by SIGTERM: 3 of 6 tests did not run\n');
  expect(text).toMatch(/\n {2}the 4 tests that ran: FAIL — 2 passed, 1 failed, 1 skipped; 3 requests/);
  expect(text).not.toMatch(/wm-conformance: (PASS|FAIL)/);
});

test('the page: INCOMPLETE in the heading, the reason, and the tests that did not run', () => {
  const page = renderCompliancePage(buildReportModel({ tests: passing, facts: FACTS, stopped: SIGTERM }));
  expect(page).toContain('<span id="verdict">INCOMPLETE</span>');
  expect(page).toContain('class="banner verdict-incomplete"');
  expect(page).toContain(
    '<p id="stopped">interrupted by SIGTERM: 3 of 6 tests did not run — the tests that ran: PASS</p>',
  );
  expect(page).toContain('5 tests: 2 passed · 0 failed · 0 skipped · 3 not run —');
  expect(page).toContain('<a href="#not-run">Not run</a>');
  const section = page.slice(page.indexOf('<section id="not-run">'));
  expect(section).toContain('<h2>Not run (3)</h2>');
  for (const title of SIGTERM.notRun) expect(section).toContain(`<li>${title}</li>`);
  // A complete run has no such section.
  expect(renderCompliancePage(buildReportModel({ tests: passing, facts: FACTS }))).not.toContain('id="not-run"');
});

function junitTest(file: string, title: string, progress: 'ran' | 'not-started' | 'stopped', skip?: string): JunitTest {
  return {
    titlePath: () => ['', '', file, title],
    annotations: skip === undefined ? [] : [{ type: 'skip', description: skip }],
    expectedStatus: skip === undefined ? 'passed' : 'skipped',
    results:
      progress === 'not-started'
        ? []
        : [{ status: progress === 'stopped' ? 'interrupted' : skip === undefined ? 'passed' : 'skipped', errors: [] }],
  };
}

test('JUnit: every skipped test case gets its reason; the ones that did not run say why', () => {
  const tests = [
    junitTest('auth.spec.ts', 'getFile · x', 'not-started'),
    junitTest('auth.spec.ts', 'getProject · y', 'stopped'),
    junitTest('info.spec.ts', 'getInfo · z', 'ran', 'WM_READ_ONLY=true: nothing to read'),
    junitTest('info.spec.ts', 'getInfo · w', 'ran'),
  ];
  const messages = skipMessages(
    tests,
    (t) => (t.results.length === 0 ? 'not-started' : t.results[0]?.status === 'interrupted' ? 'stopped' : 'ran'),
    'interrupted by SIGTERM: 2 of 4 tests did not run',
  );
  const xml = [
    '<testsuites id="" name="" tests="4" failures="0" skipped="3" errors="0" time="1.5">',
    '<testsuite name="auth.spec.ts" tests="2" skipped="2">',
    '<testcase name="getFile · x" classname="auth.spec.ts">\n<skipped>\n</skipped>\n</testcase>',
    '<testcase name="getProject · y" classname="auth.spec.ts">\n<skipped>\n</skipped>\n</testcase>',
    '</testsuite>',
    '<testsuite name="info.spec.ts" tests="2" skipped="1">',
    '<testcase name="getInfo · z" classname="info.spec.ts">\n<properties>\n<property name="skip" value="WM_READ_ONLY=true: nothing to read">\n</property>\n</properties>\n<skipped>\n</skipped>\n</testcase>',
    '<testcase name="getInfo · w" classname="info.spec.ts" time="0.2">\n<system-out>\n<![CDATA[a <b> & c]]>\n</system-out>\n</testcase>',
    '</testsuite>',
    '</testsuites>',
  ].join('\n');
  const out = withSkipMessages(xml, messages);
  expect(out).toContain(
    '<testcase name="getFile · x" classname="auth.spec.ts">\n<skipped message="did not run: interrupted by SIGTERM: 2 of 4 tests did not run">',
  );
  expect(out).toContain(
    '<testcase name="getProject · y" classname="auth.spec.ts">\n<skipped message="stopped mid-way: interrupted by SIGTERM: 2 of 4 tests did not run">',
  );
  expect(out).toContain('<skipped message="WM_READ_ONLY=true: nothing to read">');
  // Everything else as Playwright wrote it.
  expect(out).toContain('<![CDATA[a <b> & c]]>');
  expect(out).toContain('<testsuites id="" name="" tests="4" failures="0" skipped="3" errors="0" time="1.5">');
});

test('JUnit of a run that did not get to its tests: one test case, an error (ERROR) or skipped (INCOMPLETE), with the reason escaped', () => {
  const error = noRunJunit({ verdict: 'ERROR', reason: 'the issuer refused client "a&b" (full): invalid_client' });
  expect(error).toContain('<testsuites name="wm-conformance" tests="1" failures="0" skipped="0" errors="1"');
  expect(error).toContain(
    '<error message="the issuer refused client &quot;a&amp;b&quot; (full): invalid_client" type="ERROR"/>',
  );
  const stopped = noRunJunit({ verdict: 'INCOMPLETE', reason: 'interrupted by SIGINT during set-up: no test ran' });
  expect(stopped).toContain('skipped="1" errors="0"');
  expect(stopped).toContain('<skipped message="interrupted by SIGINT during set-up: no test ran"/>');
});
