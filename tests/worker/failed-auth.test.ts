import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call, callWithEnv, clearOfWindowEdge, createTeam, freshIp, join } from './helpers';

/** Failed authentications one address may make a minute (AUTH_FAILURE_LIMITER in wrangler.jsonc). */
const FAILURES_A_MINUTE = 60;

/** A well-formed bearer token nobody was ever given. */
const madeUp = () => crypto.randomUUID().replaceAll('-', '').repeat(2);

/** Sends `n` made-up tokens from `ip` (as bearer tokens, or as dashboard links) and answers their statuses. */
async function guess(ip: string, n: number, as: 'bearer' | 'link' = 'bearer'): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) {
    const res =
      as === 'link'
        ? await call(`/dashboard/${madeUp()}`, { ip })
        : await call('/v1/team', { ip, token: madeUp() });
    statuses.push(res.status);
  }
  return statuses;
}

/** The Worker's D1, counting the statements prepared on it. */
function countingDb(): { DB: D1Database; prepared: () => number } {
  let prepared = 0;
  const DB = new Proxy(env.DB, {
    get(target, prop) {
      if (prop === 'prepare') {
        return (sql: string) => {
          prepared++;
          return target.prepare(sql);
        };
      }
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { DB, prepared: () => prepared };
}

describe('failed authentication, limited per client address', () => {
  it('answers 429 once one address has sent more made-up tokens than the limit, each token different', async () => {
    await clearOfWindowEdge();
    const ip = freshIp();
    const statuses = await guess(ip, FAILURES_A_MINUTE + 1);
    expect(statuses.slice(0, FAILURES_A_MINUTE).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('refuses an address over its budget before any lookup, even with a valid token', async () => {
    await clearOfWindowEdge();
    const team = await createTeam();
    const ip = freshIp();
    await guess(ip, FAILURES_A_MINUTE + 1);
    const { DB, prepared } = countingDb();
    const refused = await callWithEnv<{ error: string }>({ DB }, '/v1/team', { ip, token: team.adminToken });
    expect(refused.status).toBe(429);
    expect(refused.body.error).toBe('rate_limited');
    expect(refused.res.headers.get('Retry-After')).toBe('60');
    expect(prepared()).toBe(0);
    // Another address is not affected.
    expect((await call('/v1/team', { ip: freshIp(), token: team.adminToken })).status).toBe(200);
  });

  it('does not count successful requests, nor the tokens of members who are gone', async () => {
    await clearOfWindowEdge();
    const team = await createTeam();
    const gone = await join(team);
    await call(`/v1/members/${gone.memberId}`, { method: 'DELETE', token: team.adminToken });
    const ip = freshIp();
    for (let i = 0; i < FAILURES_A_MINUTE + 5; i++) {
      expect((await call('/v1/team', { ip, token: i % 2 ? team.adminToken : gone.token })).status).not.toBe(
        429,
      );
    }
    expect((await call('/v1/team', { ip, token: madeUp() })).status).toBe(401);
  });

  it('limits made-up dashboard links the same way, with a page saying so', async () => {
    await clearOfWindowEdge();
    const ip = freshIp();
    const statuses = await guess(ip, FAILURES_A_MINUTE, 'link');
    expect(statuses.every((s) => s === 401)).toBe(true);
    const res = await call(`/dashboard/${madeUp()}`, { ip });
    expect(res.status).toBe(429);
    expect(res.headers.get('Content-Type')).toMatch(/text\/html/);
    expect(res.headers.get('Retry-After')).toBe('60');
    expect(await res.text()).toMatch(/Too many/);
  });
});
