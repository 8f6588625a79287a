import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import {
  call,
  callJson,
  chore,
  choreChange,
  clearOfWindowEdge,
  countRows,
  createTeam,
  join,
  pushChanges,
} from './helpers';

type Answer = { error: string; message: string };
type Paired = { token: string; memberId: string; team: { name: string } };
type Device = { id: string; label: string | null; createdAt: number; current: boolean };

const pairingCode = (token: string) =>
  callJson<{ code: string; expiresAt: number } & Answer>('/v1/me/pairing-codes', { method: 'POST', token });
const pair = (code: string, deviceName?: string, ip?: string) =>
  callJson<Paired & Answer>('/v1/pair', {
    body: { code, ...(deviceName ? { deviceName } : {}) },
    ...(ip ? { ip } : {}),
  });
const devices = (token: string) => callJson<{ devices: Device[] } & Answer>('/v1/me/devices', { token });
const rotate = (token: string, body: unknown = {}) =>
  callJson<{ token: string } & Answer>('/v1/me/token', { token, body });
const dashboardLink = (token: string) =>
  callJson<{ id: string; url: string }>('/v1/dashboard-link', { method: 'POST', token });
const pathOf = (url: string) => new URL(url).pathname;

/** A member and a second browser of theirs, paired with a code. */
async function memberWithTwoBrowsers() {
  const team = await createTeam();
  const member = await join(team, 'Ada');
  const { body: made } = await pairingCode(member.token);
  const { status, body: other } = await pair(made.code, 'Firefox on Linux');
  if (status !== 201) throw new Error(`pairing answered ${status}: ${JSON.stringify(other)}`);
  return { team, member, other };
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('pairing another browser with a code', () => {
  it('gives the other browser a token of its own for the same member, named and listed', async () => {
    const team = await createTeam();
    const member = await join(team, 'Ada');
    const made = await pairingCode(member.token);
    expect(made.status).toBe(201);
    expect(made.body.code).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(made.body.expiresAt - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(made.body.expiresAt - Date.now()).toBeLessThanOrEqual(10 * 60_000);

    const { status, body } = await pair(made.body.code, 'Firefox on Linux');
    expect(status).toBe(201);
    expect(body.memberId).toBe(member.memberId);
    expect(body.team.name).toBe(team.name);
    expect(body.token).not.toBe(member.token);

    // Both tokens act as the member: what one pushes, the other pulls.
    const c = chore();
    await pushChanges(member.token, [choreChange(c)]);
    const pulled = await callJson<{ changes: { chore: { id: string } }[] }>('/v1/sync/pull', {
      token: body.token,
    });
    expect(pulled.body.changes.map((x) => x.chore.id)).toEqual([c.id]);

    const mine = await devices(body.token);
    expect(mine.status).toBe(200);
    expect(mine.body.devices.map(({ label, current }) => ({ label, current }))).toEqual([
      { label: null, current: false },
      { label: 'Firefox on Linux', current: true },
    ]);
    const all = await callJson<{ tokens: { id: string; kind: string; memberId: string; label: string }[] }>(
      '/v1/tokens',
      { token: team.adminToken },
    );
    expect(all.body.tokens).toContainEqual(
      expect.objectContaining({
        id: mine.body.devices[1]?.id,
        kind: 'member',
        memberId: member.memberId,
        label: 'Firefox on Linux',
      }),
    );
  });

  it('stores only the code’s hash, and a used code pairs nobody else', async () => {
    const team = await createTeam();
    const member = await join(team);
    const { body: made } = await pairingCode(member.token);
    expect(await countRows('pairing_codes', 'hash = ?', made.code)).toBe(0);
    expect(await countRows('pairing_codes', 'hash = ?', await sha256Hex(made.code))).toBe(1);

    expect((await pair(made.code)).status).toBe(201);
    const again = await pair(made.code);
    expect(again.status).toBe(410);
    expect(again.body.error).toBe('pairing_code_used');
    expect(await countRows('tokens', "member_id = ? AND kind = 'member'", member.memberId)).toBe(2);
  });

  it('pairs exactly one of ten browsers racing with one code', async () => {
    const team = await createTeam();
    const member = await join(team);
    const { body: made } = await pairingCode(member.token);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => pair(made.code, `Racer ${i}`)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array(9).fill(410)]);
    expect(await countRows('tokens', "member_id = ? AND kind = 'member'", member.memberId)).toBe(2);
  });

  it('refuses an expired, unknown or replaced code with 404, making no token', async () => {
    const team = await createTeam();
    const member = await join(team);
    const { body: first } = await pairingCode(member.token);
    const { body: second } = await pairingCode(member.token);
    const replaced = await pair(first.code);
    expect(replaced.status).toBe(404);
    expect(replaced.body.error).toBe('pairing_code_not_found');

    await env.DB.prepare('UPDATE pairing_codes SET expires_at = ? WHERE member_id = ?')
      .bind(Date.now() - 1, member.memberId)
      .run();
    expect((await pair(second.code)).status).toBe(404);
    expect((await pair('A'.repeat(22))).status).toBe(404);
    expect(await countRows('tokens', "member_id = ? AND kind = 'member'", member.memberId)).toBe(1);
    expect(await countRows('pairing_codes', 'member_id = ?', member.memberId)).toBe(1);
  });

  it('pairs nobody with the code of a member who is gone', async () => {
    const team = await createTeam();
    const member = await join(team);
    const { body: made } = await pairingCode(member.token);
    await call(`/v1/members/${member.memberId}`, { method: 'DELETE', token: team.adminToken });
    expect((await pair(made.code)).status).toBe(404);
    expect(await countRows('tokens', 'member_id = ?', member.memberId)).toBe(0);
    expect(await countRows('pairing_codes', 'member_id = ?', member.memberId)).toBe(0);
  });

  it('limits guesses per address before looking the code up (429 with Retry-After)', async () => {
    const ip = '192.0.2.88';
    await clearOfWindowEdge();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await pair(`guess-guess-${i}`, undefined, ip)).status);
    expect(statuses.every((s) => s === 404)).toBe(true);
    const team = await createTeam();
    const member = await join(team);
    const { body: made } = await pairingCode(member.token);
    const limited = await pair(made.code, undefined, ip);
    expect(limited.status).toBe(429);
    expect(limited.res.headers.get('Retry-After')).toBe('60');
    expect((await pair(made.code)).status).toBe(201);
  });

  it('keeps a member to 10 browsers: over it, 409 and the code stays unspent', async () => {
    const team = await createTeam();
    const member = await join(team);
    for (let i = 1; i < 10; i++) {
      const { body: made } = await pairingCode(member.token);
      expect((await pair(made.code)).status).toBe(201);
    }
    const { body: made } = await pairingCode(member.token);
    const refused = await pair(made.code);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('limit_reached');
    expect(refused.body.message).toContain('10');
    expect(await countRows('tokens', "member_id = ? AND kind = 'member'", member.memberId)).toBe(10);
    const mine = await devices(member.token);
    const other = mine.body.devices.find((d) => !d.current);
    await call(`/v1/me/devices/${other?.id}`, { method: 'DELETE', token: member.token });
    expect((await pair(made.code)).status).toBe(201);
  });

  it('makes codes for members only, and answers bad pairing bodies with 400', async () => {
    const team = await createTeam();
    const link = await callJson<{ url: string }>('/v1/view-links', { token: team.adminToken, body: {} });
    const viewToken = pathOf(link.body.url).split('/').pop() ?? '';
    for (const token of [viewToken, 'A'.repeat(43)]) expect((await pairingCode(token)).status).toBe(401);
    expect((await call('/v1/me/pairing-codes', { method: 'POST' })).status).toBe(401);
    for (const body of [{}, { code: 'x' }, { code: 'A'.repeat(22), teamId: 'abcdefgh' }]) {
      const res = await callJson<Answer>('/v1/pair', { body });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/\w/);
    }
  });
});

