import { z } from '../zod';

/** Every error the sync server answers has this shape: a stable code for programs, a message for people. */
export const ErrorSchema = z
  .strictObject({
    error: z.string().meta({ description: 'Stable machine-readable code, e.g. "invalid_request".' }),
    message: z.string().meta({ description: 'What went wrong, in words a person can act on.' }),
  })
  .meta({ id: 'Error' });
export type ApiError = z.infer<typeof ErrorSchema>;

/**
 * The `error` of a 401 answered to the token of a member who is gone, rather than the generic
 * 'unauthorized': removed by an admin, left, or the team was deleted. Such a token can still erase what
 * the server holds of its member (DELETE /v1/me/data); the server remembers it for 90 days at most.
 */
export const GONE_REASONS = ['removed', 'left', 'team_deleted'] as const;
export type GoneReason = (typeof GONE_REASONS)[number];
