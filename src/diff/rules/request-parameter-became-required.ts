/**
 * Rule request-parameter-became-required (ERR, oasdiff's ID and severity): an optional request
 * parameter became required.
 */
import { requirednessRule } from '../kit/presence-rules.ts';
import type { Rule } from '../types.ts';

export const requestParameterBecameRequired: Rule = requirednessRule({
  id: 'request-parameter-became-required',
  severity: 'ERR',
  description: 'An optional request parameter became required.',
  messageTemplate: 'the {in} request parameter {subject} became required',
  scope: 'request-parameter',
  change: 'became-required',
});
