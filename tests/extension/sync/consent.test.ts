// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { updateChore, updateOccurrence } from '../../../extension/db/dexie';
import { sharePreview, startSharing } from '../../../extension/sync/consent';
import { joinTeam } from '../../../extension/sync/membership';
import { readSyncState } from '../../../extension/sync/state';
import { freshDb, WED } from '../fixtures/db';
import { createAndLogChore, createChore, logOccurrence } from '../fixtures/dexie-verbs';
import { countPushes, type Server, sessions } from '../fixtures/sessions';
import { stubServer } from '../fixtures/sync-stub';

/** The stub answers a join as the Worker does, for a team with a minimum of 2 people per chore. */
function withJoin(server: Server) {
  server.override('/v1/join', () =>
    Response.json(
      {
        team: {
          name: 'Platform',
          members: 2,
          settings: {
            timeZone: 'UTC',
            weekStartsOn: 1,
            contextSwitchMinutes: 5,
            horizonYears: 5,
            minPeople: 2,
            inviteTtlHours: 168,
            workingHoursPerWeek: 40,
          },
        },
        memberId: 'member-ada',
        token: 'member-token-of-ada-0123456789',
      },
      { status: 201 },
    ),
  );
  return server;
}

/** Six weeks of history, as a user has when they join: two chores, one with a note and a site. */
async function history() {
  const db = await freshDb();
  const { chore: cert, occurrence } = await createAndLogChore(
    db,
    { name: 'Rotate TLS cert', minutes: 20, source: 'form' },
    WED,
  );
  await updateOccurrence(db, occurrence.id, { note: 'prod-db-7 host' }, WED);
  await updateChore(db, cert.id, { sitePattern: 'internal.example.com' }, WED);
  await logOccurrence(db, { choreId: cert.id, minutes: 25, source: 'click' }, WED - 7 * 86_400_000);
  const { chore: oneOnOne } = await createAndLogChore(
    db,
    { name: 'Prepare 1:1 with Sam', minutes: 15, source: 'form' },
    WED,
  );
  const { chore: secret } = await createChore(db, { name: 'Dentist', defaultMinutes: 60 }, WED);
  await updateChore(db, secret.id, { private: true }, WED);
  return { db, cert, oneOnOne };
}

describe.each(sessions)('joining shares on purpose, with %s', (_checks, session) => {
  it('sends nothing after joining until the member chose, then only the chores left on', async () => {
    const server = withJoin(stubServer());
    const { db, cert, oneOnOne } = await history();
    await joinTeam(db, { server: server.url, inviteCode: 'invite-code-0001' }, 'Ada', {
      fetcher: server.fetch,
    });
    const pushes = countPushes(server);

    expect(await session(db, server, { fetch: pushes.fetch })).toEqual({ status: 'choosing' });
    expect(pushes.bodies).toEqual([]);
    expect(await readSyncState(db)).toMatchObject({ choosing: true, minPeople: 2 });
    // What the preview lists: chores that are not private, with totals; no notes, no sites.
    expect(await sharePreview(db)).toEqual([
      { id: cert.id, name: 'Rotate TLS cert', times: 2, minutes: 45, archived: false },
      { id: oneOnOne.id, name: 'Prepare 1:1 with Sam', times: 1, minutes: 15, archived: false },
    ]);

    await startSharing(db, [oneOnOne.id]);
    expect(await session(db, server, { fetch: pushes.fetch })).toMatchObject({ status: 'synced' });
    const body = pushes.bodies.join();
    expect(body).toContain('Rotate TLS cert');
    expect(body).not.toMatch(/Prepare 1:1|Dentist|prod-db-7|internal\.example\.com/);
    expect((await db.chores.get(oneOnOne.id))?.private).toBe(true);
    expect(await readSyncState(db)).not.toHaveProperty('choosing');
    expect(await db.outbox.count()).toBe(0);
  });
});
