/** Faults of request validation: bad requests that are accepted, or that crash the server. */
import type { Fault } from './types.ts';

export const VALIDATION_FAULTS: readonly Fault[] = [
  {
    name: 'accepts-missing-required',
    description: 'Bodies without required properties are accepted.',
    catches: ['reject-missing-required'],
    behaviour: { validateRequired: false },
  },
  {
    name: 'accepts-null-required',
    description: 'Required properties sent as null are accepted.',
    catches: ['reject-null-required'],
    behaviour: { validateNullRequired: false },
  },
  {
    name: 'accepts-wrong-types',
    description: 'Properties of the wrong JSON type are accepted (and coerced).',
    catches: ['reject-wrong-type'],
    behaviour: { validateTypes: false },
  },
  {
    name: 'accepts-bad-lengths',
    description: 'Empty, blank and over-long (256+) names are accepted.',
    catches: ['reject-length'],
    behaviour: { validateLengths: false },
  },
  {
    name: 'accepts-bad-patterns',
    description: 'Unknown fileType and role values are accepted.',
    catches: ['reject-pattern'],
    behaviour: { validatePatterns: false },
  },
  {
    name: 'malformed-json-500',
    description: 'A malformed JSON body answers 500 instead of 400.',
    catches: ['reject-malformed-json'],
    behaviour: { validateMalformedJson: false },
  },
  {
    name: 'missing-body-accepted',
    description: 'A request without a body is treated as an empty JSON object.',
    catches: ['reject-missing-body'],
    behaviour: { validateMissingBody: false },
  },
  {
    name: 'wrong-top-level-500',
    description: 'A JSON body that is not an object (array, string, number) answers 500 instead of 400.',
    catches: ['reject-wrong-top-level'],
    behaviour: { validateTopLevelType: false },
  },
  {
    name: 'accepts-bad-paging',
    description: 'Searches accept a negative page or size and unknown sort fields.',
    catches: ['reject-paging'],
    behaviour: { validatePaging: false },
  },
  {
    name: 'accepts-out-of-range',
    description: 'Numbers below their minimum (restoring version 0) are accepted.',
    catches: ['reject-range'],
    generation: 'v1-versions',
    behaviour: { validateRanges: false },
  },
  {
    name: 'invalid-id-500',
    description: 'A malformed id in the path answers 500 instead of 404.',
    catches: ['reject-invalid-id'],
    behaviour: { validateIds: false },
  },
  {
    name: 'unknown-id-500',
    description: 'An unknown (well-formed) id answers 500 instead of 404.',
    // A deleted resource's id is unknown too: the GET after DELETE answers 500, not 404.
    catches: ['reject-unknown-id', 'use-after-free'],
    behaviour: { unknownIdStatus: 500 },
  },
  {
    name: 'rejected-write-applied',
    description: 'A write answered 400 is carried out anyway.',
    catches: ['no-side-effect'],
    behaviour: { sideEffectsOnRejected: true },
  },
];
