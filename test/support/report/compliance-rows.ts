/**
 * The tests of a whole run as its compliance report lists them (`compliance/compliance.json`):
 * one row per test with its family, operation, status and skip reason — for the tests that run
 * the suite as a child and look at what ran.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Row {
  readonly family: string;
  readonly operation: string;
  readonly status: string;
  readonly skipReason?: string;
}

function isRow(value: unknown): value is Row {
  return (
    typeof value === 'object' &&
    value !== null &&
    'family' in value &&
    typeof value.family === 'string' &&
    'operation' in value &&
    typeof value.operation === 'string' &&
    'status' in value &&
    typeof value.status === 'string'
  );
}

/** The compliance report of the run whose reports are in `reportsDir`, parsed. */
export function complianceReport(reportsDir: string): unknown {
  return JSON.parse(readFileSync(join(reportsDir, 'compliance', 'compliance.json'), 'utf8'));
}

/** The rows of a parsed compliance report (none when it has no `tests`). */
export function rowsOfReport(report: unknown): Row[] {
  const tests = typeof report === 'object' && report !== null && 'tests' in report ? report.tests : [];
  return Array.isArray(tests) ? tests.filter(isRow) : [];
}

/** The rows of the run whose reports are in `reportsDir`. */
export function rowsOf(reportsDir: string): Row[] {
  return rowsOfReport(complianceReport(reportsDir));
}
