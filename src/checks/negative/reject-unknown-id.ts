/** reject-unknown-id: an id (path or body reference) that names nothing gets 404. */
import { refusalCheck } from './refusal.ts';

export const rejectUnknownId = refusalCheck('reject-unknown-id', 'An id that names nothing gets 404', 'unknown-id');
