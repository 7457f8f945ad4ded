/**
 * The behavioural differences of the migration report, observed, never assumed: small probes
 * that make the same calls through v1 and the Hub API v2 of the embedded reference target
 * serving both on one store (a Camunda 8.10 installation: v1 as 8.10 serves it beside v2), and
 * record what each answered. Only on the embedded target: it is discarded afterwards, so the
 * probes leave nothing behind; a real installation is never probed.
 * Each observation names the documented expectation it is about (facts section); a probe that
 * fails says so in its observation instead of ending the report.
 */
import { randomUUID } from 'node:crypto';
import { isJsonObject, isJsonValue, type JsonValue } from '../core/json.ts';
import type { RunningReferenceTarget } from '../../reference/target.ts';
import { bpmnContent } from '../synth/content.ts';
import type { Behaviour, BehaviourObservation } from './report.ts';

const TIMEOUT_MS = 10_000;

interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly body: JsonValue | null;
}

type Call = (method: string, path: string, body?: JsonValue) => Promise<Answer>;

function caller(baseUrl: string, prefix: string, token: string): Call {
  return async (method, path, body) => {
    const response = await fetch(`${baseUrl}${prefix}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/json, application/problem+json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text();
    let parsed: JsonValue | null;
    try {
      const value: unknown = text === '' ? null : JSON.parse(text);
      parsed = isJsonValue(value) ? value : null;
    } catch {
      parsed = null;
    }
    return {
      status: response.status,
      contentType: (response.headers.get('content-type') ?? '').split(';')[0] ?? '',
      body: parsed,
    };
  };
}

function field(answer: Answer, name: string): string | null {
  const value = isJsonObject(answer.body) ? answer.body[name] : undefined;
  return typeof value === 'string' ? value : null;
}

function itemsOf(answer: Answer): JsonValue[] {
  const items = isJsonObject(answer.body) ? answer.body.items : undefined;
  return Array.isArray(items) ? items : [];
}

const shown = (answer: Answer): string =>
  `${answer.status}${answer.contentType === '' ? '' : ` ${answer.contentType}`}`;

type Seen = Pick<BehaviourObservation, 'v1' | 'v2' | 'differs'>;

const seen = (v1: string, v2: string, differs: boolean): Seen => ({ v1, v2, differs });

/** Runs one probe; one that throws becomes an observation saying so. */
async function probe(
  id: string,
  what: string,
  expected: string,
  run: () => Promise<Seen>,
): Promise<BehaviourObservation> {
  try {
    return { id, what, expected, ...(await run()) };
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return { id, what, expected, v1: `probe failed: ${reason}`, v2: `probe failed: ${reason}`, differs: false };
  }
}

/** The probes against a target serving v1-8.10 and hub-v2 on one store. */
export async function observeBehaviour(target: RunningReferenceTarget): Promise<Behaviour> {
  const v1Api = target.apis.find((a) => a.generation === 'v1-8.10');
  const v2Api = target.apis.find((a) => a.generation === 'hub-v2');
  if (v1Api === undefined || v2Api === undefined) {
    return { observed: false, reason: 'the embedded target does not serve both APIs', target: null, observations: [] };
  }
  const token = await target.mintToken('full', 300);
  const v1 = caller(v1Api.baseUrl, v1Api.apiPrefix, token);
  const v2 = caller(v2Api.baseUrl, v2Api.apiPrefix, token);
  const name = `wmct-migration-${randomUUID().slice(0, 8)}`;
  const content = bpmnContent(name);
  const [firstEmail = 'alice@example.com', secondEmail = firstEmail] = target.collaboratorEmails;

  const v1Project = await v1('POST', '/projects', { name });
  const workspaceKey = field(v1Project, 'id');
  const v2Workspace = await v2('POST', '/workspaces', { name: `${name}-v2` });
  const v2WorkspaceKey = field(v2Workspace, 'workspaceKey');
  const v2Project = await v2('POST', '/projects', { name, workspaceKey: v2WorkspaceKey });
  const projectKey = field(v2Project, 'projectKey');

  const observations: BehaviourObservation[] = [];
  let v1FileId: string | null = null;
  let v2FileKey: string | null = null;
  observations.push(
    await probe('create-file', 'create a file', '§2: every create answers 200 (an early draft said 201)', async () => {
      const a = await v1('POST', '/files', {
        name: `${name}.bpmn`,
        projectId: workspaceKey,
        content,
        fileType: 'bpmn',
      });
      const b = await v2('POST', '/files', { name: `${name}.bpmn`, projectKey, type: 'bpmn', content });
      v1FileId = field(a, 'id');
      v2FileKey = field(b, 'fileKey');
      return seen(`POST /files → ${a.status}`, `POST /files → ${b.status}`, a.status !== b.status);
    }),
  );
  const deleteWhat = 'delete a file, then read it and list the recently deleted files';
  const deleteExpected = '§4.2, §2.1: v2 deletes are soft deletes (recently deleted, restorable), 204';
  observations.push(
    await probe('delete-file', deleteWhat, deleteExpected, async () => {
      const trash = async (key: string | null): Promise<boolean> => {
        const found = await v2('POST', '/files/recently-deleted/search', { filter: { fileKey: key ?? '' } });
        return itemsOf(found).some((item) => isJsonObject(item) && item.fileKey === key);
      };
      const a = await v1('DELETE', `/files/${v1FileId ?? 'none'}`);
      const aGet = await v1('GET', `/files/${v1FileId ?? 'none'}`);
      const b = await v2('DELETE', `/files/${v2FileKey ?? 'none'}`);
      const bGet = await v2('GET', `/files/${v2FileKey ?? 'none'}`);
      const bTrash = await trash(v2FileKey);
      const aTrash = await trash(v1FileId);
      const listed = (yes: boolean): string =>
        yes
          ? 'listed by v2 POST /files/recently-deleted/search: a soft delete, restorable'
          : "not listed among v2's recently deleted files";
      const v1Text = `DELETE → ${a.status}; GET then → ${aGet.status}; ${listed(aTrash)} (v1 itself has no way to list or restore it)`;
      const v2Text = `DELETE → ${b.status}; GET then → ${bGet.status}; ${listed(bTrash)}`;
      return seen(v1Text, v2Text, a.status !== b.status || aGet.status !== bGet.status || aTrash !== bTrash);
    }),
  );
  const memberWhat = 'add a collaborator / member';
  const memberExpected = '§4.2: PUT /collaborators (body projectId) → POST /workspaces/{workspaceKey}/members';
  observations.push(
    await probe('add-member', memberWhat, memberExpected, async () => {
      const a = await v1('PUT', '/collaborators', { email: firstEmail, projectId: workspaceKey, role: 'editor' });
      const b = await v2('POST', `/workspaces/${v2WorkspaceKey ?? 'none'}/members`, {
        email: secondEmail,
        role: 'editor',
      });
      return seen(
        `PUT /collaborators → ${a.status}`,
        `POST /workspaces/{workspaceKey}/members → ${b.status}`,
        a.status !== b.status,
      );
    }),
  );
  const filterWhat = 'search without the filter v2 requires';
  observations.push(
    await probe(
      'search-members-unfiltered',
      `${filterWhat} (members)`,
      '§2.1: filter.workspaceKey required',
      async () => {
        const a = await v1('POST', '/collaborators/search', {});
        const b = await v2('POST', '/members/search', {});
        return seen(
          `POST /collaborators/search {} → ${shown(a)}`,
          `POST /members/search {} → ${shown(b)}`,
          a.status !== b.status,
        );
      },
    ),
  );
  observations.push(
    await probe('search-versions-unfiltered', `${filterWhat} (versions)`, '§2.1: filter.fileKey required', async () => {
      const a = await v1('POST', '/versions/search', {});
      const b = await v2('POST', '/versions/search', {});
      return seen(
        `POST /versions/search {} → ${shown(a)}`,
        `POST /versions/search {} → ${shown(b)}`,
        a.status !== b.status,
      );
    }),
  );
  const missingWhat = 'read a file that does not exist';
  const missingExpected = '§3.4: v2 errors are application/problem+json (RFC 9457)';
  observations.push(
    await probe('not-found', missingWhat, missingExpected, async () => {
      const id = randomUUID();
      const a = await v1('GET', `/files/${id}`);
      const b = await v2('GET', `/files/${id}`);
      return seen(`GET /files/{unknown} → ${shown(a)}`, `GET /files/{unknown} → ${shown(b)}`, shown(a) !== shown(b));
    }),
  );
  observations.push(
    await probe('info-version', 'read the info', '§4.3 Info: version "v1" → "v2"', async () => {
      const a = await v1('GET', '/info');
      const b = await v2('GET', '/info');
      const va = field(a, 'version') ?? 'none';
      const vb = field(b, 'version') ?? 'none';
      return seen(`GET /info → ${a.status}, version "${va}"`, `GET /info → ${b.status}, version "${vb}"`, va !== vb);
    }),
  );
  return {
    observed: true,
    reason:
      'observed by probes on the embedded reference target (v1 as Camunda 8.10 serves it and the Hub API v2, one store)',
    target: `embedded reference target: ${v1Api.generation} ${v1Api.apiPrefix} and ${v2Api.generation} ${v2Api.apiPrefix}`,
    observations,
  };
}
