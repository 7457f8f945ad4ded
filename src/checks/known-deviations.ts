/**
 * schemas/known-deviations.json (or WM_KNOWN_DEVIATIONS): failures the team has accepted,
 * each an operationId (or "*"), a check ID, a reason and a link. Validated against
 * schemas/known-deviations.schema.json; an invalid file is one line and exit 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { PROJECT_ROOT } from '../config/load.ts';
import { UsageError } from '../core/errors.ts';
import type { KnownDeviation } from '../core/run-facts.ts';

const addFormats = addFormatsModule.default;

function isKnownDeviations(value: unknown): value is KnownDeviation[] {
  return Array.isArray(value);
}

/**
 * Reads and validates the known-deviations file. `isKnownCheck` (isKnownCheckId of src/checks/known-ids.ts):
 * an entry naming another check is a typo that would never match, so it is refused (one line).
 */
export function loadKnownDeviations(
  file: string,
  explicit: boolean,
  isKnownCheck?: (id: string) => boolean,
): KnownDeviation[] {
  const shown = relative(PROJECT_ROOT, file).startsWith('..') ? file : relative(PROJECT_ROOT, file);
  if (!existsSync(file)) {
    if (explicit) throw new UsageError(`WM_KNOWN_DEVIATIONS: ${shown} does not exist`);
    return [];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${shown} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const ajv = new Ajv({ allErrors: false });
  addFormats(ajv);
  const schema: unknown = JSON.parse(
    readFileSync(join(PROJECT_ROOT, 'schemas', 'known-deviations.schema.json'), 'utf8'),
  );
  if (typeof schema !== 'object' || schema === null) throw new Error('known-deviations.schema.json is not a schema');
  const validate = ajv.compile(schema);
  if (!validate(parsed) || !isKnownDeviations(parsed)) {
    const [first] = validate.errors ?? [];
    const where =
      first === undefined
        ? ''
        : `${first.instancePath === '' ? '' : ` at ${first.instancePath}`}: ${first.message ?? 'invalid'}`;
    throw new UsageError(
      `${shown} is not a known-deviations file${where} (expected [{ "operationId", "check", "reason", "link"? }])`,
    );
  }
  const unknown = isKnownCheck === undefined ? -1 : parsed.findIndex((d) => !isKnownCheck(d.check));
  const entry = parsed[unknown];
  if (entry !== undefined)
    throw new UsageError(
      `${shown}: entry ${unknown + 1} names the unknown check "${entry.check}" (check IDs: README, "What is checked")`,
    );
  return parsed;
}
