/**
 * Severities of a breaking change, as oasdiff names them: ERR = breaking, WARN = possibly
 * breaking, INFO. Shared by the classifier (src/diff), the gate and the configuration
 * (`WM_FAIL_ON`).
 */

export type Severity = 'ERR' | 'WARN' | 'INFO';

/** Most severe first; the order changes are sorted and reported in. */
export const SEVERITIES: readonly Severity[] = ['ERR', 'WARN', 'INFO'];

export function isSeverity(value: unknown): value is Severity {
  return value === 'ERR' || value === 'WARN' || value === 'INFO';
}

/** 0 for ERR, 1 for WARN, 2 for INFO. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** True when `severity` is `threshold` or more severe. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) <= severityRank(threshold);
}
