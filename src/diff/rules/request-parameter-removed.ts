/**
 * Rule request-parameter-removed (WARN, oasdiff's ID and severity): a request parameter that was
 * not deprecated was removed: clients that send it may be rejected.
 * Deprecated parameters are left to oasdiff's INFO request-parameter-removed-with-deprecation,
 * which this project does not report.
 */
import { parameterPresenceRule } from '../kit/parameter-rules.ts';
import type { Rule } from '../types.ts';

export const requestParameterRemoved: Rule = parameterPresenceRule({
  id: 'request-parameter-removed',
  severity: 'WARN',
  description: 'A request parameter that was not deprecated was removed: clients that send it may be rejected.',
  messageTemplate: 'removed the {in} request parameter {name}',
  change: 'removed',
  select: (parameter) => !parameter.deprecated,
});
