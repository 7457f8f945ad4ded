/**
 * The transport check: recorded by the API client (src/api/client.ts) only when the target
 * could not be reached; a check like the others for the registry and the reports.
 */
import type { CheckId } from './types.ts';

export const TRANSPORT_CHECK: CheckId = { id: 'transport', family: 'transport', title: 'The target answered at the transport level' };
