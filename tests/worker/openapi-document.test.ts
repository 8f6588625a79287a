import { describe, expect, it } from 'vitest';
import { callJson } from './helpers';

type Operation = { operationId?: string; summary?: string; tags?: string[]; security?: object[] };
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  tags: { name: string; description?: string }[];
  servers: { url: string }[];
  components: { securitySchemes: Record<string, unknown> };
};

const operations = (doc: Doc) =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ at: `${method.toUpperCase()} ${path}`, op })),
  );

describe('the OpenAPI document', () => {
  // Generated clients name their methods after these: renaming one is a visible, deliberate change here.
  it('names every operation with its pinned operationId', async () => {
    const doc = (await callJson<Doc>('/openapi.json')).body;
    expect(Object.fromEntries(operations(doc).map(({ at, op }) => [at, op.operationId]))).toEqual({
      'GET /health': 'getHealth',
      'POST /v1/teams': 'createTeam',
      'GET /v1/team': 'getTeam',
      'PATCH /v1/team': 'updateTeam',
      'DELETE /v1/team': 'deleteTeam',
      'POST /v1/invites': 'createInvites',
      'GET /v1/invites': 'listInvites',
      'DELETE /v1/invites': 'revokeAllInvites',
      'DELETE /v1/invites/{id}': 'revokeInvite',
      'POST /v1/team/invite': 'replaceInvite',
      'POST /v1/join': 'joinTeam',
      'GET /v1/members': 'listMembers',
      'PATCH /v1/members/{id}': 'updateMember',
      'DELETE /v1/members/{id}': 'removeMember',
      'DELETE /v1/me': 'leaveTeam',
      'DELETE /v1/me/data': 'eraseMyData',
      'POST /v1/me/pairing-codes': 'createPairingCode',
      'POST /v1/pair': 'pairDevice',
      'GET /v1/me/devices': 'listMyDevices',
      'DELETE /v1/me/devices/{id}': 'revokeMyDevice',
      'POST /v1/me/token': 'rotateMyToken',
      'GET /v1/tokens': 'listTokens',
      'DELETE /v1/tokens/{id}': 'revokeToken',
      'POST /v1/sync/push': 'pushChanges',
      'GET /v1/sync/pull': 'pullChanges',
      'GET /v1/catalogue': 'getCatalogue',
      'GET /v1/leaderboard': 'getLeaderboard',
      'GET /v1/team/summary': 'getTeamSummary',
      'POST /v1/view-links': 'createViewLink',
      'GET /v1/view-links': 'listViewLinks',
      'DELETE /v1/view-links/{id}': 'revokeViewLink',
      'POST /v1/dashboard-link': 'getMyDashboardLink',
      'GET /dashboard/{token}': 'getDashboardPage',
    });
  });

  it('gives every operation a summary, a described tag and the credentials it needs', async () => {
    const doc = (await callJson<Doc>('/openapi.json')).body;
    const described = new Set(doc.tags.filter((t) => t.description).map((t) => t.name));
    const schemes = Object.keys(doc.components.securitySchemes).sort();
    expect(schemes).toEqual(['adminToken', 'memberToken', 'setupSecret', 'viewLink']);
    for (const { at, op } of operations(doc)) {
      expect(op.summary, at).toBeTruthy();
      expect(op.tags?.length, at).toBe(1);
      expect(described.has(op.tags?.[0] ?? ''), at).toBe(true);
      expect(op.security, at).toBeDefined();
      for (const requirement of op.security ?? []) {
        for (const name of Object.keys(requirement)) expect(schemes, at).toContain(name);
      }
    }
    const publicOps = operations(doc).filter(({ op }) => op.security?.length === 0);
    expect(publicOps.map((o) => o.at).sort()).toEqual([
      'GET /dashboard/{token}',
      'GET /health',
      'POST /v1/join',
      'POST /v1/pair',
    ]);
    expect(doc.paths['/v1/teams']?.post?.security).toEqual([{ setupSecret: [] }]);
    expect(doc.servers.map((s) => s.url)).toContain('http://127.0.0.1:8787');
  });
});
