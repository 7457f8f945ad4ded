/** status-documented: the response status is one the document lists for the operation. */
import { documentedResponse, documentedStatuses, fail, isSecured, pass, type ResponseCheck } from './context.ts';

export const statusDocumented: ResponseCheck = {
  id: 'status-documented',
  family: 'status',
  title: 'The response status is documented for the operation',
  judge(ctx) {
    if (documentedResponse(ctx.op, ctx.status) !== undefined) return pass();
    // 401/403 of a secured operation are left undocumented by the published document; that is
    // a document finding (auth-status-undocumented), not a failure of the target.
    if ((ctx.status === 401 || ctx.status === 403) && isSecured(ctx.op)) return null;
    const listed = documentedStatuses(ctx.op).join(', ');
    return fail(`status ${ctx.status} is not documented for ${ctx.op.key}`, `one of ${listed}`, String(ctx.status));
  },
};
