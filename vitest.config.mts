import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = import.meta.dirname;

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(root, 'worker/migrations'));
  return {
    test: {
      projects: [
        {
          test: {
            name: 'shared',
            include: [
              'tests/shared/**/*.test.ts',
              'tests/scripts/**/*.test.ts',
              'tests/bench/**/*.test.ts',
              'tests/*.test.ts',
            ],
            environment: 'node',
          },
        },
        {
          plugins: [WxtVitest(), preact()],
          test: {
            name: 'extension',
            include: ['tests/extension/**/*.test.{ts,tsx}'],
            environment: 'happy-dom',
            setupFiles: ['tests/extension/setup.ts'],
          },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './worker/wrangler.jsonc' },
              // A setup secret of the run's own: tests read it from env.SETUP_TOKEN to create teams.
              miniflare: {
                bindings: { TEST_MIGRATIONS: migrations, SETUP_TOKEN: randomBytes(32).toString('base64url') },
              },
            }),
          ],
          test: {
            name: 'worker',
            include: ['tests/worker/**/*.test.ts'],
            setupFiles: ['tests/worker/apply-migrations.ts'],
          },
        },
        {
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.test.ts'],
            environment: 'node',
            testTimeout: 60_000,
            hookTimeout: 120_000,
            fileParallelism: false,
            // A real browser on a busy 2-core machine can take seconds to open a page; polls wait for it.
            expect: { poll: { timeout: 15_000, interval: 50 } },
          },
        },
      ],
    },
  };
});
