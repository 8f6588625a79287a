/**
 * A browser history for the discovery benchmark: `count` visits over the `days` days before `now`, the
 * same on every run (seeded). About a tenth is toil (CI rebuilds, a cloud console's restart page, a ticket
 * queue, on-call acknowledgements), the rest what an engineer's browser also holds: code review, a wiki,
 * dashboards, searches, mail, news, videos and documentation.
 */

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** mulberry32: the same history on every run. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type BenchVisit = { url: string; at: number };

const WORDS =
  `alert api auth backup billing build cache canary cert cluster config cron dashboard database deploy
disk dns docker email error feature flag gateway grafana health incident index ingress job kafka key latency
lambda load log login memory metric migration monitor network node oauth pager pipeline pod proxy queue quota
rate redis release replica restart rollback route runbook scale schema secret service shard sla slo snapshot
ssl storage sync terraform timeout token topic trace upgrade user vault volume webhook worker zone`.split(
    /\s+/,
  );

export function historyVisits(count: number, now: number, days: number, seed = 1205): BenchVisit[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const int = (n: number) => Math.floor(rnd() * n);
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[int(16)]).join('');
  const slug = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join('-');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const repos = ['api', 'web', 'infra', 'billing', 'mobile', 'tools'];
  const subs = ['programming', 'devops', 'sre', 'kubernetes', 'rust', 'typescript'];
  const docs = Array.from({ length: 400 }, () => slug(2));

  // Each kind of session: a list of [url, minutes after the session's start].
  const sessions: [weight: number, make: () => [string, number][]][] = [
    [
      3,
      () => {
        const b = 4000 + int(5000);
        const job = `https://ci.example.com/job/${pick(repos)}-deploy/${b}`;
        return [
          [`${job}/`, 0],
          [`${job}/console`, 1],
          [`${job}/rebuild?delay=0sec`, 2],
          [`${job}/`, 6],
        ];
      },
    ],
    [
      1,
      () => {
        const page = `https://console.cloud.example.com/run/detail/europe-west1/${pick(repos)}-server`;
        return [
          [`${page}/revisions?project=prod-${int(3)}`, 0],
          [`${page}/metrics?project=prod`, 2],
          [`${page}/revisions`, 4],
        ];
      },
    ],
    [
      2,
      () => {
        const queue = `https://tickets.example.com/projects/OPS/queues/custom/${1 + int(3)}`;
        const steps: [string, number][] = [[queue, 0]];
        for (let i = 1; i <= 1 + int(4); i++)
          steps.push([`https://tickets.example.com/browse/OPS-${10000 + int(9000)}`, i * 3]);
        return steps;
      },
    ],
    [
      1,
      () => {
        const incident = `https://oncall.example.com/incidents/${uuid()}`;
        return [
          [incident, 0],
          [`${incident}/ack`, 1],
        ];
      },
    ],
    [
      12,
      () => {
        const pr = `https://github.com/acme/${pick(repos)}/pull/${1000 + int(900)}`;
        return [
          [pr, 0],
          [`${pr}/files`, 3],
          [`https://github.com/acme/${pick(repos)}/commit/${hex(40)}`, 9],
          [pr, 15],
        ];
      },
    ],
    [
      8,
      () => [
        [`https://wiki.example.com/display/ENG/${slug(3)}`, 0],
        [`https://wiki.example.com/display/ENG/${slug(2)}`, 4],
      ],
    ],
    [5, () => [[`https://grafana.example.com/d/${hex(9)}/${slug(2)}?from=now-6h&to=now&var-env=prod`, 0]]],
    [
      20,
      () => [
        [`https://www.google.com/search?q=${slug(3)}&client=chromium`, 0],
        [`https://stackoverflow.com/questions/${int(8e7)}/${slug(6)}`, 1],
      ],
    ],
    [10, () => [[`https://mail.google.com/mail/u/0/#inbox/${hex(16)}`, 0]]],
    [
      6,
      () => [
        [
          `https://news.example.com/${new Date(now - int(days) * DAY).toISOString().slice(0, 10).replaceAll('-', '/')}/${slug(5)}.html`,
          0,
        ],
      ],
    ],
    [
      4,
      () => [[`https://www.reddit.com/r/${pick(subs)}/comments/${int(36 ** 6).toString(36)}/${slug(5)}/`, 0]],
    ],
    [3, () => [[`https://www.youtube.com/watch?v=${hex(11)}`, 0]]],
    [
      6,
      () => [
        [`https://developer.mozilla.org/en-US/docs/Web/API/${pick(docs)}`, 0],
        [`https://developer.mozilla.org/en-US/docs/Web/API/${pick(docs)}`, 2],
      ],
    ],
    [
      1,
      () => [
        ['https://news.example.com/', 0],
        ['chrome://newtab/', 0],
        ['about:blank', 0],
      ],
    ],
  ];
  const total = sessions.reduce((sum, [w]) => sum + w, 0);
  const visits: BenchVisit[] = [];
  while (visits.length < count) {
    let r = rnd() * total;
    let make = sessions[0]?.[1] ?? (() => []);
    for (const [weight, session] of sessions) {
      make = session;
      r -= weight;
      if (r < 0) break;
    }
    // Working hours of one of the last `days` days.
    const start = now - (1 + int(days - 1)) * DAY + 8 * HOUR + rnd() * 10 * HOUR;
    for (const [url, minutes] of make()) visits.push({ url, at: Math.floor(start + minutes * MIN) });
  }
  visits.length = count;
  return visits.sort((a, b) => a.at - b.at);
}
