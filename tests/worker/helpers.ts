import { env } from 'cloudflare:test';
import { exports } from 'cloudflare:workers';
import type { WireChore, WireOccurrence } from '../../shared/api/sync';
import app from '../../worker/index';

export const BASE = 'http://sync.test';
let ipCounter = 0;

/** A fresh client address per helper call, so the per-IP rate limits never couple tests. */
export const freshIp = () =>
  `10.${Math.floor(Math.random() * 250)}.${(ipCounter++ % 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;

/**
 * Waits, when needed, until the rate limiters' minute window has at least 3 s left (the tests that
 * count requests take well under 1 s): the local limiter counts in windows aligned to the wall clock,
 * so a count across a window's edge starts again (seen once: a 7th team creation let through).
 */
export async function clearOfWindowEdge(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 3_000) await new Promise((r) => setTimeout(r, left + 50));
}

type CallInit = {
  method?: string;
  token?: string;
  body?: unknown;
  rawBody?: BodyInit;
  ip?: string;
  headers?: Record<string, string>;
};

function request(path: string, init: CallInit): Request {
  const headers: Record<string, string> = { 'CF-Connecting-IP': init.ip ?? freshIp(), ...init.headers };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  let body: BodyInit | undefined = init.rawBody;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['Content-Type'] = 'application/json';
  }
  return new Request(`${BASE}${path}`, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body });
}

export async function call(path: string, init: CallInit = {}): Promise<Response> {
  return exports.default.fetch(request(path, init));
}

/** The same call to a Worker whose bindings differ from the test project's (a lower limit, a D1 proxy). */
export async function callWithEnv<T = Record<string, unknown>>(
  overrides: Partial<Env>,
  path: string,
  init: CallInit = {},
) {
  const res = await app.fetch(request(path, init), { ...env, ...overrides });
  return { status: res.status, body: (await res.json()) as T, res };
}

export async function callJson<T = Record<string, unknown>>(path: string, init: CallInit = {}) {
  const res = await call(path, init);
  return { status: res.status, body: (await res.json()) as T, res };
}

export type TestTeam = { adminToken: string; adminId: string; inviteCode: string; name: string };

/** The server's setup secret (a test binding, vitest.config.mts): POST /v1/teams needs it as the bearer. */
export const setupToken = (): string => {
  if (!env.SETUP_TOKEN) throw new Error('the worker test project has no SETUP_TOKEN binding');
  return env.SETUP_TOKEN;
};

/**
 * A team that shows every chore (minPeople 1; the default is 2), for tests that read the figures of a
 * chore one member logs.
 */
export const EVERY_CHORE = { settings: { minPeople: 1 } };

let teamCounter = 0;
export async function createTeam(body: Record<string, unknown> = {}): Promise<TestTeam> {
  const name = `Team ${++teamCounter} ${crypto.randomUUID().slice(0, 6)}`;
  const { status, body: out } = await callJson<{
    token: string;
    memberId: string;
    invite: { inviteCode: string };
  }>('/v1/teams', { token: setupToken(), body: { name, ...body } });
  if (status !== 201) throw new Error(`create team answered ${status}: ${JSON.stringify(out)}`);
  return { adminToken: out.token, adminId: out.memberId, inviteCode: out.invite.inviteCode, name };
}

/** New single-use invite codes of the team, made by its admin. */
export async function newInvites(team: TestTeam, count = 1): Promise<string[]> {
  const { status, body } = await callJson<{ invites: { inviteCode: string }[] }>('/v1/invites', {
    token: team.adminToken,
    body: { count },
  });
  if (status !== 201) throw new Error(`new invites answered ${status}: ${JSON.stringify(body)}`);
  return body.invites.map((i) => i.inviteCode);
}

/** Joins the team as a new member with a fresh invite code (each code admits one person). */
export async function join(
  team: TestTeam,
  displayName?: string,
): Promise<{ token: string; memberId: string }> {
  const [inviteCode] = await newInvites(team);
  const { status, body } = await callJson<{ token: string; memberId: string }>('/v1/join', {
    body: { inviteCode, ...(displayName ? { displayName } : {}) },
  });
  if (status !== 201) throw new Error(`join answered ${status}: ${JSON.stringify(body)}`);
  return body;
}

export const newId = (prefix = 'id') => `${prefix}_${crypto.randomUUID().replaceAll('-', '')}`.slice(0, 40);

export const T0 = Date.UTC(2026, 10, 2, 9); // Monday 2 November 2026, 09:00 UTC

export function chore(over: Partial<WireChore> = {}): WireChore {
  return {
    id: newId('ch'),
    name: 'Restart flaky job',
    traits: {
      manual: true,
      repetitive: true,
      automatable: true,
      tactical: false,
      noEnduringValue: true,
      scalesLinearly: false,
    },
    annoyance: 3,
    defaultMinutes: 5,
    status: 'manual',
    archived: false,
    createdAt: T0,
    updatedAt: T0,
    deleted: false,
    ...over,
  };
}

export function occurrence(choreId: string, over: Partial<WireOccurrence> = {}): WireOccurrence {
  return {
    id: newId('oc'),
    choreId,
    at: T0,
    minutes: 10,
    source: 'click',
    updatedAt: T0,
    deleted: false,
    ...over,
  };
}

export type Result = { index: number; id: string | null; status: string; reason?: string; code?: string };

export async function pushChanges(token: string, changes: unknown[]) {
  return callJson<{ results: Result[]; version: number }>('/v1/sync/push', { token, body: { changes } });
}

export const choreChange = (c: WireChore) => ({ type: 'chore', chore: c });
export const occurrenceChange = (o: WireOccurrence) => ({ type: 'occurrence', occurrence: o });

/** D1 whose write batches (more than two statements) fail at their end, after every write ran. */
export function failingWrites(db: D1Database): D1Database {
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'batch') {
        return (statements: D1PreparedStatement[]) =>
          target.batch(
            statements.length <= 2
              ? statements
              : [
                  ...statements,
                  target.prepare('INSERT INTO teams (id, name, created_at) VALUES (NULL, NULL, 0)'),
                ],
          );
      }
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Counts rows straight from D1, to check what was (not) stored. */
export async function countRows(table: string, where = '1 = 1', ...args: unknown[]): Promise<number> {
  const row = await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`)
    .bind(...args)
    .first<{ n: number }>();
  return row?.n ?? 0;
}
