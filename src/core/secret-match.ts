/**
 * Finding secrets in text, however a target (or a report format) dressed them up. The one
 * detector behind redaction (src/auth/redact.ts: what is found is masked before anything is
 * recorded) and behind the secret scan of the reports (src/report/scan/secret-scan.ts: what is found
 * is a hit). A secret is found:
 *   - as is;
 *   - escaped or encoded once or several times over: JSON string escapes (`\"`, `\\`, `\/`,
 *     `\uXXXX`), percent-encoding (`%2B`), HTML character references (`&#43;`, `&quot;`), so a
 *     token inside a JSON string inside a JSON attachment inside a report is found too;
 *   - split across lines (real or `\n`-escaped line breaks, with the indentation that follows) —
 *     and, for the exact secrets, split by any whitespace;
 *   - base64- or base64url-encoded (at any alignment, so also inside a longer base64 text, and
 *     wrapped across lines), or hex-encoded: the whole encoded run is the hit.
 * Each hit is a range of the original text, so a caller can mask exactly what carried it.
 *
 * Hand-written: the libraries that find secrets (secret scanners) look for known credential
 * formats in source code; none finds a given set of values through these encodings and maps
 * the finding back to the original text, which is what masking needs.
 */

/** A secret whatever its value (e.g. anything JWT-shaped). */
export interface SecretPattern {
  readonly name: string;
  readonly pattern: RegExp;
}

/** An exact secret value and how a finding names it (never by its value). */
export interface Needle {
  readonly value: string;
  readonly what: string;
}

/** A finding: the range [start, end) of the text that carries the secret. */
export interface Found {
  readonly start: number;
  readonly end: number;
  readonly what: string;
}

/** `eyJ….eyJ….…`: a JWT (header and payload are base64url JSON objects), signed or not. */
export const JWT_PATTERN = /eyJ[A-Za-z0-9_-]{2,}\.eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g;

/** The crafted garbage token's form (src/auth/bad-tokens.ts); it is found whatever its random part. */
export const GARBAGE_TOKEN = /wmct-garbage-[A-Za-z0-9_-]{20,}/g;

/** Secrets shorter than this would match by chance. */
export const MIN_SECRET_LENGTH = 6;

/** How many layers of escaping are undone (a JSON string in a JSON attachment in the HTML report's JSON is three). */
const MAX_LEVELS = 4;
/** Base64 runs shorter than this decode to fewer than 12 bytes: a secret with anything around it does not fit. */
const MIN_BASE64_RUN = 16;
/** Base64 inside base64 is looked into this deep. */
const BASE64_DEPTH = 2;
/**
 * Longer base64 runs are only decoded from their start: they are whole encoded files (a blob
 * report's attachments), aligned; a secret hidden inside a longer base64 text sits in a target's
 * answer, which is far shorter.
 */
const ALIGNMENTS_UP_TO = 4096;
const BASE64_RUN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;
/** A base64 zip archive (PK\x03\x04): the secret scan opens those itself. */
const BASE64_ZIP = /^UEsDB/;

/** A derived text and, per character, the range of the original text it came from (none: the text itself). */
interface View {
  readonly text: string;
  readonly starts?: Int32Array;
  readonly ends?: Int32Array;
}

function identity(text: string): View {
  return { text };
}

function startOf(view: View, i: number): number {
  return view.starts === undefined ? i : (view.starts[i] ?? i);
}

function endOf(view: View, i: number): number {
  return view.ends === undefined ? i + 1 : (view.ends[i] ?? i + 1);
}

const HTML_NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const JSON_SIMPLE: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/' };

