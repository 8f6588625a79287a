/** Who is calling, always taken from the bearer token, never from the request body. */
export type Caller = {
  teamId: string;
  /** Null for view tokens (dashboard links), which belong to the team rather than a member. */
  memberId: string | null;
  role: 'admin' | 'member' | 'viewer';
  tokenId: string;
};

export type AppEnv = { Bindings: Env; Variables: { caller?: Caller } };
