import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { addressKey } from './auth';
import { HttpError, tooManyRequests } from './http-error';

const SETUP_BEARER = /^Bearer (\S{1,512})$/;

const disabled = () =>
  new HttpError(
    403,
    'setup_disabled',
    'This server has no setup secret, so it creates no teams. Its operator sets one with `npx wrangler secret put SETUP_TOKEN -c worker/wrangler.jsonc` (locally: SETUP_TOKEN in worker/.dev.vars).',
  );

const required = () =>
  new HttpError(
    401,
    'setup_token_required',
    'Creating a team needs this server’s setup secret as the bearer token (Authorization: Bearer <SETUP_TOKEN>); it is missing or wrong.',
    { 'WWW-Authenticate': 'Bearer' },
  );

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/**
 * Compares the digests rather than the texts: both are 32 bytes whatever the inputs, and every byte is
 * looked at, so the time taken says nothing about how much of a guess was right.
 */
export async function sameSecret(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/**
 * Only the holder of the server's setup secret (env SETUP_TOKEN) creates teams. The per-address limit
 * comes first, so guessing the secret is as slow as creating teams.
 */
export const requireSetupSecret: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!(await c.env.CREATE_LIMITER.limit({ key: addressKey(c) })).success) throw tooManyRequests();
  const secret = c.env.SETUP_TOKEN;
  if (!secret) throw disabled();
  const given = SETUP_BEARER.exec(c.req.header('Authorization') ?? '')?.[1];
  if (!given || !(await sameSecret(given, secret))) throw required();
  await next();
};
