import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import app from '../../worker/index';
import { BASE, callJson, countRows, freshIp } from './helpers';

type Answer = { error: string; message: string };

const create = (name: string, token?: string) =>
  callJson<Answer & { token?: string }>('/v1/teams', { body: { name }, ...(token ? { token } : {}) });

describe('who may create a team', () => {
  it('refuses a request without the setup secret with 401, and creates nothing', async () => {
    const name = `No secret ${crypto.randomUUID()}`;
    const { status, body, res } = await create(name);
    expect(status).toBe(401);
    expect(body.error).toBe('setup_token_required');
    expect(body.message).toContain('setup secret');
    expect(res.headers.get('WWW-Authenticate')).toContain('Bearer');
    expect(await countRows('teams', 'name = ?', name)).toBe(0);
  });

  it('refuses a wrong secret, even one differing only in its last character', async () => {
    const right = env.SETUP_TOKEN ?? '';
    const last = right.at(-1) === 'A' ? 'B' : 'A';
    for (const wrong of ['A'.repeat(43), `${right.slice(0, -1)}${last}`, `${right}x`, 'short']) {
      const name = `Wrong secret ${crypto.randomUUID()}`;
      const { status, body } = await create(name, wrong);
      expect(status, wrong).toBe(401);
      expect(body.error).toBe('setup_token_required');
      expect(await countRows('teams', 'name = ?', name)).toBe(0);
    }
  });

  it('creates the team with the right secret', async () => {
    const name = `Right secret ${crypto.randomUUID()}`;
    const { status, body } = await create(name, env.SETUP_TOKEN);
    expect(status).toBe(201);
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await countRows('teams', 'name = ?', name)).toBe(1);
  });

  it('answers 403 with what to do when the server has no setup secret at all', async () => {
    const name = `Unset ${crypto.randomUUID()}`;
    for (const secret of [undefined, '']) {
      const request = new Request(`${BASE}/v1/teams`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'CF-Connecting-IP': freshIp(),
          Authorization: 'Bearer x',
        },
        body: JSON.stringify({ name }),
      });
      const res = await app.fetch(request, { ...env, SETUP_TOKEN: secret });
      expect(res.status).toBe(403);
      const body = (await res.json()) as Answer;
      expect(body.error).toBe('setup_disabled');
      expect(body.message).toContain('wrangler secret put SETUP_TOKEN');
    }
    expect(await countRows('teams', 'name = ?', name)).toBe(0);
  });
});