describe('a member’s browsers', () => {
  it('lists only the member’s own sign-in tokens, marking the one asking', async () => {
    const { team, member, other } = await memberWithTwoBrowsers();
    await dashboardLink(member.token);
    await join(team, 'Someone else');
    const mine = await devices(member.token);
    expect(mine.body.devices).toHaveLength(2);
    expect(mine.body.devices.map((d) => d.current)).toEqual([true, false]);
    expect((await devices(other.token)).body.devices.map((d) => d.id)).toEqual(
      mine.body.devices.map((d) => d.id),
    );
  });

  it('revokes another browser of the member: it fails at once, with its dashboard link, the rest keeps working', async () => {
    const { member, other } = await memberWithTwoBrowsers();
    const mineLink = (await dashboardLink(member.token)).body;
    const otherLink = (await dashboardLink(other.token)).body;
    const { body } = await devices(member.token);
    const otherId = body.devices.find((d) => !d.current)?.id;

    const revoked = await call(`/v1/me/devices/${otherId}`, { method: 'DELETE', token: member.token });
    expect(revoked.status).toBe(200);
    expect((await devices(other.token)).status).toBe(401);
    expect((await call(pathOf(otherLink.url))).status).toBe(401);
    expect((await call(pathOf(mineLink.url))).status).toBe(200);
    expect((await devices(member.token)).body.devices).toHaveLength(1);
  });

  it('refuses to revoke the asking browser’s own token, another member’s token or a view link', async () => {
    const { team, member } = await memberWithTwoBrowsers();
    const someone = await join(team);
    const link = (await dashboardLink(member.token)).body;
    const { body } = await devices(member.token);
    const own = body.devices.find((d) => d.current)?.id;
    const theirs = (await devices(someone.token)).body.devices[0]?.id;

    const self = await callJson<Answer>(`/v1/me/devices/${own}`, { method: 'DELETE', token: member.token });
    expect(self.status).toBe(409);
    expect(self.body.error).toBe('own_token');
    for (const id of [theirs, link.id]) {
      const res = await callJson<Answer>(`/v1/me/devices/${id}`, { method: 'DELETE', token: member.token });
      expect(res.status).toBe(404);
    }
    expect((await devices(someone.token)).status).toBe(200);
    expect((await call(pathOf(link.url))).status).toBe(200);
  });

  it('gives each browser a dashboard link of its own that stays the same between calls', async () => {
    const { member, other } = await memberWithTwoBrowsers();
    const first = (await dashboardLink(member.token)).body;
    const second = (await dashboardLink(other.token)).body;
    expect(second.url).not.toBe(first.url);
    expect((await dashboardLink(member.token)).body).toEqual(first);
    expect((await dashboardLink(other.token)).body).toEqual(second);
    for (const link of [first, second]) expect((await call(pathOf(link.url))).status).toBe(200);
  });

  it('tells every browser of a removed member why it stopped, and each can still erase', async () => {
    const { team, member, other } = await memberWithTwoBrowsers();
    await call(`/v1/members/${member.memberId}`, { method: 'DELETE', token: team.adminToken });
    for (const token of [member.token, other.token]) {
      const refused = await devices(token);
      expect(refused.status).toBe(401);
      expect(refused.body.error).toBe('removed');
    }
    expect((await call('/v1/me/data', { method: 'DELETE', token: other.token })).status).toBe(200);
  });

  it('keeps the URL of a member’s link made before migration 0007, tying it to their token', async () => {
    const team = await createTeam();
    const member = await join(team);
    const link = (await dashboardLink(member.token)).body;
    await env.DB.prepare('UPDATE tokens SET member_token_id = NULL WHERE id = ?').bind(link.id).run();
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0007'));
    const tie = migration?.queries.find((q) => q.includes('UPDATE tokens SET member_token_id'));
    if (!tie) throw new Error('migration 0007 has no UPDATE of member_token_id');
    await env.DB.prepare(tie).run();
    expect((await dashboardLink(member.token)).body).toEqual(link);
    expect((await call(pathOf(link.url))).status).toBe(200);
  });

  it('closes only the revoked browser’s dashboard link when an admin revokes its token', async () => {
    const { team, member, other } = await memberWithTwoBrowsers();
    const mineLink = (await dashboardLink(member.token)).body;
    const otherLink = (await dashboardLink(other.token)).body;
    const otherId = (await devices(other.token)).body.devices.find((d) => d.current)?.id;
    expect((await call(`/v1/tokens/${otherId}`, { method: 'DELETE', token: team.adminToken })).status).toBe(
      200,
    );
    expect((await call(pathOf(otherLink.url))).status).toBe(401);
    expect((await call(pathOf(mineLink.url))).status).toBe(200);
    expect((await dashboardLink(member.token)).body).toEqual(mineLink);
  });
});

