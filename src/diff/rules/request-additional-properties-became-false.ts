/**
 * Rule request-additional-properties-became-false (ERR, the project's own: oasdiff has no rule for
 * it): a request body, or an object in it, now says `additionalProperties: false` where it
 * accepted other properties before (the keyword absent, `true` or a schema): a client that sends a
 * property the document does not list is refused (the Hub API v2 answers 400). Read through
 * `allOf`, like every keyword.
 */
import type { SchemaNode } from '../context.ts';
import { bothSides, schemaRule, type Finding } from '../kit/schema-rule.ts';
import type { Rule, RuleMeta } from '../types.ts';

const META: RuleMeta = {
  id: 'request-additional-properties-became-false',
  severity: 'ERR',
  description:
    'A request body or an object in it became strict (additionalProperties: false): other properties are refused.',
  messageTemplate: 'the request object {subject} no longer accepts other properties (additionalProperties: false)',
};

function detect(node: SchemaNode): Finding[] {
  const sides = bothSides(node);
  if (sides === undefined) return [];
  const old = sides.old.schema.additionalProperties;
  if (old === false || sides.new.schema.additionalProperties !== false) return [];
  return [{ old: old ?? true, new: false }];
}

const body = schemaRule({ ...META, scope: 'request-body', detect });
const property = schemaRule({ ...META, scope: 'request-property', detect });

export const requestAdditionalPropertiesBecameFalse: Rule = {
  ...META,
  check: (ctx) => [...body.check(ctx), ...property.check(ctx)],
};
