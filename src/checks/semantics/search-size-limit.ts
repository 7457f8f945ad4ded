/** search-size-limit: a search with size 51, above the documented maximum 50, is refused (4xx). */
import type { CheckDefinition } from '../types.ts';

export const searchSizeLimit: CheckDefinition<{ readonly status: number }> = {
  id: 'search-size-limit',
  family: 'semantics',
  title: 'Search refuses size 51',
  judge({ status }) {
    if (status >= 400 && status < 500) return { ok: true };
    return {
      ok: false,
      message: `size 51 (above the documented maximum 50) was answered ${status}`,
      expected: '400',
      actual: String(status),
    };
  },
};
