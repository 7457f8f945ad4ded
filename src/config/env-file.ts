/**
 * Reads a profile (`env/<name>.env`): dotenv parses the values; this module first checks every
 * line, because dotenv skips what it cannot read without a word — a garbage line, a misspelt
 * name or a stray quote would silently change what a run does. dotenv reports nothing of the
 * kind, so the line check is hand-written; it accepts exactly dotenv's forms:
 *
 *   - blank lines and comment lines (`# …`);
 *   - `KEY=VALUE` and `export KEY=VALUE` (as dotenv does; a shell can `source` such a file),
 *     spaces around `=` allowed, an unquoted value ending at `#` (a comment);
 *   - a value in '…', "…" or `…` quotes, which may span lines (e.g. a PEM key); after the
 *     closing quote only a comment may follow.
 *
 * Anything else is one line naming the file and the line, never the line's text (it may hold a
 * secret). A byte-order mark and CRLF or CR line ends are accepted. Every KEY must be a known
 * setting (settings.ts): a profile holds only WM_* settings, each at most once.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'dotenv';
import { distance } from 'fastest-levenshtein';
import { UsageError } from '../core/errors.ts';
import { didYouMean, isSettingName, looksLikeSetting, nearestSetting } from './settings.ts';

const ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([\w.-]+)[ \t]*=[ \t]*(.*)$/;
const LEADING_NAME = /^[ \t]*(?:export[ \t]+)?([\w.-]+)/;
const QUOTES = new Set(['"', "'", '`']);

/** Index of the quote that closes a value in `text` from `from` on (dotenv's `\"` escape honoured), or -1. */
function closingQuote(text: string, quote: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\' && text[i + 1] === quote) i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

interface Assignment {
  readonly key: string;
  readonly line: number;
}

function notAnAssignment(shown: string, line: number, text: string): UsageError {
  // Only a setting's name is repeated: any other text of the line may be a pasted secret.
  const name = LEADING_NAME.exec(text)?.[1];
  const hint = name === undefined || !looksLikeSetting(name) ? '' : ` (it starts with ${name}: write ${name}=value)`;
  return new UsageError(`${shown} line ${line} is neither KEY=VALUE, a comment nor blank${hint}`);
}

/** The assignments of a profile's text, line by line; a line dotenv would skip or misread is a UsageError. */
export function scanProfile(text: string, shown: string): Assignment[] {
  const lines = text.split('\n');
  const found: Assignment[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = ASSIGNMENT.exec(line);
    const key = match?.[1];
    const rest = match?.[2];
    if (key === undefined || rest === undefined) throw notAnAssignment(shown, i + 1, line);
    found.push({ key, line: i + 1 });
    const quote = rest[0] ?? '';
    if (!QUOTES.has(quote)) continue;
    // A quoted value: find its closing quote, on this line or a later one.
    let at = i;
    let segment = rest;
    let close = closingQuote(segment, quote, 1);
    while (close < 0) {
      at++;
      if (at >= lines.length)
        throw new UsageError(`${shown} line ${i + 1}: the value of ${key} opens a ${quote} quote that is never closed`);
      segment = lines[at] ?? '';
      close = closingQuote(segment, quote, 0);
    }
    if (!/^\s*(?:#.*)?$/.test(segment.slice(close + 1))) {
      throw new UsageError(
        `${shown} line ${at + 1}: text after the closing ${quote} quote of ${key}'s value (only a # comment may follow it)`,
      );
    }
    i = at;
  }
  return found;
}

function checkName(shown: string, { key, line }: Assignment): void {
  if (isSettingName(key)) return;
  if (looksLikeSetting(key)) throw new UsageError(`${shown} line ${line}: unknown setting ${key} — ${didYouMean(key)}`);
  const near = nearestSetting(key);
  const suggestion = distance(key.toUpperCase(), near) <= 3 ? `; did you mean ${near}?` : '';
  throw new UsageError(
    `${shown} line ${line}: ${key} is not a setting of the suite (a profile holds only WM_* settings; set other variables in the environment)${suggestion}`,
  );
}

/** The settings of a profile's text; `shown` names the file in messages (e.g. env/staging.env). */
export function parseProfile(raw: string, shown: string): Record<string, string> {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const assignments = scanProfile(text, shown);
  const first = new Map<string, number>();
  for (const assignment of assignments) {
    checkName(shown, assignment);
    const earlier = first.get(assignment.key);
    if (earlier !== undefined)
      throw new UsageError(`${shown} line ${assignment.line}: ${assignment.key} is set twice (line ${earlier} too)`);
    first.set(assignment.key, assignment.line);
  }
  const values = parse(text);
  const parsedKeys = Object.keys(values).sort();
  const scannedKeys = [...first.keys()].sort();
  if (parsedKeys.join('\n') !== scannedKeys.join('\n')) {
    throw new UsageError(
      `${shown}: its lines cannot be read unambiguously (dotenv reads ${parsedKeys.join(', ') || 'no setting'}) — write one KEY=VALUE per line`,
    );
  }
  return values;
}

export function readProfile(file: string, shown: string): Record<string, string> {
  return parseProfile(readFileSync(file, 'utf8'), shown);
}
