/**
 * The secret scan: looks for every secret a run used — exact values (client secrets, issued,
 * expired and crafted tokens, Basic credentials, URL passwords) and patterns that are secrets
 * whatever their value (JWT-looking strings, the suite's garbage tokens) — in every file under a
 * folder (or in given files), inside zip archives (traces, blob reports) and inside zips embedded
 * as base64 (the Playwright HTML report's), recursively; in each text in every form
 * src/core/secret-match.ts finds (escaped, URL- or base64-encoded — so the base64 attachments of
 * a blob report's report.jsonl too —, split across lines). A hit names where and which kind of
 * secret, never the secret itself.
 *
 * `scrubFiles` then makes the files safe: a text file has every finding masked in place (and is
 * removed if a finding survives); an archive, or a file with a secret in an embedded archive, is
 * removed (rewriting archives would need a zip writer; the scan is the safety net behind
 * redaction, and a report that leaked is better gone than half-mended).
 * Zip archives are read with yauzl.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { REDACTED } from '../../core/redact.ts';
import {
  findSecrets,
  GARBAGE_TOKEN,
  JWT_PATTERN,
  maskFound,
  MIN_SECRET_LENGTH,
  type Found,
  type Needle,
  type SecretPattern,
} from '../../core/secret-match.ts';

export { JWT_PATTERN };

/** An exact secret and its kind, as hits name it ("a client secret"). */
export interface ScanSecret {
  readonly value: string;
  readonly kind: string;
}

export interface SecretScanOptions {
  /** Exact secret values; a plain string is named in hits by its position ("secret 3 (of 9)"). */
  readonly secrets: readonly (string | ScanSecret)[];
  /** Patterns that are secrets whatever their value; default: JWT-looking strings and the suite's garbage tokens. */
  readonly patterns?: readonly SecretPattern[];
}

export interface SecretHit {
  /** File path relative to the scanned folder, "!/" into archives, e.g. "playwright/data/x.zip!/trace.network". */
  readonly location: string;
  /** Which secret: its kind ("a client secret"), "secret 3 (of 9)" or the pattern's name. Never the value. */
  readonly what: string;
}

export const DEFAULT_SECRET_PATTERNS: readonly SecretPattern[] = [
  { name: 'a JWT-looking string', pattern: JWT_PATTERN },
  { name: 'a crafted garbage token', pattern: GARBAGE_TOKEN },
];

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** A zip archive in base64 (it starts "PK\x03\x04", "UEsDB…" in base64), e.g. the HTML report's data URI. */
const EMBEDDED_ZIP = /UEsDB[A-Za-z0-9+/]*={0,2}/g;

function isZip(data: Buffer): boolean {
  return data.subarray(0, 4).equals(ZIP_MAGIC);
}

async function streamToBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/** Every file entry of a zip archive with its uncompressed content. */
export async function zipEntries(data: Buffer): Promise<{ name: string; data: Buffer }[]> {
  const zip = await yauzl.fromBufferPromise(data, { lazyEntries: true });
  const entries: { name: string; data: Buffer }[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      if (!entry.fileName.endsWith('/'))
        entries.push({ name: entry.fileName, data: await streamToBuffer(await zip.openReadStreamPromise(entry)) });
    }
  } finally {
    zip.close();
  }
  return entries;
}

function needlesOf(options: SecretScanOptions): Needle[] {
  const { secrets } = options;
  return secrets
    .map((s, i): Needle =>
      typeof s === 'string'
        ? { value: s, what: `secret ${i + 1} (of ${secrets.length})` }
        : { value: s.value, what: s.kind },
    )
    .filter((n) => n.value.length >= MIN_SECRET_LENGTH);
}

/** The scan's patterns cannot match by chance: they are matched where whitespace is dropped too. */
const SCAN = { patternsWhereCompact: true } as const;

/** One scan's options: SCAN, and the texts it found clean so far (findSecrets' `clean`). */
type ScanFind = typeof SCAN & { readonly clean: Map<string, number> };

function scanFind(): ScanFind {
  return { ...SCAN, clean: new Map() };
}

/** The findings in one text (a file's or an entry's content read as UTF-8, and as Latin-1 when that differs). */
function textFindings(
  data: Buffer,
  needles: readonly Needle[],
  patterns: readonly SecretPattern[],
  find: ScanFind,
): Found[] {
  const utf8 = data.toString('utf8');
  const found = findSecrets(utf8, needles, patterns, find);
  if (found.length > 0 || !utf8.includes('\ufffd')) return found;
  return findSecrets(data.toString('latin1'), needles, patterns, find);
}

function distinct(location: string, found: readonly Found[]): SecretHit[] {
  return [...new Set(found.map((f) => f.what))].map((what) => ({ location, what }));
}

/** A zip's entries, or null when it cannot be read (truncated, damaged). */
async function readableEntries(data: Buffer): Promise<{ name: string; data: Buffer }[] | null> {
  try {
    return await zipEntries(data);
  } catch {
    return null;
  }
}

