/**
 * Rule factories for keyword changes at schema positions present on both sides: numeric
 * bounds (maxLength, minimum, …), type/format, enum values, pattern and nullability. Each rule
 * file picks a scope, a keyword and a direction of change; the comparison lives here once.
 */
import type { SchemaNode } from '../context.ts';
import { show } from '../change.ts';
import type { TypeComparison } from '../schema.ts';
import { compareTypes, enumValues, numberKeyword, stringKeyword, typeLabel, valuesMissing } from '../schema.ts';
import type { Rule, RuleMeta } from '../types.ts';
import type { Finding, Scope } from './schema-rule.ts';
import { bothSides, schemaRule } from './schema-rule.ts';

export type BoundKeyword = 'maxLength' | 'minLength' | 'maximum' | 'minimum' | 'maxItems' | 'minItems';
export type BoundChange = 'decreased' | 'increased' | 'set';

export interface BoundRuleSpec extends RuleMeta {
  readonly scope: Scope;
  readonly keyword: BoundKeyword;
  readonly change: BoundChange;
}

function boundChanged(change: BoundChange, old: number | undefined, new_: number | undefined): boolean {
  if (new_ === undefined) return false;
  if (change === 'set') return old === undefined;
  if (old === undefined) return false;
  return change === 'decreased' ? new_ < old : new_ > old;
}

/** Placeholders: {old}, {new} (the bound's values). */
export function boundRule(spec: BoundRuleSpec): Rule {
  const { keyword, change, ...rest } = spec;
  return schemaRule({
    ...rest,
    detect(node: SchemaNode): Finding[] {
      const sides = bothSides(node);
      if (sides === undefined) return [];
      const old = numberKeyword(sides.old, keyword);
      const new_ = numberKeyword(sides.new, keyword);
      if (!boundChanged(change, old, new_)) return [];
      return [{ values: { old: String(old ?? 'none'), new: String(new_) }, old, new: new_ }];
    },
  });
}

export interface TypeRuleSpec extends RuleMeta {
  readonly scope: Scope;
  /** The comparisons (old → new) this rule reports. */
  readonly when: readonly TypeComparison[];
}

/** Placeholders: {old}, {new} (type labels such as "integer/int32"). */
export function typeRule(spec: TypeRuleSpec): Rule {
  const { when, ...rest } = spec;
  return schemaRule({
    ...rest,
    detect(node: SchemaNode): Finding[] {
      const sides = bothSides(node);
      if (sides === undefined || !when.includes(compareTypes(sides.old, sides.new))) return [];
      const old = typeLabel(sides.old);
      const new_ = typeLabel(sides.new);
      return [{ values: { old, new: new_ }, old, new: new_ }];
    },
  });
}

export interface EnumRuleSpec extends RuleMeta {
  readonly scope: Scope;
  readonly change: 'added' | 'removed';
}

/** One change per value; placeholder {value}. Only where both sides have an enum. */
export function enumRule(spec: EnumRuleSpec): Rule {
  const { change, ...rest } = spec;
  return schemaRule({
    ...rest,
    detect(node: SchemaNode): Finding[] {
      const sides = bothSides(node);
      const old = sides === undefined ? null : enumValues(sides.old);
      const new_ = sides === undefined ? null : enumValues(sides.new);
      if (old === null || new_ === null) return [];
      const values = change === 'removed' ? valuesMissing(old, new_) : valuesMissing(new_, old);
      return values.map((value) => ({
        values: { value: show(value) },
        ...(change === 'removed' ? { old: value } : { new: value }),
      }));
    },
  });
}

export interface PatternRuleSpec extends RuleMeta {
  readonly scope: Scope;
  readonly change: 'added' | 'changed';
}

/** Placeholders: {old}, {new} (patterns, quoted). */
export function patternRule(spec: PatternRuleSpec): Rule {
  const { change, ...rest } = spec;
  return schemaRule({
    ...rest,
    detect(node: SchemaNode): Finding[] {
      const sides = bothSides(node);
      if (sides === undefined) return [];
      const old = stringKeyword(sides.old, 'pattern');
      const new_ = stringKeyword(sides.new, 'pattern');
      if (new_ === undefined || old === new_) return [];
      if ((change === 'added') !== (old === undefined)) return [];
      return [{ values: { old: old === undefined ? 'none' : show(old), new: show(new_) }, old, new: new_ }];
    },
  });
}

export interface NullableRuleSpec extends RuleMeta {
  readonly scope: Scope;
  readonly change: 'became-nullable' | 'became-not-nullable';
}

export function nullableRule(spec: NullableRuleSpec): Rule {
  const { change, ...rest } = spec;
  return schemaRule({
    ...rest,
    detect(node: SchemaNode): Finding[] {
      const sides = bothSides(node);
      if (sides === undefined || sides.old.nullable === sides.new.nullable) return [];
      if (sides.new.nullable !== (change === 'became-nullable')) return [];
      return [{ old: sides.old.nullable, new: sides.new.nullable }];
    },
  });
}
