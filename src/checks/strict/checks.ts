/**
 * What the strict-reading checks share: one named check per kind of issue found by walk.ts (one
 * definition a file, strict-*.ts beside this one, made by `strictCheck`). The walk runs once per
 * response (memoized on the response context) however many strict checks read it.
 */
import { excerpt, fail, pass, type ResponseCheck, type ResponseContext } from '../response/context.ts';
import { documentedSchema } from '../response/schema.ts';
import { strictIssues, UUID_PROPERTIES, type StrictIssue, type StrictIssueKind } from './walk.ts';

/**
 * The property names that hold UUIDs: Web Modeler's ids (v1, beta). The Hub API v2 names its
 * resources by keys (`fileKey`, format `FileKey`) and its `id`s are free strings (an
 * environment's, a cluster's: facts §2.2), so no name there implies a UUID.
 */
function uuidNames(ctx: ResponseContext): ReadonlySet<string> {
  return ctx.doc.apiPrefix.endsWith('/v2') ? new Set() : UUID_PROPERTIES;
}

const memo = new WeakMap<ResponseContext, StrictIssue[] | null>();

function issuesOf(ctx: ResponseContext): StrictIssue[] | null {
  const cached = memo.get(ctx);
  if (cached !== undefined) return cached;
  const media = documentedSchema(ctx);
  const issues =
    media?.schemaPointer == null || ctx.body === undefined
      ? null
      : strictIssues(ctx.doc.raw, media.schemaPointer, ctx.body, uuidNames(ctx));
  memo.set(ctx, issues);
  return issues;
}

/** A strict check: fails on the issues of its kind in the body's strict reading. */
export function strictCheck(id: string, kind: StrictIssueKind, title: string, expected: string): ResponseCheck {
  return {
    id,
    family: 'strict',
    title,
    judge(ctx) {
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
