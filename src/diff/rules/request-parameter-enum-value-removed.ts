/**
 * Rule request-parameter-enum-value-removed (ERR, oasdiff's ID and severity): a value was removed
 * from the enum of a request parameter.
 */
import { enumRule } from '../kit/keyword-rules.ts';
import type { Rule } from '../types.ts';

export const requestParameterEnumValueRemoved: Rule = enumRule({
  id: 'request-parameter-enum-value-removed',
  severity: 'ERR',
  description: 'A value was removed from the enum of a request parameter.',
  messageTemplate: 'removed the enum value {value} from the {in} request parameter {subject}',
  scope: 'request-parameter',
  change: 'removed',
});
