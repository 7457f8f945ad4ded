/**
 * Rule api-security-became-required (ERR): an operation that accepted requests without
 * credentials (no security requirement, or the anonymous `{}` among them) now requires some.
 * Invented: oasdiff skips the anonymous requirement and reports a newly secured operation only
 * as the INFO api-security-added (a new alternative), which misses that callers without
 * credentials now fail. Compared on effective requirements, so it covers global security too.
 */
import type { DiffContext } from '../context.ts';
import { makeChange, pairTarget } from '../change.ts';
import { effectiveSecurity, isOpen } from '../security.ts';
import type { Change, Rule } from '../types.ts';

const meta = {
  id: 'api-security-became-required',
  severity: 'ERR',
  description: 'An operation that accepted requests without credentials now requires them.',
  messageTemplate: 'the operation, which accepted requests without credentials, now requires {security}',
} as const;

export const apiSecurityBecameRequired: Rule = {
  ...meta,
  check(ctx: DiffContext): Change[] {
    return ctx.paired.flatMap((pair) => {
      const old = effectiveSecurity(pair.old);
      const new_ = effectiveSecurity(pair.new);
      if (!isOpen(old) || isOpen(new_)) return [];
      const security = [...new_.keys()].join(' or ');
      return [
        makeChange(meta, pairTarget(pair), {
          location: 'security',
          values: { security },
          old: [...old.keys()],
          new: [...new_.keys()],
        }),
      ];
    });
  },
};
