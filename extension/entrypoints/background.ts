import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { requestPersistence } from '../db/idb/persistence';
import { onAlarm, resync, startHeartbeat } from '../features/alarms';
import { listenForPages } from '../features/background-link';
import { createContextMenu, onContextMenuClick } from '../features/context-menu';
import { onCommand } from '../features/shortcuts';
import { onNotificationClicked } from '../features/weekly-notification';
import { startSyncScheduler } from '../sync/background/scheduler';

// Listeners are registered synchronously on every start, so events that woke the worker are delivered.
// The background reads and writes through db/idb (no Dexie, no zod) to stay within its size budget; so
// does its sync session (sync/background/), which pushes the outbox and pulls the member's other devices'
// changes.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    createContextMenu();
    void startHeartbeat();
    void requestPersistence();
    void resync();
  });
  browser.runtime.onStartup.addListener(() => void resync());
  browser.contextMenus.onClicked.addListener((info) => void onContextMenuClick(info));
  browser.commands.onCommand.addListener((command) => void onCommand(command));
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm));
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
  listenForPages(() => resync());
  startSyncScheduler();
});
