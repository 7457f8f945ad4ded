/**
 * Rule response-property-became-optional (ERR, oasdiff's ID and severity): a response property
 * that was required became optional.
 */
import { requirednessRule } from '../kit/presence-rules.ts';
import type { Rule } from '../types.ts';

export const responsePropertyBecameOptional: Rule = requirednessRule({
  id: 'response-property-became-optional',
  severity: 'ERR',
  description: 'A response property that was required became optional.',
  messageTemplate: 'the response property {subject} became optional for the status {status}',
  scope: 'response-property',
  change: 'became-optional',
});
