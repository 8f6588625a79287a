/**
 * The extension's storage: the Dexie schema and the verbs the popup, the dashboard and the background
 * use. Every verb takes the database first; `db` is the app's own.
 */
import { Dexie } from 'dexie';
import { announceToPopup } from '../idb/changes';
import { ToilDb } from './schema';

export const db = new ToilDb();

// The popup reads without Dexie: it hears of Dexie's writes (this page's or another's) through here.
Dexie.on('storagemutated', () => announceToPopup());

export { InputError, StorageFullError } from '../core/errors';
export { rankMatches } from '../core/matching';
export { DB_NAME } from '../core/rows';
export { defaultSettings, type Settings } from '../core/settings';
export { hostMatches } from '../core/site-match';
export type { ChoreButton, PopupSnapshot } from '../core/snapshot';
export type { StoppedTimer, TimerState } from '../core/timer';
export { requestPersistence } from '../idb/persistence';
export {
  archiveChore,
  type ChorePatch,
  markAutomated,
  updateChore,
} from './chores';
export { type HistoryQuery, listOccurrences, type WeeklySeries, weeklyMinutesByChore } from './history';
export { mergeChoresInto } from './merge';
export {
  deleteOccurrence,
  type OccurrencePatch,
  restoreOccurrence,
  updateOccurrence,
} from './occurrences';
export { ToilDb } from './schema';
export { getSettings, SettingsSchema, saveSettings } from './settings';
export { getTimer, popupSnapshot } from './snapshot';
export { exportCsv, exportJson, importJson } from './transfer';
