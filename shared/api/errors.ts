import { z } from '../zod';

/** Every error the sync server answers has this shape: a stable code for programs, a message for people. */
export const ErrorSchema = z
  .strictObject({
    error: z.string().meta({ description: 'Stable machine-readable code, e.g. "invalid_request".' }),
    message: z.string().meta({ description: 'What went wrong, in words a person can act on.' }),
  })
  .meta({ id: 'Error' });
export type ApiError = z.infer<typeof ErrorSchema>;
