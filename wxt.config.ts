import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { popupBaseGroup } from './extension/build/popup-chunk';

// No host permissions: the active tab's host is read through activeTab, only when the user opens the popup.
const PERMISSIONS = ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'contextMenus', 'activeTab'];

// The extension's source lives in extension/ (WXT's srcDir); shared/ is imported relatively.
export default defineConfig({
  srcDir: 'extension',
  // The e2e build of discovery goes beside the product's, never over it.
  outDir: process.env.WXT_TOIL_E2E_VISITS === '1' ? '.output-e2e' : '.output',
  // Icons and other static files sit with the extension's source.
  publicDir: 'extension/public',
  imports: false,
  // One manifest version for both browsers, so the code uses `action` and the same APIs everywhere.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The pages' build (popup and full page together): the popup's start-up code in one chunk.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'popup')) return;
      const build = config.build ?? {};
      const options = build.rolldownOptions ?? {};
      if (Array.isArray(options.output)) throw new Error('wxt.config.ts: expected one rolldown output');
      const output = { ...options.output, codeSplitting: { groups: [popupBaseGroup(process.cwd())] } };
      config.build = { ...build, rolldownOptions: { ...options, output } };
    },
  },
  manifest: ({ browser }) => ({
    name: 'Toil Tracker',
    description:
      'Log a repeated chore in one click, rank your toil by pain, and know what to automate first.',
    permissions: PERMISSIONS,
    // A team server's origin is asked for when the user joins a team (sync), never at install.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // Toil discovery asks for the history at its button's click, never at install. The e2e build
    // (WXT_TOIL_E2E_VISITS=1) holds it from install, as no test can answer the browser's prompt.
    ...(process.env.WXT_TOIL_E2E_VISITS === '1'
      ? { permissions: [...PERMISSIONS, 'history'] }
      : { optional_permissions: ['history'] }),
    action: { default_title: 'Toil Tracker' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+O' },
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
              // Firefox ESR 140 (Debian's) is the first to read data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
