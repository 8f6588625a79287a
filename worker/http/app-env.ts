import type { TeamRow } from '../db/teams';

/** Who is calling, always taken from the bearer token, never from the request body. */
export type Caller = {
  teamId: string;
  /** Null for view tokens (dashboard links), which belong to the team rather than a member. */
  memberId: string | null;
  role: 'admin' | 'member' | 'viewer';
  tokenId: string;
  /** The caller's team, read with the token in the same query (one round trip per request). */
  team: TeamRow;
};

export type AppEnv = { Bindings: Env; Variables: { caller?: Caller } };
