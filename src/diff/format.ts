/**
 * Renders a classification: text for the console (grouped by severity, one line per change),
 * Markdown (a table per severity, for CI summaries) and JSON (stable key order, for machines).
 * Each carries the classification's notes (how the documents were read) right below the counts.
 */
import type { DiffResult, IgnoredChange } from './classify-changes.ts';
import { IMPLICIT_REQUIRED_NOTE } from './implicit-required.ts';
import type { Change } from './types.ts';
import { SEVERITIES, type Severity } from '../core/severity.ts';
import type { JsonObject } from '../core/json.ts';

export type OutputFormat = 'text' | 'markdown' | 'json';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'markdown', 'json'];

export function isOutputFormat(value: unknown): value is OutputFormat {
  return value === 'text' || value === 'markdown' || value === 'json';
}

function summaryLine(result: DiffResult): string {
  const counts = SEVERITIES.map((severity) => `${result.counts[severity]} ${severity}`).join(', ');
  const ignored = result.ignored.length > 0 ? ` (${result.ignored.length} ignored)` : '';
  return `${counts}${ignored}`;
}

/** How the documents were read, one line each (none when they were read as written). */
export function notesOf(result: DiffResult): string[] {
  return result.implicitRequired === true ? [IMPLICIT_REQUIRED_NOTE] : [];
}

function changesOf(result: DiffResult, severity: Severity): Change[] {
  return result.changes.filter((change) => change.severity === severity);
}

/** Who a change is about: its operation, else its path (path-wide changes), else "(document)". */
export function subjectOf(change: Change): string {
  return change.operation ?? change.path ?? '(document)';
}

function textLine(change: Change): string {
  return `  ${subjectOf(change)}  ${change.id}  ${change.location}: ${change.message}`;
}

export function formatText(result: DiffResult): string {
  const lines = [
    `Breaking-change classification: ${summaryLine(result)}`,
    ...notesOf(result).map((note) => `Note: ${note}`),
  ];
  if (result.changes.length === 0) lines.push('No changes.');
  for (const severity of SEVERITIES) {
    const changes = changesOf(result, severity);
    if (changes.length > 0) lines.push('', `${severity} (${changes.length})`, ...changes.map(textLine));
  }
  if (result.ignored.length > 0) {
    lines.push(
      '',
      `Ignored (${result.ignored.length})`,
      ...result.ignored.map((entry) => `${textLine(entry.change)} — ${entry.reason}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function markdownRow(change: Change, extra: readonly string[] = []): string {
  const cells = [
    code(change.id),
    code(subjectOf(change)),
    cell(change.location),
    cell(change.message),
    ...extra.map(cell),
  ];
  return `| ${cells.join(' | ')} |`;
}

const HEADER = ['| rule | operation | location | change |', '|---|---|---|---|'];

export function formatMarkdown(result: DiffResult): string {
  const lines = [
    '## Breaking-change classification',
    '',
    summaryLine(result),
    ...notesOf(result).flatMap((note) => ['', `> Note: ${note}`]),
  ];
  if (result.changes.length === 0) lines.push('', 'No changes.');
  for (const severity of SEVERITIES) {
    const changes = changesOf(result, severity);
    if (changes.length > 0)
      lines.push(
        '',
        `### ${severity} (${changes.length})`,
        '',
        ...HEADER,
        ...changes.map((change) => markdownRow(change)),
      );
  }
  if (result.ignored.length > 0) {
    const rows = result.ignored.map((entry) => markdownRow(entry.change, [entry.reason]));
    lines.push(
      '',
      `### Ignored (${result.ignored.length})`,
      '',
      '| rule | operation | location | change | reason |',
      '|---|---|---|---|---|',
      ...rows,
    );
  }
  return `${lines.join('\n')}\n`;
}

function changeJson(change: Change): JsonObject {
  const json: JsonObject = {
    id: change.id,
    severity: change.severity,
    operation: change.operation,
    method: change.method,
    path: change.path,
    location: change.location,
    message: change.message,
  };
  if (change.oldFragment !== undefined) json.oldFragment = change.oldFragment;
  if (change.newFragment !== undefined) json.newFragment = change.newFragment;
  return json;
}

function ignoredJson(entry: IgnoredChange): JsonObject {
  return { ...changeJson(entry.change), reason: entry.reason };
}

export function formatJson(result: DiffResult): string {
  const json: JsonObject = {
    counts: { ERR: result.counts.ERR, WARN: result.counts.WARN, INFO: result.counts.INFO },
    changes: result.changes.map(changeJson),
    ignored: result.ignored.map(ignoredJson),
    notes: notesOf(result),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function formatResult(result: DiffResult, format: OutputFormat): string {
  switch (format) {
    case 'text':
      return formatText(result);
    case 'markdown':
      return formatMarkdown(result);
    case 'json':
      return formatJson(result);
  }
}
