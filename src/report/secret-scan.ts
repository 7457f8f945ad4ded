/**
 * The secret scan: looks for every secret a run used — exact values (client secrets, issued,
 * expired and crafted tokens, Basic credentials) and patterns that are secrets whatever their
 * value (JWT-looking strings, the suite's garbage tokens) — in every file under a folder, inside
 * zip archives (traces, blob reports) and inside the zip the Playwright HTML report embeds as a
 * base64 data URI, recursively. A hit names where and which secret, never the secret itself.
 * Zip archives are read with yauzl.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { GARBAGE_TOKEN } from '../auth/bad-tokens.ts';

export interface SecretScanOptions {
  /** Exact secret values; each is named in hits by its position ("secret 3"). */
  readonly secrets: readonly string[];
  /** Patterns that are secrets whatever their value; default: JWT-looking strings and the suite's garbage tokens. */
  readonly patterns?: readonly { readonly name: string; readonly pattern: RegExp }[];
}

export interface SecretHit {
  /** File path relative to the scanned folder, "!/" into archives, e.g. "playwright/data/x.zip!/trace.network". */
  readonly location: string;
  /** Which secret: "secret 3 (of 9)" or the pattern's name. Never the value. */
  readonly what: string;
}

/** `eyJ….eyJ….…`: a JWT (header and payload are base64url JSON objects), signed or not. */
export const JWT_PATTERN = /eyJ[A-Za-z0-9_-]{2,}\.eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g;

export const DEFAULT_SECRET_PATTERNS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'a JWT-looking string', pattern: JWT_PATTERN },
  { name: 'a crafted garbage token', pattern: GARBAGE_TOKEN },
];

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMBEDDED_ZIP = /data:application\/zip;base64,([A-Za-z0-9+/=]+)/g;
/** Secrets shorter than this would match by chance. */
const MIN_SECRET_LENGTH = 6;

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
      if (!entry.fileName.endsWith('/')) entries.push({ name: entry.fileName, data: await streamToBuffer(await zip.openReadStreamPromise(entry)) });
    }
  } finally {
    zip.close();
  }
  return entries;
}

function directHits(location: string, data: Buffer, options: SecretScanOptions): SecretHit[] {
  const hits: SecretHit[] = [];
  const secrets = options.secrets;
  secrets.forEach((secret, i) => {
    if (secret.length >= MIN_SECRET_LENGTH && data.includes(secret)) hits.push({ location, what: `secret ${i + 1} (of ${secrets.length})` });
  });
  const text = data.toString('latin1');
  for (const { name, pattern } of options.patterns ?? DEFAULT_SECRET_PATTERNS) {
    if (new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text)) hits.push({ location, what: name });
  }
  return hits;
}

/** Scans one file's content: the bytes themselves, a zip's entries, and zips embedded as data URIs. */
export async function scanContent(location: string, data: Buffer, options: SecretScanOptions): Promise<SecretHit[]> {
  const hits = directHits(location, data, options);
  if (isZip(data)) {
    for (const entry of await zipEntries(data)) hits.push(...(await scanContent(`${location}!/${entry.name}`, entry.data, options)));
    return hits;
  }
  let n = 0;
  for (const match of data.toString('latin1').matchAll(EMBEDDED_ZIP)) {
    n++;
    hits.push(...(await scanContent(`${location} (embedded zip ${n})`, Buffer.from(match[1] ?? '', 'base64'), options)));
  }
  return hits;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Scans every file under the folder (archives included); the hits, in file order. */
export async function scanDirectory(dir: string, options: SecretScanOptions): Promise<SecretHit[]> {
  const hits: SecretHit[] = [];
  for (const file of (await filesUnder(dir)).sort()) hits.push(...(await scanContent(relative(dir, file), await readFile(file), options)));
  return hits;
}
