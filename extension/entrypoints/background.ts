import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db, requestPersistence } from '../db';
import { onAlarm, resync, startHeartbeat } from '../features/alarms';
import { listenForPages } from '../features/background-link';
import { createContextMenu, onContextMenuClick } from '../features/context-menu';
import { onCommand } from '../features/shortcuts';
import { onNotificationClicked } from '../features/weekly-notification';
import { startSyncScheduler } from '../sync/scheduler';

// Listeners are registered synchronously on every start, so events that woke the worker are delivered.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    createContextMenu();
    void startHeartbeat();
    void requestPersistence();
    void resync(db);
  });
  browser.runtime.onStartup.addListener(() => void resync(db));
  browser.contextMenus.onClicked.addListener((info) => void onContextMenuClick(info));
  browser.commands.onCommand.addListener((command) => void onCommand(command, db));
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm, db));
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
  listenForPages(db, () => resync(db));
  startSyncScheduler(db);
});