function isHex(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

function isHorizontalSpace(c: string): boolean {
  return c === ' ' || c === '\t';
}

function isWhitespaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

function isWhitespace(c: string): boolean {
  return c.length === 1 && isWhitespaceCode(c.charCodeAt(0));
}

/** What decodeAt read: the character ('' when dropped), the length consumed, whether it is a line break. */
interface Step {
  decoded: string;
  length: number;
  lineBreak: boolean;
}

/** One decoded character at `i` of `t`, into `step` (reused: this runs once per character). */
function decodeAt(t: string, i: number, step: Step): void {
  const c = t.charAt(i);
  step.decoded = c;
  step.length = 1;
  step.lineBreak = false;
  if (c === '\n' || c === '\r') {
    step.decoded = '';
    step.lineBreak = true;
  } else if (c === '\\') {
    const next = t.charAt(i + 1);
    const simple = JSON_SIMPLE[next];
    if (next === 'n' || next === 'r') Object.assign(step, { decoded: '', length: 2, lineBreak: true });
    else if (next === 't') Object.assign(step, { decoded: '\t', length: 2 });
    else if (simple !== undefined) Object.assign(step, { decoded: simple, length: 2 });
    else if (next === 'u' && /^[0-9A-Fa-f]{4}$/.test(t.slice(i + 2, i + 6)))
      Object.assign(step, { decoded: String.fromCharCode(parseInt(t.slice(i + 2, i + 6), 16)), length: 6 });
  } else if (c === '%') {
    if (isHex(t.charCodeAt(i + 1)) && isHex(t.charCodeAt(i + 2)))
      Object.assign(step, { decoded: String.fromCharCode(parseInt(t.slice(i + 1, i + 3), 16)), length: 3 });
  } else if (c === '&') {
    const ref = /^&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|amp|lt|gt|quot|apos);/.exec(t.slice(i, i + 12));
    if (ref !== null) {
      const name = ref[1] ?? '';
      const code =
        name.startsWith('#x') || name.startsWith('#X')
          ? parseInt(name.slice(2), 16)
          : name.startsWith('#')
            ? parseInt(name.slice(1), 10)
            : -1;
      step.decoded = code >= 0 ? (code <= 0x10ffff ? String.fromCodePoint(code) : '') : (HTML_NAMED[name] ?? '');
      step.length = ref[0].length;
    }
  }
}

/** Characters that decodeOnce may change: without any, the view is the text. */
const DECODABLE = /[\n\r\\%&]/;
const DECODABLE_COMPACT = /[\s\\%&]/;

/**
 * One layer of escaping undone, line breaks (and the indentation after them, and spaces before
 * them) dropped; with `compact`, every whitespace character dropped. Null when nothing changed.
 */
function decodeOnce(view: View, compact: boolean): View | null {
  const t = view.text;
  if (!(compact ? DECODABLE_COMPACT : DECODABLE).test(t)) return null;
  const units = new Uint16Array(t.length);
  const starts = new Int32Array(t.length);
  const ends = new Int32Array(t.length);
  const step: Step = { decoded: '', length: 1, lineBreak: false };
  let n = 0;
  let changed = false;
  let i = 0;
  while (i < t.length) {
    const code = t.charCodeAt(i);
    // The common case, inline: a character that is no escape, no line break and kept.
    if (
      code !== 10 &&
      code !== 13 &&
      code !== 92 &&
      code !== 37 &&
      code !== 38 &&
      !(compact && isWhitespaceCode(code))
    ) {
      units[n] = code;
      starts[n] = startOf(view, i);
      ends[n] = endOf(view, i);
      n++;
      i++;
      continue;
    }
    decodeAt(t, i, step);
    const { decoded, length } = step;
    const from = startOf(view, i);
    const to = endOf(view, i + length - 1);
    if (length !== 1 || decoded !== t.charAt(i)) changed = true;
    i += length;
    if (step.lineBreak) {
      while (n > 0 && (units[n - 1] === 32 || units[n - 1] === 9)) n--;
      while (i < t.length && isHorizontalSpace(t.charAt(i))) i++;
      continue;
    }
    if (decoded === '' || (compact && isWhitespace(decoded))) {
      changed = true;
      continue;
    }
    // A decoded character outside the BMP is two UTF-16 units: both map to the same range.
    for (let u = 0; u < decoded.length; u++) {
      units[n] = decoded.charCodeAt(u);
      starts[n] = from;
      ends[n] = to;
      n++;
    }
  }
  if (!changed) return null;
  return { text: textOf(units.subarray(0, n)), starts: starts.slice(0, n), ends: ends.slice(0, n) };
}

function textOf(units: Uint16Array): string {
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
}

/** The views of a text: each layer of escaping undone in turn, as long as one changes something. */
function views(text: string, compact: boolean): View[] {
  const out: View[] = [];
  let current = identity(text);
  for (let level = 0; level < MAX_LEVELS; level++) {
    const next = decodeOnce(current, compact);
    if (next === null) break;
    out.push(next);
    current = next;
  }
  return out;
}

