/**
 * What the extension's IndexedDB database holds, for both ways of reaching it: Dexie (dexie/schema.ts,
 * which declares the stores and their version history) and raw IndexedDB (idb/). Types only, and names.
 */

/** The extension's IndexedDB database. */
export const DB_NAME = 'toil-tracker';

/**
 * The store the newest schema version (dexie/schema.ts, version 3) added: a database without it was made
 * by an older version, which only Dexie upgrades; raw readers wait for that or ask Dexie to (idb/open.ts).
 */
export const NEWEST_STORE = 'pending';

/** Per chore and week (in the user's time zone): what the ranking reads instead of the history. */
export type WeeklyRow = { choreId: string; weekStart: number; occurrences: number; minutes: number };
/** Per local day, all chores: today's total at a glance. */
export type DailyRow = { dayStart: number; occurrences: number; minutes: number };
/** A chore's latest live occurrences, newest first: the typical duration and "recently used" order. */
export type RecentEntry = { id: string; at: number; minutes: number };
export type ChoreStatsRow = { choreId: string; lastAt: number; recent: RecentEntry[] };
/**
 * A change waiting to be pushed to the team server (sync/push.ts): written in the same transaction as
 * the change itself, deleted once the server has answered the push that carried it. `private`: the chore
 * was made private here, so the server must forget it (pushed as `{ type: 'private', choreId }`).
 */
export type OutboxRow = {
  seq?: number;
  table: 'chores' | 'occurrences';
  id: string;
  op: 'put' | 'delete' | 'private';
  at: number;
};
export type KvRow = { key: string; value: unknown };
/**
 * A live occurrence the one-click path stored without touching the rollups (so the click's transaction
 * needs no reads). Readers add these in; the next write transaction folds them into the rollups.
 */
export type PendingRow = { seq?: number; id: string; choreId: string; at: number; minutes: number };

// The keys of the `kv` store, each spelled out only here.

/** The user's settings (core/settings.ts reads them, dexie/settings.ts validates and saves them). */
export const SETTINGS_KEY = 'settings';
/** The running timer (core/timer.ts), started and stopped by idb/timer.ts. */
export const TIMER_KEY = 'timer';
/** The connection to a team server and how syncing goes (sync/state.ts); absent when not in a team. */
export const SYNC_KEY = 'sync';
/**
 * Deletions pulled from the member's other browsers that were held back, not applied, because one pull
 * would have deleted more than a few of this browser's live records (sync/held-store.ts).
 */
export const HELD_DELETES_KEY = 'held-deletes';
/** The team's leaderboard and chore names as last fetched (sync/team-view.ts). */
export const TEAM_VIEW_KEY = 'team-view';
/**
 * The chore last shown as "automate this first" (core/pick.ts): the next pick holds it until another
 * chore leads it clearly (shared/pick.ts), so the pick does not flip with every entry logged.
 */
export const PICK_KEY = 'pick';
/**
 * The chores the user pinned to the top of the popup's buttons, as chore ids in the order pinned
 * (core/pins.ts). A personal choice of this device: kept here, not on the chore, so it is never synced
 * nor exported, and a chore pulled from another device cannot drop it.
 */
export const PINS_KEY = 'pins';
