// @vitest-environment node
/**
 * Model-based test of the sync engine against the real Worker (wrangler dev, local D1): three devices in
 * two teams (member a on two devices, member b on one) log, edit and delete entries while their syncs
 * go offline, fail before sending, lose answers after the commit, are duplicated, or crash between the
 * commit and the acknowledgement. Once everything settles: every change is on the server exactly once,
 * the devices of one member agree with it, and nothing crossed teams. Replay a failure with SYNC_SEED.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deleteOccurrence, updateOccurrence } from '../../../extension/db/dexie';
import { syncNow } from '../../../extension/sync/engine';
import { startWorkerServer, type WorkerServer } from '../../e2e/worker-server';
import { createAndLogChore } from '../fixtures/dexie-verbs';
import { checkSettled, type Member, settle } from './model-check';
import { crashSignal, Device, FAULTS, faultyFetch } from './model-world';

const RUNS = Number(process.env.SYNC_RUNS ?? 200);
let server: WorkerServer;
const members: Record<'a' | 'b', Member> = {} as Record<'a' | 'b', Member>;

beforeAll(async () => {
  server = await startWorkerServer({ rateLimit: 1_000_000 });
  for (const m of ['a', 'b'] as const) {
    const post = (route: string, body: unknown) =>
      fetch(`${server.url}${route}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.setupToken}` },
        body: JSON.stringify(body),
      }).then(
        (r) => r.json() as Promise<{ token: string; invite: { inviteCode: string }; memberId: string }>,
      );
    // minPeople 1 (the default is 2): the check reads the team totals of a one-member team.
    const team = await post('/v1/teams', { name: `Team ${m}`, settings: { minPeople: 1 } });
    const joined = await post('/v1/join', { inviteCode: team.invite.inviteCode });
    members[m] = {
      token: joined.token,
      memberId: joined.memberId,
      adminToken: team.token,
      head: '0',
      team: m,
    };
  }
}, 180_000);
afterAll(() => server?.dispose());

const device = fc.integer({ min: 0, max: 2 });
const action = fc.oneof(
  fc.record({
    kind: fc.constant('log' as const),
    device,
    chore: fc.integer({ min: 0, max: 1 }),
    minutes: fc.integer({ min: 1, max: 90 }),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    device,
    pick: fc.nat(),
    minutes: fc.integer({ min: 1, max: 90 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), device, pick: fc.nat() }),
  fc.record({ kind: fc.constant('sync' as const), device, fault: fc.constantFrom(...FAULTS) }),
  fc.record({ kind: fc.constant('sync-both' as const) }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

let run = 0;
const T0 = Date.now() - 3_600_000;

async function perform(devices: Device[], a: Action, clock: () => number) {
  if (a.kind === 'sync-both') {
    await Promise.all([devices[0], devices[1]].map((d) => d && syncNow({ db: d.db, lock: d.lock() })));
    return;
  }
  const d = devices[a.device];
  if (!d) return;
  if (a.kind === 'log') {
    await createAndLogChore(
      d.db,
      { name: `${d.member}-${run}-${a.chore}`, minutes: a.minutes, source: 'click' },
      clock(),
    );
    return;
  }
  const live = (await d.db.occurrences.toArray()).filter((o) => !o.deleted);
  const target = live.length > 0 ? live[a.kind === 'sync' ? 0 : a.pick % live.length] : undefined;
  if (a.kind === 'edit' && target) await updateOccurrence(d.db, target.id, { minutes: a.minutes }, clock());
  if (a.kind === 'delete' && target) await deleteOccurrence(d.db, target.id, clock());
  if (a.kind !== 'sync') return;
  const { crashed, crash } = crashSignal();
  const outcome = await Promise.race([
    syncNow({ db: d.db, fetch: faultyFetch(a.fault, crash), lock: d.lock(), now: clock }),
    crashed.then(() => 'crashed' as const),
  ]);
  if (outcome === 'crashed') d.restart();
}

it(`keeps every change exactly once across devices and teams (${RUNS} runs)`, {
  timeout: 600_000,
}, async () => {
  const seed = process.env.SYNC_SEED ? Number(process.env.SYNC_SEED) : Date.now() % 2 ** 31;
  console.log(`sync model seed ${seed} (replay with SYNC_SEED=${seed})`);
  await fc.assert(
    fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), async (actions) => {
      run += 1;
      let tick = 0;
      const clock = () => T0 + ++tick * 1000 + run;
      const devices = [
        new Device(`m-${run}-0`, 'a'),
        new Device(`m-${run}-1`, 'a'),
        new Device(`m-${run}-2`, 'b'),
      ];
      for (const d of devices) {
        const m = members[d.member];
        await d.open({
          server: server.url,
          token: m.token,
          memberId: m.memberId,
          teamName: m.team,
          cursor: m.head,
          failures: 0,
          rejected: [],
        });
      }
      try {
        for (const a of actions) await perform(devices, a, clock);
        await settle(devices);
        await checkSettled(server.url, devices, members, run, T0);
      } finally {
        for (const d of devices) d.db.close();
      }
    }),
    { numRuns: RUNS, seed, endOnFailure: true },
  );
  expect(run).toBeGreaterThanOrEqual(RUNS);
});
