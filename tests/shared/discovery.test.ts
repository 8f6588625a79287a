import { describe, expect, it } from 'vitest';
import { DiscoveryWeeksSchema, discover, type Visit } from '../../shared/discovery';
import { berlin, CI_DAYS, MIN, noise, options, realisticHistory, WEEKDAYS } from './discovery-history';

const templatesOf = (visits: Visit[], more = {}) =>
  discover(visits, options(more)).candidates.map((c) => [...c.templates].sort());

describe('discovery in a realistic history', () => {
  const result = discover(realisticHistory(), options());
  const byHost = new Map(result.candidates.map((c) => [c.host, c]));

  it('finds the four chores, and nothing of the browsing around them', () => {
    expect(result.candidates.map((c) => [...c.templates].sort())).toEqual(
      expect.arrayContaining([
        ['ci.example.com/job/deploy-api/*', 'ci.example.com/job/deploy-api/*/console'],
        ['console.cloud.example.com/run/detail/europe-west1/api-server/revisions'],
        ['tickets.example.com/browse/OPS-*', 'tickets.example.com/projects/OPS/queues/custom/*'],
        ['oncall.example.com/incidents/*', 'oncall.example.com/incidents/*/ack'],
      ]),
    );
    expect(result.candidates).toHaveLength(4);
  });

  it('describes a CI rebuild: how often, how long, when last seen, and why', () => {
    const ci = byHost.get('ci.example.com');
    expect(ci).toMatchObject({
      template: 'ci.example.com/job/deploy-api/*',
      sitePattern: 'ci.example.com',
      tracked: false,
      visits: 21,
      occurrences: 7,
      days: 7,
      weeks: 4,
      // 10:00 to 10:05, plus a minute.
      typicalMinutes: 6,
      firstSeen: berlin(22, 10),
      lastSeen: berlin(1, 10, 5),
    });
    expect(ci?.estimates).toEqual([...CI_DAYS].reverse().map((d) => ({ at: berlin(d, 10), minutes: 6 })));
    expect(ci?.why).toMatchObject({
      occurrences: 7,
      days: 7,
      weeks: 4,
      needs: { occurrences: 3, days: 2, weeks: 2 },
      windowWeeks: 4,
      together: ['ci.example.com/job/deploy-api/*/console'],
    });
    expect(ci?.why.sentence).toBe(
      'Visited 7 times on 7 days, in 4 different weeks, over the last 4 weeks: about 6 min each time. ' +
        'A candidate needs 3 times on 2 days in 2 weeks. ' +
        'Counted with ci.example.com/job/deploy-api/*/console: always visited together.',
    );
    expect(ci?.perWeek).toBe(ci?.ranking.occurrencesPerWeek);
    expect(ci?.perWeek).toBeGreaterThan(1);
  });

  it('describes a cloud console restart, an on-call acknowledgement and a ticket queue', () => {
    expect(byHost.get('console.cloud.example.com')).toMatchObject({
      occurrences: 4,
      weeks: 4,
      typicalMinutes: 5,
    });
    expect(byHost.get('oncall.example.com')).toMatchObject({ occurrences: 6, typicalMinutes: 2 });
    expect(byHost.get('tickets.example.com')).toMatchObject({
      occurrences: WEEKDAYS.length,
      days: WEEKDAYS.length,
      typicalMinutes: 8,
    });
  });

  it('ranks the candidates by pain, most painful first', () => {
    const pains = result.candidates.map((c) => c.ranking.pain);
    expect(pains).toEqual([...pains].sort((a, b) => b - a));
    expect(result.candidates[0]?.host).toBe('tickets.example.com');
  });

  it('sets searches, mail and news aside by rule, and counts what it read', () => {
    expect(result.stats.visits).toBe(realisticHistory().length);
    expect(result.stats.read).toBe(realisticHistory().length);
    expect(result.stats.setAside).toMatchObject({ 'search results': 1, mail: 1, 'home page': 1 });
    expect(result.stats.setAside.reading).toBeGreaterThanOrEqual(2);
  });

  it('finds nothing in the noise alone: documentation read once, a status page followed on one day', () => {
    expect(discover(noise(), options()).candidates).toEqual([]);
  });
});

describe('bursts', () => {
  const page = (n: number) => `https://ci.example.com/job/x/${n}`;
  const threeDays = (offsets: number[]) =>
    [1, 8, 15].flatMap((d) => offsets.map((m, i) => ({ url: page(i), at: berlin(d, 10) + m * MIN })));

  it('are visits less than 30 minutes apart; the length is the span plus a minute', () => {
    const [c] = discover(threeDays([0, 29.5, 59]), options()).candidates;
    expect(c?.occurrences).toBe(3);
    expect(c?.typicalMinutes).toBe(60);
  });

  it('split at a gap of exactly 30 minutes', () => {
    const [c] = discover(threeDays([0, 30]), options()).candidates;
    expect(c?.occurrences).toBe(6);
    expect(c?.typicalMinutes).toBe(1);
  });

  it('count a lone visit as a minute', () => {
    expect(discover(threeDays([0]), options()).candidates[0]?.estimates.map((e) => e.minutes)).toEqual([
      1, 1, 1,
    ]);
  });

  it('are estimated to the second, and at most a day', () => {
    const [c] = discover(threeDays([0, 0.5]), options()).candidates;
    expect(c?.typicalMinutes).toBe(1.5);
    const allDay = [1, 8, 15].flatMap((d) =>
      Array.from({ length: 80 }, (_, k) => ({ url: page(k), at: berlin(d, 0) + k * 20 * MIN })),
    );
    const long = discover(allDay, options({ rules: { maxTypicalMinutes: 2000 } })).candidates[0];
    expect(long?.estimates.map((e) => e.minutes)).toEqual([1440, 1440, 1440]);
  });
});

