import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The extension's source lives in extension/ (WXT's srcDir); shared/ is imported relatively.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Toil Tracker',
    description:
      'Log a repeated chore in one click, rank your toil by pain, and know what to automate first.',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'contextMenus', 'activeTab'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'toil-tracker@toil-tracker.dev', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});
