import { expect, it } from 'vitest';
import { joinTeam } from '../../../extension/sync/membership';
import { startTeam } from '../../../extension/sync/start-team';
import { readSyncState } from '../../../extension/sync/state';
import { freshDb } from '../fixtures/db';

/** A server that must not be called: every request is recorded and fails. */
function unreachable() {
  const sent: string[] = [];
  const fetcher = async (input: RequestInfo | URL) => {
    sent.push(String(input));
    throw new TypeError('no server here');
  };
  return { sent, fetcher };
}

it('refuses a display name with an invisible character before joining, sending and storing nothing', async () => {
  const db = await freshDb();
  const server = unreachable();
  const target = { server: 'https://toil.example.com', inviteCode: 'invite-code-0001' };
  await expect(joinTeam(db, target, 'Admin\u200b', { fetcher: server.fetcher })).rejects.toThrow(
    'display name contains an invisible character (U+200B); remove it',
  );
  expect(server.sent).toEqual([]);
  expect(await readSyncState(db)).toBeUndefined();
});

it('refuses a team or admin name with an invisible character before starting a team', async () => {
  const db = await freshDb();
  const server = unreachable();
  const input = { server: 'https://toil.example.com', setupSecret: 'secret', teamName: 'Platform' };
  await expect(
    startTeam(db, { ...input, adminName: '\u200fAdmin' }, { fetcher: server.fetcher }),
  ).rejects.toThrow('display name contains an invisible character (U+200F); remove it');
  await expect(
    startTeam(db, { ...input, teamName: '\u3164', adminName: '' }, { fetcher: server.fetcher }),
  ).rejects.toThrow('team name contains an invisible character (U+3164); remove it');
  expect(server.sent).toEqual([]);
});
