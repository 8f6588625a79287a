// `npm run deploy`: deploys the sync server to your Cloudflare account. Creates the D1 database
// "toil-tracker" if it does not exist, writes its id into worker/wrangler.jsonc, applies the migrations
// to it, then deploys the Worker. The first time, it creates the setup secret (the Worker secret
// SETUP_TOKEN, which team creation needs) and prints it once. Needs `npx wrangler login` (or
// CLOUDFLARE_API_TOKEN) first.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { hasSecret, newSecret } from './setup-secret.mjs';

const CONFIG = 'worker/wrangler.jsonc';
const DATABASE = 'toil-tracker';
const PLACEHOLDER = '00000000-0000-0000-0000-000000000000';
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' };

const wrangler = (args, capture = false, input = undefined) =>
  execFileSync('npx', ['wrangler', ...args], {
    env,
    encoding: 'utf8',
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', capture ? 'pipe' : 'inherit', 'inherit'],
  });

function findDatabaseId() {
  const list = JSON.parse(wrangler(['d1', 'list', '--json'], true));
  return list.find((db) => db.name === DATABASE)?.uuid ?? null;
}

let id = findDatabaseId();
if (!id) {
  console.log(`Creating the D1 database "${DATABASE}"...`);
  wrangler(['d1', 'create', DATABASE]);
  id = findDatabaseId();
  if (!id) throw new Error(`created "${DATABASE}" but cannot find it in \`wrangler d1 list\``);
}

const config = readFileSync(CONFIG, 'utf8');
const current = /"database_id":\s*"([^"]*)"/.exec(config)?.[1];
if (current !== id) {
  if (current !== PLACEHOLDER) {
    console.warn(`${CONFIG} named database ${current}; switching it to ${DATABASE} (${id}).`);
  }
  writeFileSync(CONFIG, config.replace(/"database_id":\s*"[^"]*"/, `"database_id": "${id}"`));
  console.log(`Wrote database id ${id} to ${CONFIG}.`);
}

wrangler(['d1', 'migrations', 'apply', DATABASE, '--remote', '-c', CONFIG]);
wrangler(['deploy', '-c', CONFIG]);

// After the deploy, so the Worker exists; a secret put creates a new version of it at once.
const create = (secret) =>
  `curl -X POST https://<your-worker-url>/v1/teams -H 'Authorization: Bearer ${secret}' -H 'Content-Type: application/json' -d '{"name":"My team"}'`;
if (hasSecret(wrangler(['secret', 'list', '--format', 'json', '-c', CONFIG], true), 'SETUP_TOKEN')) {
  console.log(`Deployed. Create a team with your setup secret:\n  ${create('<SETUP_TOKEN>')}`);
} else {
  const secret = newSecret();
  wrangler(['secret', 'put', 'SETUP_TOKEN', '-c', CONFIG], false, `${secret}\n`);
  console.log(`
Deployed. The server's setup secret (SETUP_TOKEN) was created; it is shown this once, keep it safe:

  ${secret}

Only its holder can create teams:
  ${create(secret)}
To rotate it: npx wrangler secret put SETUP_TOKEN -c ${CONFIG}  (then type the new secret).`);
}
