/** strict-uuid: ids the domain names as UUIDs are UUIDs. */
import { strictCheck } from './checks.ts';

export const strictUuid = strictCheck('strict-uuid', 'uuid', 'Ids the domain names as UUIDs are UUIDs', 'UUIDs');
