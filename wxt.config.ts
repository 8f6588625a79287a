import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The extension's source lives in extension/ (WXT's srcDir); shared/ is imported relatively.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // Icons and other static files sit with the extension's source.
  publicDir: 'extension/public',
  imports: false,
  // One manifest version for both browsers, so the code uses `action` and the same APIs everywhere.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Toil Tracker',
    description:
      'Log a repeated chore in one click, rank your toil by pain, and know what to automate first.',
    // No host permissions: the active tab's host is read through activeTab, only when the user opens the popup.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'contextMenus', 'activeTab'],
    // A team server's origin is asked for when the user joins a team (sync), never at install.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Toil Tracker' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+T' },
        description: 'Open Toil Tracker',
      },
      'log-last-chore': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Log the most recent chore again',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'toil-tracker@toil-tracker.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
