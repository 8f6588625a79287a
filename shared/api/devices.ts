import { plainText } from '../model';
import { z } from '../zod';

/**
 * A member's browsers (devices): each signs in with a member token of its own, so one can be revoked or
 * rotated without the others. Another browser joins through a pairing code, never through a token in a
 * URL (worker/README.md, "A member's browsers").
 */

/** How long a pairing code works: long enough to open the other browser and paste it. */
export const PAIRING_CODE_MINUTES = 10;

export const PairingCodeSchema = z
  .strictObject({
    code: z.string().meta({ description: 'Shown once; pairs one browser; only its hash is stored.' }),
    expiresAt: z.number().int(),
  })
  .meta({ id: 'PairingCode' });

export const DeviceNameSchema = plainText('device name', 80);

export const PairRequestSchema = z
  .strictObject({
    code: z
      .string({ error: 'pairing code must be text' })
      .trim()
      .regex(/^[A-Za-z0-9_-]{10,64}$/, { error: 'pairing code is not in the right form' }),
    deviceName: DeviceNameSchema.optional().meta({
      description: 'Names the new browser in the member’s list of browsers, e.g. “Firefox on Linux”.',
    }),
  })
  .meta({ id: 'PairRequest' });

export const DeviceSchema = z
  .strictObject({
    id: z.string().meta({ description: 'The token’s public id (DELETE /v1/me/devices/{id}).' }),
    label: z.string().nullable().meta({ description: 'The browser’s name; null for the one that joined.' }),
    createdAt: z.number().int(),
    current: z.boolean().meta({ description: 'True for the token of the browser asking.' }),
  })
  .meta({ id: 'Device' });

export const DeviceListSchema = z.strictObject({ devices: z.array(DeviceSchema) }).meta({ id: 'DeviceList' });

/** The label that comes with rotation's derivation (worker/README.md, "Rotating a token"). */
export const ROTATION_SALT = 'rotate:';

export const RotateTokenRequestSchema = z
  .strictObject({
    nonce: z
      .string({ error: 'nonce must be text' })
      .regex(/^[A-Za-z0-9_-]{22,100}$/, { error: 'nonce must be 22 to 100 base64url characters' })
      .optional()
      .meta({
        description:
          'Random (128 bits or more). The new token is then HMAC-SHA256(key = the old token, message = "rotate:" + nonce), so a client whose answer was lost can compute it; without a nonce it is random.',
      }),
  })
  .meta({ id: 'RotateTokenRequest' });

export const RotatedTokenSchema = z
  .strictObject({
    token: z.string().meta({ description: 'The new token, shown once; the old one no longer works.' }),
  })
  .meta({ id: 'RotatedToken' });
