/**
 * Faults of the served document that the server follows too: breaking changes the gate must flag
 * against the committed baseline, each on exactly one rule of the classifier.
 */
import { isJsonObject, type JsonObject } from '../../src/core/json.ts';
import { ref, str } from '../simulator/schema-dsl.ts';
import { editComponent, revisionAsString, withProperty } from './rewrite.ts';
import type { Fault } from './types.ts';

/** Adds component schema `to` as a copy of `from` (no change when `from` does not exist). */
function copyComponent(doc: JsonObject, from: string, to: string): JsonObject {
  const components = isJsonObject(doc.components) ? doc.components : {};
  const schemas = isJsonObject(components.schemas) ? components.schemas : {};
  const schema = schemas[from];
  if (!isJsonObject(schema)) return doc;
  return { ...doc, components: { ...components, schemas: { ...schemas, [to]: structuredClone(schema) } } };
}

/**
 * FileMetadataDto.revision becomes a string. The file search's filter is a partial
 * FileMetadataDto; it keeps the old shape under its own name, so that only responses change
 * (a $ref renamed to an identical schema is no change for the classifier).
 */
function revisionTypeInResponses(doc: JsonObject): JsonObject {
  const withFilterCopy = copyComponent(doc, 'FileMetadataDto', 'FileMetadataFilterDto');
  const searchOwnFilter = editComponent(withFilterCopy, 'PubSearchDtoFileMetadataDto', (s) =>
    withProperty(s, 'filter', ref('FileMetadataFilterDto')),
  );
  return editComponent(searchOwnFilter, 'FileMetadataDto', (s) => withProperty(s, 'revision', { type: 'string' }));
}

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
    document: (doc) =>
      editComponent(doc, 'CreateProjectDto', (s) => withProperty(s, 'description', str({ min: 1, max: 255 }), true)),
  },
  {
    name: 'response-type-change',
    description:
      'FileMetadataDto.revision becomes a string in responses, in the document and on the wire (the search filter keeps the integer).',
    catches: ['response-property-type-changed'],
    document: revisionTypeInResponses,
    respond: revisionAsString,
  },
];
