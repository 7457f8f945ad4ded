/** reject-paging: a search page or size below its minimum is refused with the documented 400 (size above 50 is search-size-limit). */
import { refusalCheck } from './refusal.ts';

export const rejectPaging = refusalCheck('reject-paging', 'page/size out of range are refused', 'invalid');
