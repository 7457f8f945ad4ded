/**
 * problem-body: an error body is an RFC 9457 problem (JSON object with `title` and `status`,
 * optional string `type`, `detail`, `instance`) whose `status` equals the HTTP status.
 * 401/403 may come without a body: RFC 6750 puts the error in WWW-Authenticate.
 */
import { excerpt, fail, hasBody, mediaTypeOf, pass, type ResponseCheck } from './context.ts';
import { isJsonObject } from '../../core/json.ts';

export const problemBody: ResponseCheck = {
  id: 'problem-body',
  family: 'problem',
  title: 'Error bodies are RFC 9457 problems with the HTTP status',
  judge(ctx) {
    if (ctx.status < 400) return null;
    if (!hasBody(ctx)) {
      if (ctx.status === 401 || ctx.status === 403) return null;
      return fail(`a ${ctx.status} answer has an empty body`, 'an RFC 9457 problem', 'empty body');
    }
    const media = mediaTypeOf(ctx.headers['content-type']) ?? 'none';
    if (!isJsonObject(ctx.body))
      return fail(
        `a ${ctx.status} body is not a JSON problem object`,
        'an RFC 9457 problem',
        `${media}: ${excerpt(ctx.bodyText, 80)}`,
      );
    const body = ctx.body;
    const wrong: string[] = [];
    if (typeof body.title !== 'string') wrong.push('`title` is not a string');
    if (body.status !== ctx.status)
      wrong.push(`\`status\` is ${'status' in body ? JSON.stringify(body.status) : 'missing'}, not ${ctx.status}`);
    for (const member of ['type', 'detail', 'instance']) {
      if (member in body && typeof body[member] !== 'string') wrong.push(`\`${member}\` is not a string`);
    }
    if (wrong.length === 0) return pass();
    return fail(
      `a ${ctx.status} body is not an RFC 9457 problem: ${wrong.join('; ')}`,
      'an RFC 9457 problem',
      excerpt(ctx.bodyText, 120),
    );
  },
};
