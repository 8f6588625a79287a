/**
 * The real sync Worker on 127.0.0.1 for tests: `wrangler d1 migrations apply` then `wrangler dev` with a
 * local D1 persisted in a folder of the test's own, so it can be stopped and started again on the same data.
 * Its config is a copy of worker/wrangler.jsonc in that folder, with a `.dev.vars` beside it holding the
 * setup secret (TEST_SETUP_TOKEN), so a developer's own worker/.dev.vars is never read.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(import.meta.dirname, '../..');
const CONFIG = path.join(root, 'worker/wrangler.jsonc');
const env = { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' };

/** The setup secret of every server this process starts: POST /v1/teams needs it as the bearer token. */
export const TEST_SETUP_TOKEN = randomBytes(32).toString('base64url');

export type WorkerServer = {
  url: string;
  /** The server's setup secret (TEST_SETUP_TOKEN). */
  setupToken: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The Worker's own wrangler.jsonc in `dir`, with the setup secret in a `.dev.vars` beside it, and with
 * the per-token and per-address rate limits raised when `limit` is given: a model-based test sends
 * thousands of requests a minute from one address, which the real limits rightly refuse.
 */
async function testConfig(dir: string, limit: number | undefined): Promise<string> {
  const text = await readFile(CONFIG, 'utf8');
  const json = JSON.parse(text.replace(/^\s*\/\/.*$/gm, '')) as {
    main: string;
    d1_databases: { migrations_dir: string }[];
    ratelimits: { simple: { limit: number } }[];
  };
  json.main = path.join(root, 'worker', json.main);
  for (const d of json.d1_databases) d.migrations_dir = path.join(root, 'worker', d.migrations_dir);
  if (limit) for (const r of json.ratelimits) r.simple.limit = limit;
  const file = path.join(dir, 'wrangler.json');
  await writeFile(file, JSON.stringify(json));
  await writeFile(path.join(dir, '.dev.vars'), `SETUP_TOKEN=${TEST_SETUP_TOKEN}\n`);
  return file;
}

/** Starts the Worker; `rateLimit` replaces every rate limit (the real config is used when it is absent). */
export async function startWorkerServer(options: { rateLimit?: number } = {}): Promise<WorkerServer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'toil-worker-'));
  const config = await testConfig(dir, options.rateLimit);
  const state = path.join(dir, 'state');
  await promisify(execFile)(
    'npx',
    ['wrangler', 'd1', 'migrations', 'apply', 'toil-tracker', '--local', '-c', config, '--persist-to', state],
    { cwd: root, env },
  );
  let port = await freePort();
  let url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  const start = async () => {
    const args = ['wrangler', 'dev', '-c', config, '--ip', '127.0.0.1', '--port', String(port)];
    child = spawn('npx', [...args, '--persist-to', state, '--log-level', 'warn'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    for (let i = 0; i < 600; i++) {
      if (child.exitCode !== null) throw new Error(`wrangler dev exited: ${output}`);
      const ok = await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`wrangler dev did not answer on ${url}: ${output}`);
  };

  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running?.pid || running.exitCode !== null) return;
    const exited = new Promise((r) => running.once('exit', r));
    // wrangler starts workerd as its child: the whole process group goes, so the port is freed.
    process.kill(-running.pid, 'SIGTERM');
    await exited;
  };

  // The free port found above can be taken by another process before wrangler binds it (tests run side by
  // side): then the first start tries another port. Later starts keep theirs, so clients keep the URL.
  for (let attempt = 1; ; attempt++) {
    try {
      await start();
      break;
    } catch (error) {
      if (attempt >= 5 || !/Address already in use/.test(String(error))) throw error;
      port = await freePort();
      url = `http://127.0.0.1:${port}`;
    }
  }
  return {
    url,
    setupToken: TEST_SETUP_TOKEN,
    start,
    stop,
    dispose: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export type TestTeam = { adminToken: string; inviteCode: string };

/**
 * Creates a team on the test server through its public API, as its first admin would. With minPeople 1
 * (the default is 2): these tests read the figures of chores one person logs.
 */
export async function createTeam(server: WorkerServer, name: string): Promise<TestTeam> {
  const res = await fetch(`${server.url}/v1/teams`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.setupToken}` },
    body: JSON.stringify({ name, settings: { minPeople: 1 } }),
  });
  if (res.status !== 201)
    throw new Error(`creating team "${name}" answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { token: string; invite: { inviteCode: string } };
  return { adminToken: body.token, inviteCode: body.invite.inviteCode };
}

/** A new single-use invite code of the team (each code admits one person), made by its admin. */
export async function newInvite(server: WorkerServer, team: TestTeam): Promise<string> {
  const res = await fetch(`${server.url}/v1/invites`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${team.adminToken}` },
    body: JSON.stringify({ count: 1 }),
  });
  if (res.status !== 201) throw new Error(`making an invite answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { invites: { inviteCode: string }[] };
  const code = body.invites[0]?.inviteCode;
  if (!code) throw new Error('no invite code in the answer');
  return code;
}
