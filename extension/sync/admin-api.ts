import { InviteSchema, OpenInviteSchema, RevokedInvitesSchema } from '../../shared/api/invites';
import { ViewLinkSchema } from '../../shared/api/leaderboard';
import {
  FormerMemberSchema,
  MemberSchema,
  OkSchema,
  TeamSchema,
  type TeamSettings,
  TokenInfoSchema,
} from '../../shared/api/teams';
import { z } from '../../shared/zod';
import type { ToilDb } from '../db/dexie/schema';
import { callServer, type Fetch } from './http';
import { readSyncState, writeSyncState } from './state';

// The admin screens' calls (worker/README.md, "The admin API"), with this device's member token. Answers
// are read leniently, as every answer is: a newer server's extra fields are dropped, not refused.
// `former` came with a later server: an older one lists none.
const MembersAnswer = z.object({
  members: z.array(MemberSchema.strip()),
  former: z.array(FormerMemberSchema.strip()).default([]),
});
const OpenInvitesAnswer = z.object({ invites: z.array(OpenInviteSchema.strip()) });
const NewInvitesAnswer = z.object({ invites: z.array(InviteSchema.strip()) });
const ViewLinksAnswer = z.object({ tokens: z.array(TokenInfoSchema.strip()) });

export type Member = z.output<typeof MemberSchema>;
export type FormerMember = z.output<typeof FormerMemberSchema>;
export type OpenInvite = z.output<typeof OpenInviteSchema>;
export type NewInvite = z.output<typeof InviteSchema>;
export type ViewLinkInfo = z.output<typeof TokenInfoSchema>;
export type TeamInfo = z.output<typeof TeamSchema>;

/** The team server and this device's token, for one admin call. */
export type Admin = { server: string; token: string; memberId: string; fetcher: Fetch };

const defaultFetch: Fetch = (input, init) => globalThis.fetch(input, init);

/** The connection the admin screens act through, or undefined when this device is in no team. */
export async function adminOf(db: ToilDb, fetcher: Fetch = defaultFetch): Promise<Admin | undefined> {
  const state = await readSyncState(db);
  if (!state || state.paused) return undefined;
  return { server: state.server, token: state.token, memberId: state.memberId, fetcher };
}

type Init = { method?: string; body?: unknown };
const call = <T extends z.ZodType>(a: Admin, path: string, init: Init, schema: T) =>
  callServer(a.fetcher, `${a.server}${path}`, { ...init, token: a.token }, schema);

/** The members, and the former members whose entries the team still holds (an admin can erase them). */
export const listMembers = (a: Admin) => call(a, '/v1/members', {}, MembersAnswer);
export const setRole = (a: Admin, id: string, role: 'admin' | 'member') =>
  call(a, `/v1/members/${encodeURIComponent(id)}`, { method: 'PATCH', body: { role } }, OkSchema);
export const removeMember = (a: Admin, id: string, erase: boolean) =>
  call(
    a,
    `/v1/members/${encodeURIComponent(id)}${erase ? '?erase=true' : ''}`,
    { method: 'DELETE' },
    OkSchema,
  );

export const readTeam = (a: Admin) => call(a, '/v1/team', {}, TeamSchema);
export const updateTeam = (a: Admin, change: { name?: string; settings?: Partial<TeamSettings> }) =>
  call(a, '/v1/team', { method: 'PATCH', body: change }, TeamSchema);
export const deleteTeam = (a: Admin, name: string) =>
  call(a, '/v1/team', { method: 'DELETE', body: { name } }, OkSchema);

export const listInvites = async (a: Admin) => (await call(a, '/v1/invites', {}, OpenInvitesAnswer)).invites;
/** New single-use codes (each admits one person); the open ones keep working. */
export const makeInvites = async (a: Admin, count: number) =>
  (await call(a, '/v1/invites', { body: { count } }, NewInvitesAnswer)).invites;
/** One new code that replaces every open one: the links given out before stop working. */
export const replaceInvites = (a: Admin) =>
  call(a, '/v1/team/invite', { method: 'POST' }, InviteSchema.strip());
export const revokeInvite = (a: Admin, id: string) =>
  call(a, `/v1/invites/${encodeURIComponent(id)}`, { method: 'DELETE' }, OkSchema);
export const invitesOff = (a: Admin) =>
  call(a, '/v1/invites', { method: 'DELETE' }, RevokedInvitesSchema.strip());

export const listViewLinks = async (a: Admin) =>
  (await call(a, '/v1/view-links', {}, ViewLinksAnswer)).tokens;
export const makeViewLink = (a: Admin, label: string) =>
  call(a, '/v1/view-links', { body: label.trim() ? { label: label.trim() } : {} }, ViewLinkSchema.strip());
export const revokeViewLink = (a: Admin, id: string) =>
  call(a, `/v1/view-links/${encodeURIComponent(id)}`, { method: 'DELETE' }, OkSchema);

/** The team's name and minimum people as this device shows them, after an admin changed them. */
export function keepTeamHere(db: ToilDb, team: TeamInfo) {
  return db.transaction('rw', db.kv, async () => {
    const state = await readSyncState(db);
    if (state)
      await writeSyncState(db, { ...state, teamName: team.name, minPeople: team.settings.minPeople });
  });
}