describe('rotating a token', () => {
  it('replaces the caller’s token: the old one fails on the next request, the other browsers keep theirs', async () => {
    const { member, other } = await memberWithTwoBrowsers();
    const before = (await devices(member.token)).body.devices;
    const { status, body } = await rotate(member.token);
    expect(status).toBe(200);
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.token).not.toBe(member.token);

    const old = await devices(member.token);
    expect(old.status).toBe(401);
    expect(old.body.error).toBe('unauthorized');
    const after = await devices(body.token);
    expect(after.status).toBe(200);
    expect(after.body.devices).toEqual(before);
    expect((await devices(other.token)).status).toBe(200);
    expect(await countRows('tokens', 'hash = ?', await sha256Hex(member.token))).toBe(0);
  });

  it('replaces the dashboard link derived from the old token', async () => {
    const { member } = await memberWithTwoBrowsers();
    const link = (await dashboardLink(member.token)).body;
    const { body } = await rotate(member.token);
    expect((await call(pathOf(link.url))).status).toBe(401);
    const next = (await dashboardLink(body.token)).body;
    expect(next.url).not.toBe(link.url);
    expect((await call(pathOf(next.url))).status).toBe(200);
    expect((await dashboardLink(body.token)).body).toEqual(next);
  });

  it('derives the new token from the old one and the nonce, so a lost answer can be recomputed', async () => {
    const team = await createTeam();
    const member = await join(team);
    const nonce = 'n'.repeat(30);
    const { body } = await rotate(member.token, { nonce });
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(member.token),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const mac = new Uint8Array(
      await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`rotate:${nonce}`)),
    );
    const expected = btoa(String.fromCharCode(...mac))
      .replaceAll('+', '-')
      .replaceAll('/', '_')
      .replace(/=+$/, '');
    expect(body.token).toBe(expected);
    expect((await devices(expected)).status).toBe(200);
  });

  it('lets one of two rotations racing with the same token through; the other gets 401', async () => {
    const team = await createTeam();
    const member = await join(team);
    const answers = await Promise.all([rotate(member.token), rotate(member.token)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 401]);
    const winner = answers.find((a) => a.status === 200)?.body.token ?? '';
    expect((await devices(winner)).status).toBe(200);
    expect(await countRows('tokens', "member_id = ? AND kind = 'member'", member.memberId)).toBe(1);
  });

  it('keeps a rotated admin an admin, and refuses bad nonces with 400', async () => {
    const team = await createTeam();
    const bare = await call('/v1/me/token', { method: 'POST', token: team.adminToken });
    expect(bare.status).toBe(200);
    const { body } = await rotate(((await bare.json()) as { token: string }).token);
    expect((await call('/v1/members', { token: body.token })).status).toBe(200);
    for (const nonce of ['short', 'x'.repeat(101), 'has space in it........', 5]) {
      expect((await rotate(body.token, { nonce })).status).toBe(400);
    }
    expect((await call('/v1/members', { token: body.token })).status).toBe(200);
  });
});
