import type { Chore } from '../../../shared/model';
import type { Ranking } from '../../../shared/ranking';
import { type ChoreStatsRow, type KvRow, SETTINGS_KEY, SYNC_KEY, TIMER_KEY } from '../core/rows';
import { type Settings, settingsFromStored } from '../core/settings';
import { buildSnapshot } from '../core/snapshot';
import { type TimerState, timerFromStored } from '../core/timer';
import { request } from './requests';
import { readSnapshotRows } from './snapshot';

const kv = async (db: IDBDatabase, key: string) =>
  (await request<KvRow | undefined>(db.transaction('kv').objectStore('kv').get(key)))?.value;

/** This device's team, as the popup's tabs show it: none, syncing, or stopped (sync/state.ts `paused`). */
/** Whether this device is in a team, and whether its Team view needs a look: sync stopped, or deletions wait. */
export type TeamLink = 'none' | 'syncing' | 'stopped' | 'asking';

export async function readTeamLink(db: IDBDatabase): Promise<TeamLink> {
  const state = await kv(db, SYNC_KEY);
  if (!state || typeof state !== 'object') return state ? 'syncing' : 'none';
  if ('paused' in state && state.paused) return 'stopped';
  return 'heldDeletes' in state && state.heldDeletes ? 'asking' : 'syncing';
}

export async function readSettings(db: IDBDatabase): Promise<Settings> {
  return settingsFromStored(await kv(db, SETTINGS_KEY));
}

export async function readTimer(db: IDBDatabase): Promise<TimerState | null> {
  return timerFromStored(await kv(db, TIMER_KEY));
}

/** The live chore done most recently, through the lastAt index, newest first. */
export async function readLastLoggedChore(db: IDBDatabase): Promise<Chore | undefined> {
  const tx = db.transaction(['choreStats', 'chores']);
  const latest = await request<ChoreStatsRow[]>(tx.objectStore('choreStats').index('lastAt').getAll());
  // getAll is ascending; the stats table has one row per chore, so reading it whole is bounded.
  for (const stats of latest.sort((a, b) => b.lastAt - a.lastAt)) {
    const chore = await request<Chore | undefined>(tx.objectStore('chores').get(stats.choreId));
    if (chore && !chore.deleted && !chore.archived) return chore;
  }
  return undefined;
}

/** Last week's ranking (the weekly summary): the popup's own read and ranking, pending rows included. */
export async function readLastWeekRanking(db: IDBDatabase, now: number): Promise<Ranking> {
  return buildSnapshot(await readSnapshotRows(db, now), now).lastWeek;
}
