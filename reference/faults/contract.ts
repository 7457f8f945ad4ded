/** Faults of the response contract: statuses, content types, shapes and formats the document does not allow. */
import { isJsonObject } from '../../src/core/json.ts';
import { forOperations, isFileMetadata, mapBody, revisionAsString, transformObjects } from './rewrite.ts';
import type { Fault } from './types.ts';

const CREATES = ['createProject', 'createFolder', 'createFile', 'createMilestone', 'createVersion'] as const;
const PROJECT_METADATA = ['createProject', 'updateProject'] as const;

export const CONTRACT_FAULTS: readonly Fault[] = [
  {
    name: 'wrong-type',
    description: 'File metadata carries revision as a string ("1") instead of an integer.',
    catches: ['schema'],
    respond: revisionAsString,
  },
  {
    name: 'drop-revision',
    description: 'File metadata leaves out revision.',
    catches: ['strict-required'],
    respond: (r) =>
      mapBody(r, (body) =>
        transformObjects(body, isFileMetadata, (o) =>
          Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'revision')),
        ),
      ),
  },
  {
    name: 'undocumented-field',
    description: 'Project metadata from create and update carries an undocumented property internalId.',
    catches: ['strict-no-extra'],
    respond: forOperations(PROJECT_METADATA, (r) =>
      mapBody(r, (body) => (isJsonObject(body) ? { ...body, internalId: 42 } : body)),
    ),
  },
  {
    name: 'null-creator-email',
    description: "GET /projects/{id} answers the creator's email as null, which the document does not allow.",
    catches: ['schema', 'strict-nullable'],
    respond: forOperations(['getProject'], (r) =>
      mapBody(r, (body) =>
        isJsonObject(body) && isJsonObject(body.metadata) && isJsonObject(body.metadata.createdBy)
          ? { ...body, metadata: { ...body.metadata, createdBy: { ...body.metadata.createdBy, email: null } } }
          : body,
      ),
    ),
  },
  {
    name: 'undocumented-status',
    description: 'GET /projects/{id} answers 299 instead of 200.',
    catches: ['status-documented', 'success-status'],
    respond: forOperations(['getProject'], (r) => (r.status === 200 ? { ...r, status: 299 } : r)),
  },
  {
    name: 'create-201',
    description: 'Creates answer 201 Created instead of the documented 200.',
    catches: ['status-documented', 'success-status'],
    respond: forOperations(CREATES, (r) => (r.status === 200 ? { ...r, status: 201 } : r)),
  },
  {
    name: 'wrong-content-type',
    description: 'Successful JSON answers are labelled text/plain.',
    catches: ['content-type'],
    respond: (r) =>
      r.status < 300 && r.headers['content-type'] === 'application/json'
        ? { ...r, headers: { ...r.headers, 'content-type': 'text/plain' } }
        : r,
  },
  {
    name: 'non-problem-error',
    description: '404 answers carry {"error":"not found"} instead of an RFC 9457 problem.',
    catches: ['problem-body'],
    respond: (r) =>
      r.status === 404
        ? { ...r, headers: { ...r.headers, 'content-type': 'application/json' }, body: { error: 'not found' } }
        : r,
  },
  {
    name: 'non-uuid-ids',
    description: 'Resources get numeric ids ("1001") instead of UUIDs.',
    catches: ['strict-uuid'],
    behaviour: { idStyle: 'numeric' },
  },
  {
    name: 'dates-without-zone',
    description: 'Dates are written without a zone (2024-05-01T10:00:00.000), not as RFC 3339.',
    catches: ['strict-datetime'],
    behaviour: { datesWithoutZone: true },
  },
  {
    name: 'connection-reset',
    description:
      'GET /folders/{id} resets the connection instead of answering (a crashing handler, a proxy dropping it).',
    // Reported as a transport failure of the target, never as a contract check of the answer.
    catches: ['transport'],
    behaviour: { resetOperations: ['getFolder'] },
  },
  {
    name: 'search-paths-as-ids',
    description:
      "The search paths answer other methods like the {id} paths: GET …/files/search is read as an id (404), PUT and OPTIONS get the {id} path's methods added to Allow.",
    catches: ['unsupported-method'],
    behaviour: { methodsAcrossTemplates: true },
  },
];
