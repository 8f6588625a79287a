/**
 * The real sync Worker on 127.0.0.1 for tests: `wrangler d1 migrations apply` then `wrangler dev` with a
 * local D1 persisted in a folder of the test's own, so it can be stopped and started again on the same data.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(import.meta.dirname, '../..');
const CONFIG = path.join(root, 'worker/wrangler.jsonc');
const env = { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' };

export type WorkerServer = {
  url: string;
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
 * The Worker's own wrangler.jsonc, with the per-token and per-address rate limits raised: a model-based
 * test sends thousands of requests a minute from one address, which the real limits rightly refuse.
 */
async function configWithLimits(dir: string, limit: number): Promise<string> {
  const text = await readFile(CONFIG, 'utf8');
  const json = JSON.parse(text.replace(/^\s*\/\/.*$/gm, '')) as {
    main: string;
    d1_databases: { migrations_dir: string }[];
    ratelimits: { simple: { limit: number } }[];
  };
  json.main = path.join(root, 'worker', json.main);
  for (const d of json.d1_databases) d.migrations_dir = path.join(root, 'worker', d.migrations_dir);
  for (const r of json.ratelimits) r.simple.limit = limit;
  const file = path.join(dir, 'wrangler.json');
  await writeFile(file, JSON.stringify(json));
  return file;
}

/** Starts the Worker; `rateLimit` replaces every rate limit (the real config is used when it is absent). */
export async function startWorkerServer(options: { rateLimit?: number } = {}): Promise<WorkerServer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'toil-worker-'));
  const config = options.rateLimit ? await configWithLimits(dir, options.rateLimit) : CONFIG;
  const state = path.join(dir, 'state');
  await promisify(execFile)(
    'npx',
    ['wrangler', 'd1', 'migrations', 'apply', 'toil-tracker', '--local', '-c', config, '--persist-to', state],
    { cwd: root, env },
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
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

  await start();
  return {
    url,
    start,
    stop,
    dispose: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export type TestTeam = { adminToken: string; inviteCode: string };

/** Creates a team on the test server through its public API, as its first admin would. */
export async function createTeam(server: WorkerServer, name: string): Promise<TestTeam> {
  const res = await fetch(`${server.url}/v1/teams`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  if (res.status !== 201)
    throw new Error(`creating team "${name}" answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { token: string; invite: { inviteCode: string } };
  return { adminToken: body.token, inviteCode: body.invite.inviteCode };
}
