// `npm start`: build the extension, apply the D1 migrations to the local database, make sure the local
// setup secret exists (worker/.dev.vars), and run the sync server on 127.0.0.1 in workerd (wrangler dev).
// Ctrl-C stops it.
import { spawn } from 'node:child_process';
import { DEV_VARS, ensureSetupToken } from './setup-secret.mjs';

const port = process.env.PORT ?? '8787';
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false' };

function run(command, args, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

await run('npx', ['wxt', 'build']);
await run('npx', ['wxt', 'build', '-b', 'firefox']);
// CI=true keeps wrangler from asking for confirmation before applying migrations.
await run(
  'npx',
  ['wrangler', 'd1', 'migrations', 'apply', 'toil-tracker', '--local', '-c', 'worker/wrangler.jsonc'],
  {
    CI: 'true',
  },
);

// Team creation needs the setup secret locally too (the same code path as a deployed server).
const secret = ensureSetupToken(DEV_VARS);

console.log(`
Toil Tracker is built and the sync server is starting.
  Extension (Chromium): load the folder .output/chrome-mv3 at chrome://extensions (Developer mode, Load unpacked)
  Extension (Firefox):  load .output/firefox-mv3/manifest.json at about:debugging#/runtime/this-firefox
  Sync server:          http://127.0.0.1:${port}  (health: http://127.0.0.1:${port}/health)
  Setup secret:         SETUP_TOKEN in ${DEV_VARS} (${secret.created ? 'created now' : 'already there'}; git-ignored)
  Create a team:        curl -X POST http://127.0.0.1:${port}/v1/teams -H 'Authorization: Bearer ${secret.token}' -H 'Content-Type: application/json' -d '{"name":"My team"}'
`);
const server = spawn(
  'npx',
  [
    'wrangler',
    'dev',
    '-c',
    'worker/wrangler.jsonc',
    '--ip',
    '127.0.0.1',
    '--port',
    port,
    '--show-interactive-dev-session=false',
  ],
  { stdio: 'inherit', env },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
