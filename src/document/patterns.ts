/**
 * Regular-expression `pattern`s of the document: testing a string the way ajv does (the pattern
 * compiled with the "u" flag, unanchored `test`), and spotting anchored patterns whose top-level
 * alternation is not grouped (`^bpmn|dmn|form$`).
 *
 * The alternation scan is hand-written (a few lines tracking escapes, classes and groups): regex
 * parser packages would be a dependency for one question about the top level of a pattern.
 */

const compiled = new Map<string, RegExp>();

/** The RegExp ajv builds for `pattern` (cached); throws SyntaxError for an invalid pattern. */
export function patternRegExp(pattern: string): RegExp {
  let regExp = compiled.get(pattern);
  if (!regExp) {
    regExp = new RegExp(pattern, 'u');
    compiled.set(pattern, regExp);
  }
  return regExp;
}

/** True when `value` satisfies the JSON Schema `pattern` as ajv evaluates it. */
export function matchesPattern(pattern: string, value: string): boolean {
  return patternRegExp(pattern).test(value);
}

/** Splits a pattern at its top-level "|" (outside groups and character classes). */
export function topLevelAlternatives(pattern: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i];
    if (char === '\\') i += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === '|' && depth === 0) {
      alternatives.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(pattern.slice(start));
  return alternatives;
}

function endsWithAnchor(alternative: string): boolean {
  return /(?:^|[^\\])(?:\\\\)*\$$/.test(alternative);
}

export interface UngroupedAlternation {
  readonly alternatives: readonly string[];
  /** One line: what the pattern really matches and how to write it. */
  readonly explanation: string;
}

function bare(alternative: string): string {
  return alternative.replace(/^\^/, '').replace(/\$$/, '');
}

function explain(
  pattern: string,
  alternatives: readonly string[],
  anchoredStart: boolean,
  anchoredEnd: boolean,
): string {
  const words = alternatives.map(bare);
  const reach = words.map((word, index) => {
    if (index === 0 && anchoredStart) return `starting with "${word}"`;
    if (index === words.length - 1 && anchoredEnd) return `ending with "${word}"`;
    return `containing "${word}"`;
  });
  return (
    `pattern "${pattern}" alternates at the top level without a group, so "^" and "$" bind only to ` +
    `the first and last alternative: it matches far more than intended (any string ${reach.join(', or ')}); ` +
    `write "^(${words.join('|')})$"`
  );
}

/** The problem with `pattern` when it anchors an ungrouped top-level alternation, else null. */
export function findUngroupedAlternation(pattern: string): UngroupedAlternation | null {
  const alternatives = topLevelAlternatives(pattern);
  if (alternatives.length < 2) return null;
  const starts = alternatives.map((a) => a.startsWith('^'));
  const ends = alternatives.map(endsWithAnchor);
  const anchoredStart = starts[0] === true && !starts.every(Boolean);
  const anchoredEnd = ends.at(-1) === true && !ends.every(Boolean);
  if (!anchoredStart && !anchoredEnd) return null;
  return { alternatives, explanation: explain(pattern, alternatives, anchoredStart, anchoredEnd) };
}
