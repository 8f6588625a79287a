import { InviteSchema } from '../../shared/api/invites';
import { CreateTeamRequestSchema, TeamSchema } from '../../shared/api/teams';
import { describeIssues } from '../../shared/model';
import { z } from '../../shared/zod';
import { InputError } from '../db/core/errors';
import type { ToilDb } from '../db/dexie/schema';
import type { NewInvite } from './admin-api';
import { callServer, type Fetch } from './http';
import { serverOrigin } from './join-link';
import { storeMembership } from './membership';
import type { SyncState } from './state';

/** What the lead types into "Start a team". */
export type StartTeamInput = { server: string; setupSecret: string; teamName: string; adminName: string };

const CreatedAnswer = z.object({
  team: TeamSchema,
  memberId: z.string(),
  token: z.string(),
  invite: InviteSchema.strip(),
});

/** The request, checked with the server's own schema: the same messages, before anything is sent. */
function requestOf(input: StartTeamInput): {
  server: string;
  body: z.output<typeof CreateTeamRequestSchema>;
} {
  const problems: string[] = [];
  const server = serverOrigin(input.server);
  if (typeof server !== 'string') problems.push(`server: ${server.error}`);
  if (!input.setupSecret.trim()) problems.push('setupSecret: enter the server’s setup secret');
  const adminName = input.adminName.trim();
  const body = CreateTeamRequestSchema.safeParse({
    name: input.teamName,
    ...(adminName ? { adminName } : {}),
  });
  if (!body.success) problems.push(...describeIssues(body.error));
  if (problems.length || typeof server !== 'string' || !body.success) throw new InputError(problems);
  return { server, body: body.data };
}

/**
 * Starts a team on the server with its setup secret; this device joins it as its admin (the admin token is
 * this device's member token), exactly as a join would store it: nothing is sent until the lead has chosen
 * what to share. Gives the team's first invite (shown once). A refusal changes nothing here.
 */
export async function startTeam(
  db: ToilDb,
  input: StartTeamInput,
  options: { fetcher?: Fetch; now?: number } = {},
): Promise<{ state: SyncState; invite: NewInvite }> {
  const { fetcher = (url, init) => globalThis.fetch(url, init), now = Date.now() } = options;
  const { server, body } = requestOf(input);
  const init = { body, token: input.setupSecret.trim() };
  const out = await callServer(fetcher, `${server}/v1/teams`, init, CreatedAnswer);
  const state: SyncState = {
    server,
    token: out.token,
    memberId: out.memberId,
    teamName: out.team.name,
    ...(body.adminName ? { displayName: body.adminName } : {}),
    cursor: '0',
    failures: 0,
    rejected: [],
    minPeople: out.team.settings.minPeople,
    choosing: true,
  };
  await storeMembership(db, state, now);
  return { state, invite: out.invite };
}
