/**
 * The closing console summary of a run: the verdict with the test counts, the check results
 * per family, what failed, and the path of every report the run wrote.
 */
import { isAbsolute, relative } from 'node:path';
import type { FamilyCoverage } from './coverage.ts';
import type { ComplianceModel } from './model.ts';
import { plural } from './format.ts';
import { FAIL_FAST_PREFIX } from '../../run/fail-fast.ts';

/** A report the run writes, for the closing summary (e.g. `{ name: 'junit', path: 'reports/junit.xml' }`). */
export interface WrittenReport {
  readonly name: string;
  readonly path: string;
  /** What to do with it, e.g. "npm run report:allure". */
  readonly note?: string;
}

function familyText(f: FamilyCoverage): string {
  const r = f.results;
  if (r.pass + r.fail + r.knownDeviation + r.skip === 0) return f.failuresOnly ? '' : `${f.family} not run`;
  const parts = [
    r.fail > 0 ? `${r.fail} failed` : '',
    r.knownDeviation > 0 ? `${r.knownDeviation} known deviation${r.knownDeviation === 1 ? '' : 's'}` : '',
    r.pass > 0 ? `${r.pass} passed` : '',
    r.skip > 0 ? `${r.skip} skipped` : '',
  ].filter((p) => p !== '');
  return `${f.family} ${parts.join('/')}`;
}

/** Relative to the working directory when inside it, else absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** The fail-fast breaker's skips (src/run/fail-fast.ts) by reason: each reason once, not once per skipped test. */
function failFastSkips(model: ComplianceModel): Map<string, number> {
  const out = new Map<string, number>();
  for (const { reason } of model.skipped.filter((s) => s.reason.startsWith(FAIL_FAST_PREFIX)))
    out.set(reason, (out.get(reason) ?? 0) + 1);
  return out;
}

export function summaryText(model: ComplianceModel, reports: readonly WrittenReport[]): string {
  const c = model.counts;
  const tail = `${plural(c.requests, 'request')}${c.retries > 0 ? ` (${c.retries} retried after 429/503)` : ''}${c.knownDeviations > 0 ? `; ${c.knownDeviations} known deviation(s)` : ''}`;
  const stopped = model.stopped;
  const ran = c.passed + c.failed + c.skipped;
  const head =
    stopped === null
      ? [
          `wm-conformance: ${model.verdict} — ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped of ${plural(c.tests, 'test')}; ${tail}`,
        ]
      : [
          `wm-conformance: ${model.verdict} — ${stopped.reason}`,
          ...(stopped.ranVerdict === null
            ? []
            : [
                `  the ${plural(ran, 'test')} that ran: ${stopped.ranVerdict} — ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped; ${tail}`,
              ]),
        ];
  const lines = [
    '',
    ...head,
    `  check results by family: ${model.coverage.families
      .map(familyText)
      .filter((t) => t !== '')
      .join('; ')}`,
  ];
  if (model.failedChecks.length > 0) lines.push(`  failed checks: ${model.failedChecks.join(', ')}`);
  for (const u of model.unattributed.slice(0, 5)) lines.push(`  failed without a check result: ${u.title}: ${u.error}`);
  if (model.unattributed.length > 5)
    lines.push(`  … and ${model.unattributed.length - 5} more failed without a check result`);
  for (const [reason, count] of failFastSkips(model)) lines.push(`  ${plural(count, 'test')} skipped — ${reason}`);
  if (model.deviations.stale.length > 0)
    lines.push(
      `  stale known deviations (no failure matched): ${model.deviations.stale.map((d) => `${d.operationId}/${d.check}`).join(', ')}`,
    );
  if (reports.length > 0) lines.push(...reportLines(reports));
  lines.push('');
  return lines.join('\n');
}

/** The closing summary's list of the reports written. */
export function reportLines(reports: readonly WrittenReport[]): string[] {
  const width = Math.max(...reports.map((r) => r.name.length));
  return [
    '  reports:',
    ...reports.map(
      (r) => `    ${r.name.padEnd(width)}  ${shown(r.path)}${r.note === undefined ? '' : `  (${r.note})`}`,
    ),
  ];
}
