/**
 * Rule request-property-became-required (ERR, oasdiff's ID and severity): a request property that
 * was optional became required.
 */
import { requirednessRule } from '../kit/presence-rules.ts';
import type { Rule } from '../types.ts';

export const requestPropertyBecameRequired: Rule = requirednessRule({
  id: 'request-property-became-required',
  severity: 'ERR',
  description: 'A request property that was optional became required.',
  messageTemplate: 'the request property {subject} became required',
  scope: 'request-property',
  change: 'became-required',
});
