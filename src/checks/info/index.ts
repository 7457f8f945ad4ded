/** The info family's checks, in report order. */
import type { AnyCheckDefinition } from '../types.ts';
import { infoFlagsBehaviour } from './flags-behaviour.ts';
import { infoFlagsToken } from './flags-token.ts';
import { infoOrganization } from './organization.ts';
import { infoShape } from './shape.ts';
import { infoVersion } from './version.ts';

export const INFO_CHECKS: readonly AnyCheckDefinition[] = [
  infoShape,
  infoOrganization,
  infoVersion,
  infoFlagsToken,
  infoFlagsBehaviour,
];
