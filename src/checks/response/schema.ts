/** schema: the body matches the schema the document gives for the status and media type (ajv). */
import {
  documentedResponse,
  excerpt,
  fail,
  hasBody,
  pass,
  type ResponseCheck,
  type ResponseContext,
} from './context.ts';
import type { MediaTypeModel } from '../../document/types.ts';

/** The documented schema-bearing media type the body should be judged against. */
export function documentedSchema(ctx: ResponseContext): MediaTypeModel | undefined {
  const contents = documentedResponse(ctx.op, ctx.status)?.contents ?? [];
  const withSchema = contents.filter((c) => c.schemaPointer !== null);
  const sent = ctx.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  return (
    withSchema.find((c) => c.mediaType.toLowerCase() === sent) ?? withSchema.find((c) => /json/i.test(c.mediaType))
  );
}

export const schema: ResponseCheck = {
  id: 'schema',
  family: 'schema',
  title: 'The body matches the documented schema',
  judge(ctx) {
    const media = documentedSchema(ctx);
    if (media?.schemaPointer == null) return null;
    if (!hasBody(ctx))
      return fail(
        `the document gives a ${media.mediaType} body for status ${ctx.status}, but the body is empty`,
        'a body',
        'empty',
      );
    if (ctx.body === undefined) return fail('the body is not JSON', media.mediaType, excerpt(ctx.bodyText, 80));
    const errors = ctx.validators.validate(media.schemaPointer, ctx.body, 'response');
    if (errors.length === 0) return pass();
    // A SchemaError's message already starts with its path ("/revision must be integer").
    const shown = errors.slice(0, 3).map((e) => e.message);
    return fail(
      `body does not match ${media.schemaPointer.replace(/^.*\/components\/schemas\//, '')}: ${shown.join('; ')}${errors.length > 3 ? ` (+${errors.length - 3} more)` : ''}`,
      'valid per the document',
      shown.join('; '),
    );
  },
};
