import { env } from 'cloudflare:test';
import { exports } from 'cloudflare:workers';
import type { WireChore, WireOccurrence } from '../../shared/api/sync';

export const BASE = 'http://sync.test';
let ipCounter = 0;

/** A fresh client address per helper call, so the per-IP rate limits never couple tests. */
export const freshIp = () =>
  `10.${Math.floor(Math.random() * 250)}.${(ipCounter++ % 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;

type CallInit = {
  method?: string;
  token?: string;
  body?: unknown;
  rawBody?: BodyInit;
  ip?: string;
  headers?: Record<string, string>;
};

export async function call(path: string, init: CallInit = {}): Promise<Response> {
  const headers: Record<string, string> = { 'CF-Connecting-IP': init.ip ?? freshIp(), ...init.headers };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  let body: BodyInit | undefined = init.rawBody;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['Content-Type'] = 'application/json';
  }
  return exports.default.fetch(`${BASE}${path}`, {
    method: init.method ?? (body ? 'POST' : 'GET'),
    headers,
    body,
  });
}

export async function callJson<T = Record<string, unknown>>(path: string, init: CallInit = {}) {
  const res = await call(path, init);
  return { status: res.status, body: (await res.json()) as T, res };
}

export type TestTeam = { adminToken: string; adminId: string; inviteCode: string; name: string };

let teamCounter = 0;
export async function createTeam(body: Record<string, unknown> = {}): Promise<TestTeam> {
  const name = `Team ${++teamCounter} ${crypto.randomUUID().slice(0, 6)}`;
  const { status, body: out } = await callJson<{
    token: string;
    memberId: string;
    invite: { inviteCode: string };
  }>('/v1/teams', { body: { name, ...body } });
  if (status !== 201) throw new Error(`create team answered ${status}: ${JSON.stringify(out)}`);
  return { adminToken: out.token, adminId: out.memberId, inviteCode: out.invite.inviteCode, name };
}

export async function join(
  team: TestTeam,
  displayName?: string,
): Promise<{ token: string; memberId: string }> {
  const { status, body } = await callJson<{ token: string; memberId: string }>('/v1/join', {
    body: { inviteCode: team.inviteCode, ...(displayName ? { displayName } : {}) },
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

/** Counts rows straight from D1, to check what was (not) stored. */
export async function countRows(table: string, where = '1 = 1', ...args: unknown[]): Promise<number> {
  const row = await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`)
    .bind(...args)
    .first<{ n: number }>();
  return row?.n ?? 0;
}
