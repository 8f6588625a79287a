import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import {
  call,
  callJson,
  chore,
  choreChange,
  countRows,
  createTeam,
  EVERY_CHORE,
  join,
  newInvites,
  occurrence,
  occurrenceChange,
  pushChanges,
  setupToken,
} from './helpers';

async function member() {
  const team = await createTeam(EVERY_CHORE);
  return { team, ...(await join(team)) };
}

describe('hostile input', () => {
  it('answers malformed JSON with 400 and a message', async () => {
    const m = await member();
    const res = await call('/v1/sync/push', {
      token: m.token,
      rawBody: '{"changes": [',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'invalid_request', message: 'The body is not valid JSON.' });
  });

  it('answers a wrong envelope (types, extra fields, __proto__) with 400 and stores nothing', async () => {
    const m = await member();
    const bodies = [
      '{"changes": "all"}',
      '{"changes": [], "teamId": "abcdefgh"}',
      '{"changes": [], "memberId": "abcdefgh"}',
      '{"changes": [], "__proto__": {"admin": true}}',
      '[]',
      'null',
    ];
    for (const rawBody of bodies) {
      const res = await call('/v1/sync/push', {
        token: m.token,
        rawBody,
        headers: { 'Content-Type': 'application/json' },
      });
      expect(res.status, rawBody).toBe(400);
      expect(((await res.json()) as { message: string }).message, rawBody).toMatch(/\w/);
    }
    expect(await countRows('chores', 'member_id = ?', m.memberId)).toBe(0);
  });

  it('rejects changes carrying teamId, memberId or __proto__, with reasons', async () => {
    const m = await member();
    const c = chore();
    const raw = `{"changes": [
      {"type": "chore", "chore": ${JSON.stringify({ ...c, teamId: 'someone-else' })}},
      {"type": "chore", "chore": ${JSON.stringify({ ...c, memberId: 'someone-else' })}},
      {"type": "chore", "chore": ${JSON.stringify(c).replace('{', '{"__proto__": {"deleted": true},')}}
    ]}`;
    const res = await call('/v1/sync/push', {
      token: m.token,
      rawBody: raw,
      headers: { 'Content-Type': 'application/json' },
    });
    const body = (await res.json()) as { results: { status: string; reason: string }[] };
    expect(res.status).toBe(200);
    expect(body.results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(body.results.map((r) => r.reason)).toEqual([
      expect.stringContaining('teamId'),
      expect.stringContaining('memberId'),
      expect.stringContaining('__proto__'),
    ]);
    expect(await countRows('chores', 'id = ?', c.id)).toBe(0);
  });

  it('rejects NaN, infinite and huge numbers and 10 KB ids', async () => {
    const m = await member();
    const c = chore();
    await pushChanges(m.token, [choreChange(c)]);
    const raw = `{"changes": [
      {"type": "occurrence", "occurrence": ${JSON.stringify(occurrence(c.id)).replace('"minutes":10', '"minutes":NaN')}}
    ]}`;
    expect(
      (
        await call('/v1/sync/push', {
          token: m.token,
          rawBody: raw,
          headers: { 'Content-Type': 'application/json' },
        })
      ).status,
    ).toBe(400);
    const { body } = await pushChanges(m.token, [
      occurrenceChange(occurrence(c.id, { minutes: 1e308 })),
      occurrenceChange(occurrence(c.id, { at: 8.64e15 })),
      occurrenceChange(occurrence(c.id, { id: 'x'.repeat(10_240) })),
      choreChange(chore({ id: 'y'.repeat(10_240) })),
      choreChange(chore({ annoyance: 2.5 })),
    ]);
    expect(body.results.map((r) => r.status)).toEqual([
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
    ]);
    expect(body.results[2]?.id).toBeNull();
    expect(await countRows('occurrences', 'member_id = ?', m.memberId)).toBe(0);
  });

  it('rejects names with NUL, a right-to-left override or a lone surrogate', async () => {
    const m = await member();
    const names = ['bad\u0000name', 'txt.\u202eexe', 'broken \ud800 text'];
    const { body } = await pushChanges(
      m.token,
      names.map((name) => choreChange(chore({ name }))),
    );
    expect(body.results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(body.results[2]?.reason).toContain('lone surrogate');
    expect(await countRows('chores', 'member_id = ?', m.memberId)).toBe(0);
  });

  it('refuses invisible characters in every name it stores, saying which, and stores nothing', async () => {
    const team = await createTeam();
    const problem = async (path: string, init: Parameters<typeof callJson>[1]) => {
      const res = await callJson<{ error: string; message: string }>(path, init);
      expect(res.status, path).toBe(400);
      return res.body.message;
    };
    const [code] = await newInvites(team);
    expect(await problem('/v1/join', { body: { inviteCode: code, displayName: 'Admin\u200b' } })).toContain(
      'display name contains an invisible character (U+200B)',
    );
    expect(await problem('/v1/join', { body: { inviteCode: code, displayName: '\u200fAdmin' } })).toContain(
      'U+200F',
    );
    expect(await problem('/v1/join', { body: { inviteCode: code, displayName: '\u3164' } })).toContain(
      'U+3164',
    );
    expect(
      await countRows('members', 'team_id = (SELECT team_id FROM members WHERE id = ?)', team.adminId),
    ).toBe(1);
    const patch = { method: 'PATCH', token: team.adminToken, body: { name: '\u2800' } };
    expect(await problem('/v1/team', patch)).toContain('team name contains an invisible character (U+2800)');
    const link = { token: team.adminToken, body: { label: 'Wall\u200b' } };
    expect(await problem('/v1/view-links', link)).toContain('label contains an invisible character (U+200B)');
    const create = { token: setupToken(), body: { name: 'Ops', adminName: '\u200b\u200b' } };
    expect(await problem('/v1/teams', create)).toContain('display name contains an invisible character');

    const m = await join(team);
    const named = chore({ name: 'Deploy\u200b' });
    const { body } = await pushChanges(m.token, [choreChange(named)]);
    expect(body.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'chore.name: name contains an invisible character (U+200B); remove it',
    });
    expect(await countRows('chores', 'member_id = ?', m.memberId)).toBe(0);
  });

  it('keeps names stored before the invisible-character rule readable, and takes their edits and tombstones', async () => {
    const team = await createTeam(EVERY_CHORE);
    const m = await join(team, 'Bo');
    const c = chore({ name: 'Deploy' });
    await pushChanges(m.token, [choreChange(c)]);
    await env.DB.prepare("UPDATE members SET display_name = 'Bo\u200b' WHERE id = ?").bind(m.memberId).run();
    await env.DB.prepare("UPDATE chores SET name = 'Deploy\u200b' WHERE id = ?").bind(c.id).run();
    const members = await callJson<{ members: { displayName: string }[] }>('/v1/members', {
      token: team.adminToken,
    });
    expect(members.body.members.map((x) => x.displayName)).toContain('Bo\u200b');
    const pulled = await callJson<{ changes: { chore?: { name: string } }[] }>('/v1/sync/pull', {
      token: m.token,
    });
    expect(pulled.body.changes[0]?.chore?.name).toBe('Deploy\u200b');
    const legacy = { ...c, name: 'Deploy\u200b' };
    const edited = { ...legacy, annoyance: 5, updatedAt: c.updatedAt + 1 };
    const renamed = { ...legacy, name: 'Deploy\u200b2', updatedAt: c.updatedAt + 2 };
    const pushed = await pushChanges(m.token, [choreChange(edited)]);
    expect(pushed.body.results[0]?.status).toBe('applied');
    expect((await pushChanges(m.token, [choreChange(renamed)])).body.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'chore.name: name contains an invisible character (U+200B); remove it',
    });
    const gone = { ...legacy, deleted: true, updatedAt: c.updatedAt + 3 };
    expect((await pushChanges(m.token, [choreChange(gone)])).body.results[0]?.status).toBe('applied');
  });

  it('stores markup in a name verbatim, as text', async () => {
    const m = await member();
    const name = '<img src=x onerror=alert(1)> & "quotes"';
    const c = chore({ name });
    await pushChanges(m.token, [choreChange(c)]);
    const { body } = await callJson<{ chores: { name: string }[] }>('/v1/catalogue', { token: m.token });
    expect(body.chores.map((ch) => ch.name)).toEqual([name]);
  });

  it('refuses a 2 MB body with 413 before parsing it, and stores nothing', async () => {
    const m = await member();
    const c = chore();
    const big = Array.from({ length: 12_000 }, () => occurrenceChange(occurrence(c.id)));
    const rawBody = JSON.stringify({ changes: [choreChange(c), ...big] });
    expect(rawBody.length).toBeGreaterThan(2_000_000);
    const res = await call('/v1/sync/push', {
      token: m.token,
      rawBody,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toBe('too_large');
    expect(await countRows('chores', 'id = ?', c.id)).toBe(0);
  });

  it('refuses more than 1,000 changes in one push with 400', async () => {
    const m = await member();
    const changes = Array.from({ length: 1001 }, () => ({ type: 'chore' }));
    const { status, body } = await callJson<{ message: string }>('/v1/sync/push', {
      token: m.token,
      body: { changes },
    });
    expect(status).toBe(400);
    expect(body.message).toContain('at most 1000');
  });

  it('answers unknown paths with a JSON 404 and sets a strict CSP', async () => {
    const res = await call('/v1/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('lets any origin read responses (CORS) with the Authorization header allowed', async () => {
    const pre = await call('/v1/sync/push', {
      method: 'OPTIONS',
      headers: {
        Origin: 'moz-extension://abc',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(pre.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('authorization');
  });
});
