import type { Context, MiddlewareHandler } from 'hono';
import { findGoneToken } from '../db/gone-tokens';
import { findCallerByTokenHash } from '../db/tokens';
import type { AppEnv, Caller, FormerMember } from './app-env';
import { clientKey } from './client-key';
import { sha256Hex } from './crypto';
import { countFailure, overFailureBudget } from './failed-auth';
import { forbidden, goneMember, tooManyRequests, unauthorized } from './http-error';

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,100})$/;

/**
 * Resolves the bearer token to its caller, or to the former member a gone token belonged to. One
 * uniform 401 for a missing, wrong or revoked token. An address that sent too many tokens nobody holds
 * is refused (429) before anything is looked up (failed-auth.ts).
 */
async function resolve(c: Context<AppEnv>, token: string | undefined): Promise<Caller | FormerMember> {
  const address = addressKey(c);
  if (overFailureBudget(address, Date.now())) throw tooManyRequests();
  if (!token) throw unauthorized();
  const hash = await sha256Hex(token);
  // The limit and the lookup run side by side: one round trip of latency instead of two.
  const [{ success }, caller] = await Promise.all([
    c.env.TOKEN_LIMITER.limit({ key: hash }),
    findCallerByTokenHash(c.env.DB, hash),
  ]);
  if (!success) throw tooManyRequests();
  if (caller) return caller;
  // Only a token that failed costs this second lookup.
  const former = await findGoneToken(c.env.DB, hash, Date.now());
  if (former) return former;
  if (!(await countFailure(c.env.AUTH_FAILURE_LIMITER, address, Date.now()))) throw tooManyRequests();
  throw unauthorized();
}

const isFormer = (who: Caller | FormerMember): who is FormerMember => 'reason' in who;

/**
 * The caller behind the bearer token. A member who is gone gets a 401 whose `error` says why
 * ('removed', 'left', 'team_deleted'), so their extension can tell them rather than ask them to rejoin.
 */
export async function authenticate(c: Context<AppEnv>, token: string | undefined): Promise<Caller> {
  const who = await resolve(c, token);
  if (isFormer(who)) throw goneMember(who.reason);
  return who;
}

/** The raw bearer token of the request, when well formed (its caller is resolved by the middlewares). */
export function bearerToken(c: Context<AppEnv>): string | undefined {
  return BEARER.exec(c.req.header('Authorization') ?? '')?.[1];
}

/** Members and admins (not view links). */
export const requireMember: MiddlewareHandler<AppEnv> = async (c, next) => {
  const caller = await authenticate(c, bearerToken(c));
  if (caller.role === 'viewer') throw unauthorized();
  c.set('caller', caller);
  await next();
};

export const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  const caller = await authenticate(c, bearerToken(c));
  if (caller.role === 'viewer') throw unauthorized();
  if (caller.role !== 'admin') throw forbidden('Only a team admin can do this.');
  c.set('caller', caller);
  await next();
};

/** Members and admins, and members who are gone (for the one thing they may still do: erase). */
export const requireMemberOrFormer: MiddlewareHandler<AppEnv> = async (c, next) => {
  const who = await resolve(c, bearerToken(c));
  if (isFormer(who)) c.set('former', who);
  else if (who.role === 'viewer') throw unauthorized();
  else c.set('caller', who);
  await next();
};

/** Members, admins and view links: read-only team views. */
export const requireViewer: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('caller', await authenticate(c, bearerToken(c)));
  await next();
};

/** The caller set by one of the middlewares above; a route without one is a programming error. */
export function callerOf(c: Context<AppEnv>): Caller {
  const caller = c.get('caller');
  if (!caller) throw unauthorized();
  return caller;
}

/** The member behind the caller, for routes that act on a member's own data. */
export function memberOf(c: Context<AppEnv>): Caller & { memberId: string } {
  const caller = callerOf(c);
  if (caller.memberId === null) throw unauthorized();
  return { ...caller, memberId: caller.memberId };
}

/**
 * The key of per-address limits: the client's IPv4 address or IPv6 /64 (clientKey). Cloudflare sets
 * CF-Connecting-IP and clients cannot override it.
 */
export function addressKey(c: Context<AppEnv>): string {
  return clientKey(c.req.header('CF-Connecting-IP'));
}