function mapped(view: View, start: number, end: number, what: string): Found {
  return { start: startOf(view, start), end: endOf(view, end - 1), what };
}

function needleHits(view: View, needles: readonly Needle[], compact: boolean): Found[] {
  const out: Found[] = [];
  for (const needle of needles) {
    const value = compact ? needle.value.replace(/\s/g, '') : needle.value;
    if (value.length < MIN_SECRET_LENGTH) continue;
    for (let at = view.text.indexOf(value); at !== -1; at = view.text.indexOf(value, at + 1))
      out.push(mapped(view, at, at + value.length, needle.what));
  }
  return out;
}

function patternHits(view: View, patterns: readonly SecretPattern[]): Found[] {
  const out: Found[] = [];
  for (const { name, pattern } of patterns) {
    const global = pattern.flags.includes('g') ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    for (const match of view.text.matchAll(global)) {
      if (match[0] !== '') out.push(mapped(view, match.index, match.index + match[0].length, name));
    }
  }
  return out;
}

/** The run decoded from each alignment (a secret inside a longer base64 text is found from one of them). */
function decodings(run: string): string[] {
  const clean = run.replace(/=+$/, '');
  const offsets = clean.length > ALIGNMENTS_UP_TO ? [0] : [0, 1, 2, 3];
  const out: string[] = [];
  for (const offset of offsets) {
    const part = clean.slice(offset);
    if (part.length < MIN_BASE64_RUN) continue;
    const bytes = Buffer.from(part, 'base64');
    const utf8 = bytes.toString('utf8');
    out.push(utf8.includes('\ufffd') ? bytes.toString('latin1') : utf8);
  }
  return out;
}

/** Mostly printable ASCII: worth undoing escapes in. Decoded random bytes are not. */
function isTexty(text: string): boolean {
  let printable = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 9 || c === 10 || c === 13) printable++;
  }
  return printable >= text.length * 0.9;
}

const BASE64_SUFFIX = ' (encoded)';

/** Hex digits and dashes only (UUIDs, hashes): base64 of a secret never looks like that. */
const HEX_RUN = /^[0-9A-Fa-f-]+=*$/;
/** Hex digits only, long enough to be a hex-encoded secret with something around it. */
const HEX_DIGITS = /^[0-9A-Fa-f]{24,}$/;

/** A hex run decoded from both alignments. */
function hexDecodings(run: string): string[] {
  return [0, 1].map((offset) => {
    const part = run.slice(offset);
    const bytes = Buffer.from(part.slice(0, part.length - (part.length % 2)), 'hex');
    const utf8 = bytes.toString('utf8');
    return utf8.includes('\ufffd') ? bytes.toString('latin1') : utf8;
  });
}

/** Whether [start, end) lies inside one of the ranges found already (nothing more to find there). */
function covered(found: readonly Found[], start: number, end: number): boolean {
  return found.some((f) => f.start <= start && end <= f.end);
}

function base64Hits(
  view: View,
  needles: readonly Needle[],
  patterns: readonly SecretPattern[],
  inner: FindOptions,
  already: readonly Found[],
): Found[] {
  const out: Found[] = [];
  for (const match of view.text.matchAll(BASE64_RUN)) {
    const run = match[0];
    if (run.length < MIN_BASE64_RUN || BASE64_ZIP.test(run)) continue;
    const hex = HEX_RUN.test(run);
    // Hex digits and dashes (UUIDs, hashes) are no base64 of a secret; hex digits alone may be hex of one.
    if (hex && !HEX_DIGITS.test(run)) continue;
    const range = mapped(view, match.index, match.index + run.length, '');
    if (covered(already, range.start, range.end)) continue;
    // The same run recurs (a name, a path, a check id): what it carries is worked out once per search.
    const key = `${inner.depth ?? BASE64_DEPTH}:${run}`;
    const known = inner.runs?.get(key);
    const what = known === undefined ? carried(run, hex, needles, patterns, inner) : known;
    inner.runs?.set(key, what);
    if (what !== null) out.push({ ...range, what });
  }
  return out;
}

