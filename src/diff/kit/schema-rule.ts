/**
 * The shape most rules share: look at the walked schema positions of one scope (request body,
 * request property, request parameter, response body, response property) and turn what a
 * rule-specific `detect` finds at each into changes.
 */
import type { JsonValue } from '../../core/json.ts';
import type { DiffContext, SchemaNode } from '../context.ts';
import { makeChange, pairTarget } from '../change.ts';
import type { SchemaView } from '../schema.ts';
import type { Change, Rule, RuleMeta } from '../types.ts';

export type Scope = 'request-body' | 'request-property' | 'request-parameter' | 'response-body' | 'response-property';

export function inScope(node: SchemaNode, scope: Scope): boolean {
  switch (scope) {
    case 'request-parameter':
      return node.parameter !== null;
    case 'request-body':
      return node.direction === 'request' && node.parameter === null && node.role === 'root';
    case 'request-property':
      return node.direction === 'request' && node.parameter === null && node.role !== 'root';
    case 'response-body':
      return node.direction === 'response' && node.role === 'root';
    case 'response-property':
      return node.direction === 'response' && node.role !== 'root';
  }
}

export interface Finding {
  readonly values?: Readonly<Record<string, string>>;
  readonly old?: JsonValue;
  readonly new?: JsonValue;
}

export interface SchemaRuleSpec extends RuleMeta {
  readonly scope: Scope;
  /** What changed at one position of the scope (none, one, or one per enum value, …). */
  readonly detect: (node: SchemaNode) => readonly Finding[];
}

/**
 * Placeholders every schema rule may use: {subject} (property path like "metadata/revision",
 * or the parameter's name), {in}, {status}, {mediaType}, {where}.
 */
export function nodeValues(node: SchemaNode): Record<string, string> {
  return {
    subject: node.parameter?.name ?? (node.path.replace(/^\//, '') || '(body)'),
    in: node.parameter?.in ?? '',
    status: node.status ?? '',
    mediaType: node.mediaType ?? '',
    where: node.where,
  };
}

export function nodeLocation(node: SchemaNode): string {
  return node.path === '' ? node.where : `${node.where} ${node.path}`;
}

export function schemaRule(spec: SchemaRuleSpec): Rule {
  const { scope, detect, ...meta } = spec;
  return {
    ...meta,
    check(ctx: DiffContext): Change[] {
      return ctx.nodes
        .filter((node) => inScope(node, scope))
        .flatMap((node) =>
          detect(node).map((finding) =>
            makeChange(meta, pairTarget(node.pair), {
              location: nodeLocation(node),
              values: { ...nodeValues(node), ...finding.values },
              old: finding.old,
              new: finding.new,
            }),
          ),
        );
    },
  };
}

/** Both sides of a position, or undefined when the property exists on one side only. */
export function bothSides(node: SchemaNode): { readonly old: SchemaView; readonly new: SchemaView } | undefined {
  return node.old !== undefined && node.new !== undefined ? { old: node.old, new: node.new } : undefined;
}
