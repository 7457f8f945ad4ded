/**
 * Rule response-media-type-added (INFO, oasdiff's ID and severity): a media type was added to a
 * response.
 */
import { mediaTypeRule } from '../kit/response-rules.ts';
import type { Rule } from '../types.ts';

export const responseMediaTypeAdded: Rule = mediaTypeRule({
  id: 'response-media-type-added',
  severity: 'INFO',
  description: 'A media type was added to a response.',
  messageTemplate: 'added the media type {mediaType} to the response with the status {status}',
  of: 'response',
  change: 'added',
});
