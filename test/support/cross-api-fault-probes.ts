/**
 * The probes of the cross-API faults (reference/faults/cross-api.ts) for the catalog's test, on a
 * target serving v1-8.10 and hub-v2 on one store (its first API v1, the second the Hub API v2):
 * what v1 changes, read through v2.
 */
import { apiTargets, call, createProject, field, items, type Client } from './reference-client.ts';
import type { Probe, ProbeContext } from './probe-types.ts';

/** The full client's calls on the target's second API (the Hub API v2). */
function hub(ctx: ProbeContext): Client {
  const target = apiTargets(ctx.target).v2;
  return async (method, path, options) => {
    const token = await ctx.target.mintToken('full', 600);
    return call(target, method, path, { ...options, token });
  };
}

export const CROSS_API_PROBES: Readonly<Record<string, Probe>> = {
  'cross-api-stale-names': {
    run: async (ctx) => {
      const id = await createProject(ctx.full, `${ctx.tag}-old`);
      await ctx.full('PATCH', `/projects/${id}`, { body: { name: `${ctx.tag}-new` } });
      const v1 = field(field((await ctx.full('GET', `/projects/${id}`)).json, 'metadata'), 'name');
      const v2 = field(field((await hub(ctx)('GET', `/workspaces/${id}`)).json, 'workspace'), 'name');
      return [v1, v2];
    },
    faithful: ['-new', '-new'],
    faulty: ['-new', '-old'],
  },
  'cross-api-role-unmapped': {
    run: async (ctx) => {
      const id = await createProject(ctx.full, ctx.tag);
      const email = ctx.target.collaboratorEmails[0] ?? '';
      await ctx.full('PUT', '/collaborators', { body: { email, projectId: id, role: 'project_admin' } });
      const found = await hub(ctx)('POST', '/members/search', { body: { filter: { workspaceKey: id } } });
      return items(found)
        .filter((m) => field(m, 'email') === email)
        .map((m) => field(m, 'role'));
    },
    faithful: ['workspace_admin'],
    faulty: ['project_admin'],
  },
};
