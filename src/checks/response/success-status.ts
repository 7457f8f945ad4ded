/** success-status: a positive call answers the success status the document gives (e.g. 200 for creates, 204 for deletes). */
import { fail, pass, successStatuses, type ResponseCheck } from './context.ts';

export const successStatus: ResponseCheck = {
  id: 'success-status',
  family: 'status',
  title: 'A valid request gets the documented success status',
  judge(ctx) {
    if (ctx.expectation !== 'success') return null;
    const expected = successStatuses(ctx.op);
    if (expected.length === 0) return null;
    if (expected.includes(ctx.status)) return pass();
    return fail(`a valid ${ctx.op.key} request was answered ${ctx.status}`, expected.join(' or '), String(ctx.status));
  },
};
