/** Small formatters the page sections share: durations, JSON excerpts, state labels. */
import type { CellState } from './cells.ts';

export function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

export const STATE_LABEL: Readonly<Record<CellState, string>> = {
  pass: 'pass',
  fail: 'fail',
  'known-deviation': 'known deviation',
  skip: 'skipped',
  'not-run': 'not run',
};

export const STATE_MARK: Readonly<Record<CellState, string>> = {
  pass: '✓',
  fail: '✗',
  'known-deviation': '≈',
  skip: '–',
  'not-run': '·',
};

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
