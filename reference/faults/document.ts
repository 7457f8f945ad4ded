/** Faults of the served document that the server follows too: breaking changes a baseline diff must flag. */
import { str } from '../simulator/schema-dsl.ts';
import { editComponent, revisionAsString, withProperty } from './rewrite.ts';
import type { Fault } from './types.ts';

export const DOCUMENT_FAULTS: readonly Fault[] = [
  {
    name: 'drop-operation',
    description: 'DELETE /folders/{folderId} (deleteFolder) is gone from the document and the server.',
    catches: ['api-removed-without-deprecation'],
    behaviour: { disabledOperations: ['deleteFolder'] },
  },
  {
    name: 'required-request-property',
    description: 'CreateProjectDto gains a required property description, and the server demands it.',
    catches: ['new-required-request-property'],
    document: (doc) => editComponent(doc, 'CreateProjectDto', (s) => withProperty(s, 'description', str({ min: 1, max: 255 }), true)),
  },
  {
    name: 'response-type-change',
    description: 'FileMetadataDto.revision becomes a string, in the document and in responses.',
    catches: ['response-property-type-changed'],
    document: (doc) => editComponent(doc, 'FileMetadataDto', (s) => withProperty(s, 'revision', { type: 'string' })),
    respond: revisionAsString,
  },
];
