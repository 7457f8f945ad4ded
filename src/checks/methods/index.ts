/** The checks of the methods tests (family status: they judge statuses), in report order. */
import type { AnyCheckDefinition } from '../types.ts';
import { unsupportedMethod } from './unsupported-method.ts';

export const METHODS_CHECKS: readonly AnyCheckDefinition[] = [unsupportedMethod];
