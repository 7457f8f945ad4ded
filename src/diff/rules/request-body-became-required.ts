/**
 * Rule request-body-became-required (ERR, oasdiff's ID and severity): the request body became
 * required.
 */
import { requestBodyRule } from '../kit/operation-rules.ts';
import type { Rule } from '../types.ts';

export const requestBodyBecameRequired: Rule = requestBodyRule({
  id: 'request-body-became-required',
  severity: 'ERR',
  description: 'The request body became required.',
  messageTemplate: 'the request body became required',
  change: 'became-required',
});