describe('the recurrence thresholds, at their edges', () => {
  const at = (pairs: [number, number][]) =>
    pairs.map(([d, hh], i) => ({ url: `https://ops.example.com/restart/${i}`, at: berlin(d, hh) }));

  it('needs 3 occurrences: 2 on 2 days in 2 weeks are not enough', () => {
    expect(
      templatesOf(
        at([
          [1, 10],
          [8, 10],
        ]),
      ),
    ).toEqual([]);
    expect(
      templatesOf(
        at([
          [1, 10],
          [8, 10],
          [9, 10],
        ]),
      ),
    ).toHaveLength(1);
  });

  it('needs 2 days: 3 occurrences on one day are not enough', () => {
    expect(
      templatesOf(
        at([
          [1, 9],
          [1, 11],
          [1, 13],
        ]),
      ),
    ).toEqual([]);
  });

  it('needs 2 of the user’s weeks: 3 occurrences on 3 days of one week are not enough', () => {
    // Monday 16, Wednesday 18 and Sunday 22 November: one week when weeks start on Monday.
    expect(
      templatesOf(
        at([
          [9, 10],
          [7, 10],
          [3, 10],
        ]),
      ),
    ).toEqual([]);
    // The same days are two weeks when weeks start on Sunday (22 November starts one).
    expect(
      templatesOf(
        at([
          [9, 10],
          [7, 10],
          [3, 10],
        ]),
        { settings: { ...options().settings, weekStartsOn: 0 } },
      ),
    ).toHaveLength(1);
  });

  it('takes other thresholds from the caller', () => {
    expect(
      templatesOf(
        at([
          [1, 10],
          [8, 10],
        ]),
        { rules: { minOccurrences: 2 } },
      ),
    ).toHaveLength(1);
    expect(
      templatesOf(
        at([
          [1, 10],
          [8, 10],
          [9, 10],
        ]),
        { rules: { minWeeks: 3 } },
      ),
    ).toEqual([]);
  });

  it('reads only the window: 4 weeks by default, up to 12', () => {
    const old = at([
      [30, 10],
      [37, 10],
      [44, 10],
    ]);
    expect(templatesOf(old)).toEqual([]);
    expect(templatesOf(old, { windowWeeks: 8 })).toHaveLength(1);
    expect(discover(old, options({ windowWeeks: 8 })).stats.read).toBe(3);
    expect(discover(old, options()).stats.read).toBe(0);
  });

  it('refuses a window the setting does not allow, as its schema does', () => {
    for (const weeks of [0, 13, 2.5, Number.NaN]) {
      expect(() => discover([], options({ windowWeeks: weeks }))).toThrow(/1 to 12 whole weeks/);
      expect(DiscoveryWeeksSchema.safeParse(weeks).error?.issues[0]?.message).toBe(
        'history to read must be 1 to 12 whole weeks',
      );
    }
    for (const weeks of [1, 4, 12]) expect(DiscoveryWeeksSchema.parse(weeks)).toBe(weeks);
  });
});

describe('pages that are not chores', () => {
  it('set aside a page open for hours at a time (a place to work in, not a chore)', () => {
    const review = [1, 8, 15].flatMap((d) =>
      Array.from({ length: 12 }, (_, k) => ({
        url: `https://review.example.com/c/${d * 100 + k}`,
        at: berlin(d, 9) + k * 20 * MIN,
      })),
    );
    const result = discover(review, options());
    expect(result.candidates).toEqual([]);
    expect(result.stats.setAside['open for hours']).toBe(1);
    expect(templatesOf(review, { rules: { maxTypicalMinutes: 300 } })).toEqual([['review.example.com/c/*']]);
  });

  it('skips what is not an http(s) page, and visits without a URL or a valid time', () => {
    const result = discover(
      [
        { url: 'chrome://settings', at: berlin(1, 10) },
        { url: 'about:blank', at: berlin(1, 10) },
        { url: 'https://ci.example.com/job/1', at: Number.NaN },
        { at: berlin(1, 10) } as unknown as Visit,
        { url: 'https://ci.example.com/job/1', at: berlin(1, 10) },
      ],
      options(),
    );
    expect(result.stats).toMatchObject({ visits: 5, read: 1, templates: 1 });
  });
});
