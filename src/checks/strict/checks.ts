/**
 * The strict-reading checks: one named check per kind of issue found by walk.ts. The walk runs
 * once per response (memoized on the response context) however many strict checks read it.
 */
import { excerpt, fail, pass, type ResponseCheck, type ResponseContext } from '../response/context.ts';
import { documentedSchema } from '../response/schema.ts';
import { strictIssues, type StrictIssue, type StrictIssueKind } from './walk.ts';

const memo = new WeakMap<ResponseContext, StrictIssue[] | null>();

function issuesOf(ctx: ResponseContext): StrictIssue[] | null {
  const cached = memo.get(ctx);
  if (cached !== undefined) return cached;
  const media = documentedSchema(ctx);
  const issues = media?.schemaPointer == null || ctx.body === undefined ? null : strictIssues(ctx.doc.raw, media.schemaPointer, ctx.body);
  memo.set(ctx, issues);
  return issues;
}

function strictCheck(id: string, kind: StrictIssueKind, title: string, expected: string): ResponseCheck {
  return {
    id,
    family: 'strict',
    title,
    run(ctx) {
      const issues = issuesOf(ctx);
      if (issues === null) return null;
      const found = issues.filter((i) => i.kind === kind);
      if (found.length === 0) return pass();
      const shown = found.slice(0, 3).map((i) => i.message);
      return fail(
        `${ctx.op.key} ${ctx.status}: ${shown.join('; ')}${found.length > 3 ? ` (+${found.length - 3} more)` : ''}`,
        expected,
        excerpt(found.map((i) => i.path).join(', '), 200),
      );
    },
  };
}

export const strictRequired = strictCheck('strict-required', 'missing', 'Every documented property is present', 'every documented property present');
export const strictNoExtra = strictCheck('strict-no-extra', 'extra', 'No property the document does not declare', 'only documented properties');
export const strictNullable = strictCheck('strict-nullable', 'null', 'Null only where the schema is nullable', 'no null where not nullable');
export const strictUuid = strictCheck('strict-uuid', 'uuid', 'Ids the domain names as UUIDs are UUIDs', 'UUIDs');
export const strictDatetime = strictCheck('strict-datetime', 'datetime', 'Dates are RFC 3339 date-times', 'RFC 3339 date-times');
