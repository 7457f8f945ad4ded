/**
 * The IDs a known deviation or a fault's `catches` may name: a check of the registry, or a
 * breaking-change rule (the gate's tests are named after the rules). Kept apart from the
 * registry because it loads all the rule modules (src/diff/rules), which the reporters that
 * read the registry do not need.
 */
import { RULES } from '../diff/rules/index.ts';
import { CHECKS } from './registry.ts';

export function isKnownCheckId(id: string): boolean {
  return CHECKS.some((c) => c.id === id) || RULES.some((r) => r.id === id);
}
