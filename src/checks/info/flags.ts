/**
 * The permission flags of /info, as the info-flags-token and info-flags-behaviour checks
 * (flags-token.ts, flags-behaviour.ts) and the permission scenario read them.
 */
import { FLAG_OF, type InfoBody } from './shape.ts';
import { PERMISSIONS, type Permission } from '../../core/domain.ts';

export function grantedFlags(info: InfoBody): Permission[] {
  return PERMISSIONS.filter((p) => info[FLAG_OF[p]]);
}

export function listOf(permissions: readonly Permission[]): string {
  return permissions.length === 0 ? 'none' : permissions.join(', ');
}
