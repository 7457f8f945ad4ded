/**
 * content-type: the response's Content-Type is a media type documented for its status; a
 * status documented without content has no body. `application/problem+json` is accepted where
 * `application/json` is documented (RFC 6839 structured syntax suffix: a problem is JSON).
 */
import { documentedResponse, fail, hasBody, mediaTypeOf, pass, type ResponseCheck } from './context.ts';

function matches(actual: string, documented: string): boolean {
  const doc = documented.toLowerCase();
  if (doc === '*/*' || doc === actual) return true;
  if (doc.endsWith('/*')) return actual.startsWith(doc.slice(0, -1));
  const [docType, docSub] = doc.split('/');
  const [type, sub] = actual.split('/');
  return docType === type && docSub === 'json' && sub !== undefined && sub.endsWith('+json');
}

export const contentType: ResponseCheck = {
  id: 'content-type',
  family: 'content-type',
  title: 'The Content-Type is a documented media type for the status',
  judge(ctx) {
    const documented = documentedResponse(ctx.op, ctx.status);
    if (documented === undefined || !hasBody(ctx)) return null;
    const listed = documented.contents.map((c) => c.mediaType);
    if (listed.length === 0) {
      return fail(
        `status ${ctx.status} of ${ctx.op.key} is documented without a body, but one was sent`,
        'no body',
        `${ctx.bodyText.length} bytes`,
      );
    }
    const actual = mediaTypeOf(ctx.headers['content-type']);
    if (actual === null) return fail('the response has a body but no Content-Type', listed.join(' or '), 'none');
    if (listed.some((m) => matches(actual, m))) return pass();
    return fail(`Content-Type ${actual} is not documented for status ${ctx.status}`, listed.join(' or '), actual);
  },
};
