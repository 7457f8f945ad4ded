/** The transport family's checks, in report order. */
import type { AnyCheckDefinition } from '../types.ts';
import { TRANSPORT_CHECK } from './transport.ts';

export const TRANSPORT_CHECKS: readonly AnyCheckDefinition[] = [TRANSPORT_CHECK];
