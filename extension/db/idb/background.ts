/**
 * The background service worker's entry to the database: what its features (badge, weekly summary,
 * shortcut) read and write, without Dexie or zod (its budget: 30 KB gzipped). Each call opens the
 * database, does one thing and closes it.
 */
import type { Chore, Occurrence } from '../../../shared/model';
import type { Ranking } from '../../../shared/ranking';
import { DB_NAME, NEWEST_STORE } from '../core/rows';
import type { Settings } from '../core/settings';
import { defaultSettings } from '../core/settings';
import type { TimerState } from '../core/timer';
import { logAgain } from './log-again';
import { withDatabase } from './open';
import { readLastLoggedChore, readLastWeekRanking, readSettings, readTimer } from './read';

export const timerOf = (name = DB_NAME): Promise<TimerState | null> => withDatabase(name, readTimer, null);

export const settingsOf = (name = DB_NAME): Promise<Settings> =>
  withDatabase(name, readSettings, defaultSettings());

export const lastLoggedChoreOf = (name = DB_NAME): Promise<Chore | undefined> =>
  withDatabase(name, readLastLoggedChore, undefined);

export const lastWeekRankingOf = (name: string, now: number): Promise<Ranking | null> =>
  withDatabase(name, (db) => readLastWeekRanking(db, now), null, NEWEST_STORE);

export const logAgainIn = (name: string, choreId: string, now: number): Promise<Occurrence | null> =>
  withDatabase(name, (db) => logAgain(db, choreId, now), null);
