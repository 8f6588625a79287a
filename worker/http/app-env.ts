import type { GoneToken } from '../db/gone-tokens';
import type { Caller } from '../db/tokens';

export type { Caller };

/** A member who is gone (left, removed, or their team deleted), known by a token they still hold. */
export type FormerMember = GoneToken;

export type AppEnv = { Bindings: Env; Variables: { caller?: Caller; former?: FormerMember } };
