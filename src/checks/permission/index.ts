/** The permission family's checks, in report order. */
import type { AnyCheckDefinition } from '../types.ts';
import { noExistenceLeak } from './no-existence-leak.ts';
import { permissionDenied } from './permission-denied.ts';
import { permissionGranted } from './permission-granted.ts';
import { permissionNoSideEffect } from './permission-no-side-effect.ts';

export const PERMISSION_CHECKS: readonly AnyCheckDefinition[] = [
  permissionDenied,
  permissionGranted,
  permissionNoSideEffect,
  noExistenceLeak,
];