async function scanWith(
  location: string,
  data: Buffer,
  needles: readonly Needle[],
  patterns: readonly SecretPattern[],
  find: ScanFind,
): Promise<SecretHit[]> {
  const entries = isZip(data) ? await readableEntries(data) : null;
  if (entries !== null) {
    const hits: SecretHit[] = [];
    for (const entry of entries)
      hits.push(...(await scanWith(`${location}!/${entry.name}`, entry.data, needles, patterns, find)));
    return hits;
  }
  // Not an archive, or one that cannot be read: its bytes as they are (stored entries show there).
  const hits = distinct(location, textFindings(data, needles, patterns, find));
  let n = 0;
  for (const match of data.toString('latin1').matchAll(EMBEDDED_ZIP)) {
    const decoded = Buffer.from(match[0], 'base64');
    if (!isZip(decoded)) continue;
    n++;
    hits.push(...(await scanWith(`${location} (embedded zip ${n})`, decoded, needles, patterns, find)));
  }
  return hits;
}

/** Scans one file's content: the bytes themselves, a zip's entries, and zips embedded as base64. */
export async function scanContent(
  location: string,
  data: Buffer,
  options: SecretScanOptions,
  find: ScanFind = scanFind(),
): Promise<SecretHit[]> {
  return scanWith(location, data, needlesOf(options), options.patterns ?? DEFAULT_SECRET_PATTERNS, find);
}

/** Every file under the folder (a file: itself). */
export function filesUnder(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  const entries = readdirSync(path, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Scans the files (paths in hits relative to `base`), in order. */
export async function scanFiles(
  base: string,
  files: readonly string[],
  options: SecretScanOptions,
): Promise<SecretHit[]> {
  const hits: SecretHit[] = [];
  // One memory of clean texts for all the files: the same attachment is a file of the Allure
  // results and of the HTML report, and base64 in the blob; it is searched once.
  const find = scanFind();
  for (const file of files) hits.push(...(await scanContent(relative(base, file), readFileSync(file), options, find)));
  return hits;
}

/** Scans every file under the folder (archives included); the hits, in file order. */
export async function scanDirectory(dir: string, options: SecretScanOptions): Promise<SecretHit[]> {
  return scanFiles(dir, filesUnder(dir), options);
}

export interface ScrubOutcome {
  /** Files (relative to the base) whose findings were masked in place. */
  readonly scrubbed: readonly string[];
  /** Files (relative to the base) that were removed. */
  readonly removed: readonly string[];
}

/** Masks the findings of a text file in place; false when it is no plain text file or a finding survives. */
function scrubInPlace(file: string, data: Buffer, options: SecretScanOptions): boolean {
  if (isZip(data) || data.includes(0)) return false;
  const text = data.toString('utf8');
  if (text.includes('\ufffd')) return false;
  const needles = needlesOf(options);
  const patterns = options.patterns ?? DEFAULT_SECRET_PATTERNS;
  const masked = maskFound(text, findSecrets(text, needles, patterns, SCAN), REDACTED);
  if (findSecrets(masked, needles, patterns, SCAN).length > 0) return false;
  writeFileSync(file, masked);
  return true;
}

/** Makes the files with hits safe: plain text masked in place, anything else (or what masking cannot fix) removed. */
export async function scrubFiles(
  base: string,
  hits: readonly SecretHit[],
  options: SecretScanOptions,
): Promise<ScrubOutcome> {
  const scrubbed: string[] = [];
  const removed: string[] = [];
  const byFile = new Map<string, SecretHit[]>();
  for (const hit of hits) {
    const file = hit.location.replace(/(!\/| \(embedded zip \d+\)).*$/, '');
    byFile.set(file, [...(byFile.get(file) ?? []), hit]);
  }
  for (const [shown, fileHits] of byFile) {
    const file = join(base, shown);
    const nested = fileHits.some((h) => h.location !== shown);
    if (
      !nested &&
      scrubInPlace(file, readFileSync(file), options) &&
      (await scanContent(shown, readFileSync(file), options)).length === 0
    ) {
      scrubbed.push(shown);
    } else {
      rmSync(file, { force: true });
      removed.push(shown);
    }
  }
  return { scrubbed, removed };
}

/**
 * The one line a scan with hits prints: which files, which kinds of secret, what was done —
 * never a secret. E.g. `secret scan: 2 report files held secrets: a.json (a token of the run; scrubbed), …`.
 */
export function hitsLine(hits: readonly SecretHit[], outcome: ScrubOutcome | null): string {
  const files = new Map<string, Set<string>>();
  for (const hit of hits) {
    const file = hit.location.replace(/(!\/| \(embedded zip \d+\)).*$/, '');
    files.set(file, (files.get(file) ?? new Set<string>()).add(hit.what));
  }
  const done = (file: string): string =>
    outcome === null
      ? ''
      : outcome.removed.includes(file)
        ? '; removed'
        : outcome.scrubbed.includes(file)
          ? '; scrubbed'
          : '';
  const shown = [...files].slice(0, 10).map(([file, whats]) => `${file} (${[...whats].join(', ')}${done(file)})`);
  const more = files.size > 10 ? `, and ${files.size - 10} more` : '';
  return `secret scan: ${files.size} report file${files.size === 1 ? '' : 's'} held secrets: ${shown.join(', ')}${more}`;
}
