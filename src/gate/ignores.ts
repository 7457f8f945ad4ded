/**
 * The gate's ignore list: WM_BREAKING_IGNORE, default schemas/breaking-ignore.json, read with the
 * classifier's loader (ajv against its schema, rule IDs of the registry). A missing default file
 * means "nothing ignored"; a missing file that was named explicitly is a UsageError, like any
 * invalid one.
 */
import { existsSync } from 'node:fs';
import { UsageError } from '../core/errors.ts';
import { DEFAULT_IGNORE_FILE, loadIgnoreFile, type IgnoreEntry } from '../diff/ignore.ts';
import { RULES } from '../diff/rules/index.ts';
import { shownPath } from './baseline.ts';

export function loadGateIgnores(file: string): IgnoreEntry[] {
  if (!existsSync(file)) {
    if (file === DEFAULT_IGNORE_FILE) return [];
    throw new UsageError(`WM_BREAKING_IGNORE: ${shownPath(file)} does not exist`);
  }
  return loadIgnoreFile(file, new Set(RULES.map((rule) => rule.id)));
}
