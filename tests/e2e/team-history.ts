import { createTeam, newInvite, type WorkerServer } from './worker-server';

const DAY = 24 * 3600_000;
const WEEK = 7 * DAY;

type TeamChore = {
  name: string;
  minutes: number;
  /** Runs a week per member who does it. */
  perWeek: number;
  /** Which of the four members log it. */
  who: number[];
  growth?: number;
  /** Automated this many weeks ago: runs drop to a tenth after. */
  automatedWeeksAgo?: number;
};

const CHORES: TeamChore[] = [
  { name: 'Restart flaky CI job', minutes: 6, perWeek: 4, who: [0, 1, 2, 3], growth: 0.4 },
  { name: 'Rotate expiring TLS certificates', minutes: 40, perWeek: 0.5, who: [1, 2] },
  { name: 'Answer "how do I get access" tickets', minutes: 10, perWeek: 3, who: [0, 2, 3] },
  {
    name: 'Reconcile the monthly cloud bill against the cost-allocation spreadsheet by hand',
    minutes: 45,
    perWeek: 0.5,
    who: [0, 3],
  },
  { name: 'Manual deploy to staging', minutes: 20, perWeek: 3, who: [1, 3], automatedWeeksAgo: 6 },
  { name: '<script>alert("x")</script> & “on-call” handover', minutes: 15, perWeek: 1, who: [0, 1] },
  { name: 'Something only Dee does', minutes: 30, perWeek: 2, who: [3] },
];

/** Deterministic pseudo-random numbers, so the history is the same on every run. */
function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

async function post(server: WorkerServer, path: string, token: string | null, body: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
}

/**
 * A team of four on the test server with 14 weeks of history pushed through the sync API, as their
 * extensions would: a growing chore, an automated one, a long name, a hostile name, and a solo chore
 * that minPeople 2 hides.
 * Answers the admin's dashboard link.
 */
export async function teamWithHistory(server: WorkerServer, now = Date.now()): Promise<string> {
  const team = await createTeam(server, 'Platform team');
  const settings = await fetch(`${server.url}/v1/team`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${team.adminToken}` },
    body: JSON.stringify({ settings: { minPeople: 2 } }),
  });
  if (!settings.ok) throw new Error(`PATCH /v1/team answered ${settings.status}`);
  const random = seeded(7);
  for (const [m, displayName] of ['Ana', 'Bo', 'Cy', 'Dee'].entries()) {
    const joined = await post(server, '/v1/join', null, {
      inviteCode: await newInvite(server, team),
      displayName,
    });
    const token = String(joined.token);
    const changes: unknown[] = [];
    for (const [c, chore] of CHORES.entries()) {
      if (!chore.who.includes(m)) continue;
      const id = `chore${m}x${String(c).padStart(8, '0')}`;
      const automatedAt = chore.automatedWeeksAgo ? now - chore.automatedWeeksAgo * WEEK : undefined;
      changes.push({
        type: 'chore',
        chore: {
          id,
          name: chore.name,
          traits: {
            manual: true,
            repetitive: true,
            automatable: true,
            tactical: true,
            noEnduringValue: true,
            scalesLinearly: false,
          },
          annoyance: 3,
          defaultMinutes: chore.minutes,
          status: automatedAt ? 'automated' : 'manual',
          ...(automatedAt ? { automatedAt, automationHours: 12 } : {}),
          archived: false,
          createdAt: now - 15 * WEEK,
          updatedAt: now - DAY,
          deleted: false,
        },
      });
      for (let w = 14; w >= 0; w--) {
        const weekStart = now - (w + 1) * WEEK;
        const automated = automatedAt !== undefined && weekStart > automatedAt;
        const rate = chore.perWeek * (1 + (chore.growth ?? 0) * (14 - w) * 0.15) * (automated ? 0.1 : 1);
        const runs = Math.floor(rate + random());
        for (let r = 0; r < runs; r++) {
          const at = Math.min(now - 60_000, weekStart + Math.floor(random() * WEEK));
          changes.push({
            type: 'occurrence',
            occurrence: {
              id: `occ${m}x${c}x${w}x${r}x${String(changes.length).padStart(6, '0')}`,
              choreId: id,
              at,
              minutes: Math.max(1, Math.round(chore.minutes * (0.6 + random() * 0.8))),
              source: 'click',
              updatedAt: at,
              deleted: false,
            },
          });
        }
      }
    }
    await post(server, '/v1/sync/push', token, { changes });
  }
  const link = await post(server, '/v1/view-links', team.adminToken, { label: 'wall screen' });
  return String(link.url);
}
