/**
 * Rule factories for properties that appear or disappear (optional or required ones) and for
 * properties or parameters whose requiredness flips.
 */
import type { SchemaNode } from '../context.ts';
import type { Rule, RuleMeta } from '../types.ts';
import type { Finding } from './schema-rule.ts';
import { bothSides, schemaRule } from './schema-rule.ts';

export interface PresenceRuleSpec extends RuleMeta {
  readonly scope: 'request-property' | 'response-property';
  readonly change: 'added' | 'removed';
  /** Report properties that are (true) or are not (false) required on the side that has them, or either. */
  readonly required: boolean | 'either';
  /**
   * Only removed properties whose parent object in the new document is (true) or is not (false)
   * strict (`additionalProperties: false`: a client that still sends the property is refused);
   * either when left out.
   */
  readonly newParentStrict?: boolean;
}

export function propertyPresenceRule(spec: PresenceRuleSpec): Rule {
  const { change, required, newParentStrict, ...rest } = spec;
  const wanted = (isRequired: boolean): boolean => required === 'either' || isRequired === required;
  const strictness = (node: SchemaNode): boolean =>
    newParentStrict === undefined || node.newParentStrict === newParentStrict;
  return schemaRule({
    ...rest,
    detect(node: SchemaNode): Finding[] {
      if (node.role !== 'property') return [];
      if (change === 'added' && node.old === undefined && node.new !== undefined && wanted(node.newRequired)) {
        return [{ new: node.new.schema }];
      }
      if (
        change === 'removed' &&
        node.new === undefined &&
        node.old !== undefined &&
        wanted(node.oldRequired) &&
        strictness(node)
      ) {
        return [{ old: node.old.schema }];
      }
      return [];
    },
  });
}

export interface RequirednessRuleSpec extends RuleMeta {
  readonly scope: 'request-property' | 'request-parameter' | 'response-property';
  readonly change: 'became-required' | 'became-optional';
}

/** Properties (in their parent's `required`) and parameters (`required: true`). */
export function requirednessRule(spec: RequirednessRuleSpec): Rule {
  const { change, ...rest } = spec;
  return schemaRule({
    ...rest,
    detect(node: SchemaNode): Finding[] {
      if (node.role !== 'property' && node.parameter === null) return [];
      if (bothSides(node) === undefined || node.oldRequired === node.newRequired) return [];
      if (node.newRequired !== (change === 'became-required')) return [];
      return [{ old: node.oldRequired, new: node.newRequired }];
    },
  });
}
