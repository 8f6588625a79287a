import { HttpError } from './http-error';

/** Over a limit (worker/db/limits.ts): 409 with what the limit is; nothing was written. */
export const limitReached = (message: string, code = 'limit_reached') => new HttpError(409, code, message);
