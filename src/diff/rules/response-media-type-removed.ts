/**
 * Rule response-media-type-removed (ERR, oasdiff's ID and severity): a media type was removed from
 * a response.
 */
import { mediaTypeRule } from '../kit/response-rules.ts';
import type { Rule } from '../types.ts';

export const responseMediaTypeRemoved: Rule = mediaTypeRule({
  id: 'response-media-type-removed',
  severity: 'ERR',
  description: 'A media type was removed from a response.',
  messageTemplate: 'removed the media type {mediaType} from the response with the status {status}',
  of: 'response',
  change: 'removed',
});
