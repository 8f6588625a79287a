import type { Caller } from '../db/tokens';

export type { Caller };

export type AppEnv = { Bindings: Env; Variables: { caller?: Caller } };
