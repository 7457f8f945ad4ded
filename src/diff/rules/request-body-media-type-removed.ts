/**
 * Rule request-body-media-type-removed (ERR, oasdiff's ID and severity): a media type was removed
 * from the request body.
 */
import { mediaTypeRule } from '../kit/response-rules.ts';
import type { Rule } from '../types.ts';

export const requestBodyMediaTypeRemoved: Rule = mediaTypeRule({
  id: 'request-body-media-type-removed',
  severity: 'ERR',
  description: 'A media type was removed from the request body.',
  messageTemplate: 'removed the media type {mediaType} from the request body',
  of: 'request-body',
  change: 'removed',
});
