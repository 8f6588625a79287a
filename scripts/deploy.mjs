// `npm run deploy`: deploys the sync server to your Cloudflare account. Creates the D1 database
// "toil-tracker" if it does not exist, writes its id into worker/wrangler.jsonc, applies the migrations
// to it, then deploys the Worker. The first time, it creates the setup secret (the Worker secret
// SETUP_TOKEN, which team creation needs) and prints it once. Needs `npx wrangler login` (or
// CLOUDFLARE_API_TOKEN) first.
//
// `npm run deploy -- --dry-run` needs no account and changes nothing: it applies every migration in order
// to a fresh local D1, bundles the Worker exactly as a deploy would (wrangler deploy --dry-run), and
// reports the bundle's gzipped size beside the Workers limit. The tests run it (tests/deploy.test.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
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

/** The Workers plan limit on a Worker's gzipped size: 3 MB on Free (10 MB on Paid). */
const FREE_PLAN_LIMIT = 3 * 1024 * 1024;

function dryRun() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'toil-deploy-'));
  try {
    const local = ['--local', '--persist-to', path.join(dir, 'state'), '-c', CONFIG];
    wrangler(['d1', 'migrations', 'apply', DATABASE, ...local], true);
    const query = 'SELECT name FROM d1_migrations ORDER BY id';
    const rows = JSON.parse(
      wrangler(['d1', 'execute', DATABASE, ...local, '--json', '--command', query], true),
    );
    const applied = rows[0].results.map((r) => r.name);
    const files = readdirSync('worker/migrations')
      .filter((f) => f.endsWith('.sql'))
      .sort();
    if (applied.join() !== files.join()) {
      throw new Error(`migrations applied ${applied.join(', ')}; expected ${files.join(', ')}`);
    }
    console.log(
      `Migrations: all ${files.length} applied in order to a fresh local D1 (${files.join(', ')}).`,
    );
    const out = path.join(dir, 'bundle');
    wrangler(['deploy', '--dry-run', '--outdir', out, '-c', CONFIG], true);
    const bundle = readFileSync(path.join(out, 'index.js'));
    const gzipped = gzipSync(bundle, { level: 9 }).length;
    const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(
      `Worker bundle: ${kib(bundle.length)}, ${kib(gzipped)} gzipped; the Workers limit is 3 MB gzipped on Free (${((100 * gzipped) / FREE_PLAN_LIMIT).toFixed(1)}% of it), 10 MB on Paid.`,
    );
    if (gzipped > FREE_PLAN_LIMIT) throw new Error('The Worker is over the Free plan size limit.');
    console.log('Dry run passed: nothing was deployed.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--dry-run')) {
  dryRun();
  process.exit(0);
}

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