/** What a base64 (or hex) run carries once decoded, named as encoded; null: nothing. */
function carried(
  run: string,
  hex: boolean,
  needles: readonly Needle[],
  patterns: readonly SecretPattern[],
  inner: FindOptions,
): string | null {
  for (const decoded of hex ? hexDecodings(run) : decodings(run)) {
    const hits = isTexty(decoded)
      ? findSecrets(decoded, needles, patterns, inner)
      : [...needleHits(identity(decoded), needles, false), ...patternHits(identity(decoded), patterns)];
    const first = hits[0];
    if (first !== undefined) return first.what.endsWith(BASE64_SUFFIX) ? first.what : `${first.what}${BASE64_SUFFIX}`;
  }
  return null;
}

export interface FindOptions {
  /** How deep base64 inside base64 is looked into (default 2). */
  readonly depth?: number;
  /**
   * Match the patterns where whitespace is dropped too (default: only where line breaks are):
   * right for patterns that cannot match text by chance (the scan's strict JWT form), and half
   * the work on large files.
   */
  readonly patternsWhereCompact?: boolean;
  /**
   * Texts already searched with the same needles, patterns and options and found clean, with the
   * depth they were searched to: such a text is not searched again to that depth or less (a
   * deeper search finds all a shallower one does). The secret scan shares one across a run's
   * files, where the same attachment comes as a file, in the HTML report and in the blob.
   */
  readonly clean?: Map<string, number>;
  /**
   * The base64 and hex runs decoded so far in this search, by depth and run, with what each
   * carries (null: nothing). Made by the outermost findSecrets call, for its whole search.
   */
  readonly runs?: Map<string, string | null>;
}

/** Shorter texts are searched rather than remembered. */
const CLEAN_MEMO_MIN = 512;

/**
 * Every place in `text` that carries one of the needles or matches one of the patterns, in any
 * of the forms above; ranges of the original text, possibly overlapping, in no particular order.
 */
export function findSecrets(
  text: string,
  needles: readonly Needle[],
  patterns: readonly SecretPattern[],
  options: FindOptions = {},
): Found[] {
  const depth = options.depth ?? BASE64_DEPTH;
  const clean = text.length >= CLEAN_MEMO_MIN ? options.clean : undefined;
  if ((clean?.get(text) ?? -1) >= depth) return [];
  const found = searched(
    text,
    depth,
    needles,
    patterns,
    options.runs === undefined ? { ...options, runs: new Map() } : options,
  );
  if (clean !== undefined && found.length === 0) clean.set(text, Math.max(depth, clean.get(text) ?? -1));
  return found;
}

function searched(
  text: string,
  depth: number,
  needles: readonly Needle[],
  patterns: readonly SecretPattern[],
  options: FindOptions,
): Found[] {
  const raw = identity(text);
  const compact = views(text, true);
  const found = [...needleHits(raw, needles, false), ...patternHits(raw, patterns)];
  for (const view of compact) found.push(...needleHits(view, needles, true));
  for (const view of options.patternsWhereCompact === true ? compact : views(text, false))
    found.push(...patternHits(view, patterns));
  if (depth > 0) {
    // In the text as it is first; then with escapes undone and whitespace dropped (base64 wrapped
    // across lines, or URL-encoded), which may join a word to the run: the hit is then wider.
    const inner = { ...options, depth: depth - 1 };
    const encoded = base64Hits(raw, needles, patterns, inner, found);
    const first = compact[0];
    found.push(
      ...(encoded.length === 0 && first !== undefined ? base64Hits(first, needles, patterns, inner, found) : encoded),
    );
  }
  return distinctFindings(found);
}

/** The findings without repeats (the same range is often found in several views). */
function distinctFindings(found: readonly Found[]): Found[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = `${f.start}:${f.end}:${f.what}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `text` with every found range (merged where they overlap) replaced by `mask`. */
export function maskFound(text: string, found: readonly Found[], mask: string): string {
  if (found.length === 0) return text;
  const ranges = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  let at = 0;
  let open: { start: number; end: number } | null = null;
  for (const r of ranges) {
    if (open !== null && r.start <= open.end) {
      open.end = Math.max(open.end, r.end);
      continue;
    }
    if (open !== null) {
      parts.push(text.slice(at, open.start), mask);
      at = open.end;
    }
    open = { start: r.start, end: r.end };
  }
  if (open !== null) {
    parts.push(text.slice(at, open.start), mask);
    at = open.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
