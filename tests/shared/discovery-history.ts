import type { DiscoverOptions, Visit } from '../../shared/discovery';
import { NOW, settings } from './fixtures';

/**
 * Browser histories for the discovery tests: an engineer's four weeks up to NOW (Wednesday 25 November
 * 2026, 12:00 in Berlin), with four kinds of toil in them and the browsing around it.
 */

export const MIN = 60_000;

/** hh:mm on the wall clock in Berlin (UTC+1 in November), `daysAgo` days before NOW's day. */
export function berlin(daysAgo: number, hh: number, mm = 0): number {
  return Date.UTC(2026, 10, 25 - daysAgo, hh - 1, mm);
}

export const options = (more: Partial<DiscoverOptions> = {}): DiscoverOptions => ({
  now: NOW,
  settings,
  ...more,
});

/** Days of the window (0 is NOW's day) that are Monday to Friday. */
export const WEEKDAYS = Array.from({ length: 28 }, (_, d) => d).filter((d) => {
  const day = new Date(berlin(d, 12)).getUTCDay();
  return day !== 0 && day !== 6;
});

/** CI: open the failed build, read its console, press rebuild, look at the job again: 10:00 to 10:05. */
export const CI_DAYS = [1, 3, 8, 10, 15, 17, 22];
export function ciRebuilds(days = CI_DAYS): Visit[] {
  return days.flatMap((d, i) => {
    const job = `https://ci.example.com/job/deploy-api/${4810 + i * 7}`;
    return [
      { url: `${job}/`, at: berlin(d, 10) },
      { url: `${job}/console`, at: berlin(d, 10, 1) },
      { url: `${job}/?rebuilt=1`, at: berlin(d, 10, 5) },
    ];
  });
}

/** A cloud console's revisions page: restart the service, reload to see it come back (15:00 to 15:04). */
export const RESTART_DAYS = [2, 9, 16, 23];
export function consoleRestarts(days = RESTART_DAYS): Visit[] {
  const page = 'https://console.cloud.example.com/run/detail/europe-west1/api-server/revisions';
  return days.flatMap((d) => [
    { url: `${page}?project=prod-4411`, at: berlin(d, 15) },
    { url: `${page}?project=prod-4411&restarted=true`, at: berlin(d, 15, 4) },
  ]);
}

/** The support queue every weekday morning: the queue, two tickets, back to the queue (09:00 to 09:07). */
export function ticketQueue(days = WEEKDAYS): Visit[] {
  const queue = 'https://tickets.example.com/projects/OPS/queues/custom/12';
  return days.flatMap((d, i) => [
    { url: queue, at: berlin(d, 9) },
    { url: `https://tickets.example.com/browse/OPS-${20311 + 2 * i}`, at: berlin(d, 9, 2) },
    { url: `https://tickets.example.com/browse/OPS-${20312 + 2 * i}`, at: berlin(d, 9, 6) },
    { url: `${queue}?filter=open`, at: berlin(d, 9, 7) },
  ]);
}

/** Pages from the on-call tool: open the incident, acknowledge it a minute later, day or night. */
export const PAGES: [daysAgo: number, hh: number][] = [
  [0, 3],
  [4, 14],
  [4, 23],
  [11, 2],
  [18, 16],
  [25, 9],
];
export function oncallAcks(pages = PAGES): Visit[] {
  return pages.flatMap(([d, hh], i) => {
    const incident = `https://oncall.example.com/incidents/6f1c${i}a2e-91b3-4c3d-a716-44665544000${i}`;
    return [
      { url: incident, at: berlin(d, hh) },
      { url: `${incident}/ack`, at: berlin(d, hh, 1) },
    ];
  });
}

const TOPICS = ['kafka consumer lag', 'terraform state lock', 'postgres vacuum', 'tls handshake error'];
const READS = ['postgres-upgrade-guide', 'oncall-handbook', 'service-catalogue', 'release-process'];

/** Every day: searches, mail, the news, and documentation read once; one day, a status page all day. */
export function noise(): Visit[] {
  const visits: Visit[] = [];
  for (let d = 0; d < 28; d++) {
    for (const [k, topic] of TOPICS.entries()) {
      const q = encodeURIComponent(`${topic} ${d}`);
      visits.push({ url: `https://www.google.com/search?q=${q}&client=chromium`, at: berlin(d, 11 + k, 20) });
    }
    for (let hh = 8; hh <= 18; hh += 2)
      visits.push({ url: 'https://mail.google.com/mail/u/0/#inbox', at: berlin(d, hh, 40) });
    visits.push({ url: 'https://news.example.com/', at: berlin(d, 8, 30) });
    visits.push({ url: `https://news.example.com/2026/11/${d}/story-of-the-day.html`, at: berlin(d, 8, 31) });
    visits.push({
      url: `https://wiki.example.com/display/ENG/${READS[d % 4]}-${'abcdefg'[d % 7]}`,
      at: berlin(d, 16, 10),
    });
    visits.push({
      url: `https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API?day=${d}`,
      at: berlin(d, 17),
    });
  }
  // An outage followed on its status page all afternoon: many visits, one day.
  for (let k = 0; k < 8; k++)
    visits.push({ url: 'https://status.example.com/incidents/42', at: berlin(5, 13, k * 40) });
  // Today only up to now.
  return visits.filter((v) => v.at <= NOW);
}

/** All of it, in the order a history gives it (by time). */
export function realisticHistory(): Visit[] {
  return [...ciRebuilds(), ...consoleRestarts(), ...ticketQueue(), ...oncallAcks(), ...noise()].sort(
    (a, b) => a.at - b.at,
  );
}
