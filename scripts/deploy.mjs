// `npm run deploy`: deploys the sync server to your Cloudflare account. Creates the D1 database
// "toil-tracker" if it does not exist, writes its id into worker/wrangler.jsonc, applies the migrations
// to it, then deploys the Worker. Needs `npx wrangler login` (or CLOUDFLARE_API_TOKEN) first.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const CONFIG = 'worker/wrangler.jsonc';
const DATABASE = 'toil-tracker';
const PLACEHOLDER = '00000000-0000-0000-0000-000000000000';
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' };

const wrangler = (args, capture = false) =>
  execFileSync('npx', ['wrangler', ...args], {
    env,
    encoding: 'utf8',
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
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
console.log(
  'Deployed. Create a team with: curl -X POST https://<your-worker-url>/v1/teams -H "Content-Type: application/json" -d \'{"name":"My team"}\'',
);
