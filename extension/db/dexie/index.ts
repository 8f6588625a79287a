/**
 * The full page's storage: the app's Dexie database (`db`) and the verbs its sections edit with. Every
 * verb takes the database first. What needs no Dexie (types, settings, the snapshot's building) is in
 * ../core; logging writes through raw IndexedDB (../idb/quick.ts).
 */
import { Dexie } from 'dexie';
import { announceToPopup } from '../idb/changes';
import { ToilDb } from './schema';

export const db = new ToilDb();

// The popup reads without Dexie: it hears of Dexie's writes (this page's or another's) through here.
Dexie.on('storagemutated', () => announceToPopup());

export { archiveChore, type ChorePatch, markAutomated, updateChore } from './chores';
export { type HistoryQuery, listOccurrences, type WeeklySeries, weeklyMinutesByChore } from './history';
export { mergeChoresInto } from './merge';
export { deleteOccurrence, type OccurrencePatch, restoreOccurrence, updateOccurrence } from './occurrences';
export { savePick } from './pick';
export { ToilDb } from './schema';
export { getSettings, saveSettings } from './settings';
export { getTimer, popupSnapshot } from './snapshot';
export { exportCsv, exportJson, importJson } from './transfer';
