/**
 * Rule factory for `oneOf` alternatives added or removed at a schema position both documents
 * have (the Hub API v2's filter properties: a plain value or an operator object). Alternatives
 * pair by key (`alternativeKey`: a `$ref`'s schema name, else a title, else the JSON), then by
 * kind (`pairAlternatives`); a position with `oneOf` on one side only is a type change, left to
 * the type rules.
 */
import type { SchemaNode } from '../context.ts';
import { oneOfAlternatives, pairAlternatives } from '../schema.ts';
import type { Rule, RuleMeta } from '../types.ts';
import type { Finding, Scope } from './schema-rule.ts';
import { bothSides, schemaRule } from './schema-rule.ts';

export interface OneOfRuleSpec extends RuleMeta {
  readonly scope: Scope;
  readonly change: 'added' | 'removed';
}

/** One change per alternative; placeholder {alternative}. */
export function oneOfRule(spec: OneOfRuleSpec): Rule {
  const { change, ...rest } = spec;
  return schemaRule({
    ...rest,
    detect(node: SchemaNode): Finding[] {
      const sides = bothSides(node);
      if (sides === undefined) return [];
      if (oneOfAlternatives(sides.old).size === 0 || oneOfAlternatives(sides.new).size === 0) return [];
      const pairing = pairAlternatives(node.pair.old.root, sides.old, node.pair.new.root, sides.new);
      return (change === 'removed' ? pairing.removed : pairing.added).map(([key, member]) => ({
        values: { alternative: key },
        ...(change === 'removed' ? { old: member } : { new: member }),
      }));
    },
  });
}
