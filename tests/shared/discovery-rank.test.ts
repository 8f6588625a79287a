import { describe, expect, it } from 'vitest';
import { newChore } from '../../shared/chores';
import { type Candidate, DISCOVERY, discover, discoverAsync, isDismissed } from '../../shared/discovery';
import { rankFound } from '../../shared/discovery/candidate';
import { ChoreNameSchema, MAX_NAME_LENGTH, type Occurrence, SitePatternSchema } from '../../shared/model';
import { rankChores } from '../../shared/ranking';
import { berlin, ciRebuilds, options, realisticHistory } from './discovery-history';
import { NOW, settings } from './fixtures';

describe('a candidate’s ranking', () => {
  it('is what rankChores gives the chore accepting it makes, with its past occurrences', () => {
    const [ci] = discover(ciRebuilds(), options()).candidates;
    if (!ci) throw new Error('no candidate');
    // The chore as the full page would create it: named after the template, dated back to its first
    // occurrence (as an import is), the occurrences added as estimates.
    const chore = newChore(
      { name: ci.name, defaultMinutes: ci.typicalMinutes },
      { id: 'accepted-1', now: ci.firstSeen },
    );
    const occurrences: Occurrence[] = ci.estimates.map((e, i) => ({
      id: `estimate-${i}`,
      choreId: chore.id,
      at: e.at,
      minutes: e.minutes,
      source: 'import',
      updatedAt: NOW,
      deleted: false,
    }));
    const [ranked] = rankChores({ chores: [chore], occurrences, now: NOW, settings }).chores;
    const { choreId: _a, ...expected } = ranked ?? { choreId: '' };
    const { choreId: _b, ...actual } = ci.ranking;
    expect(actual).toEqual(expected);
    expect(ci.ranking.hoursPerYear).toBeGreaterThan(0);
  });

  it('follows the user’s settings: a dearer context switch costs more hours a year', () => {
    const cheap = discover(ciRebuilds(), options()).candidates[0]?.ranking.hoursPerYear ?? 0;
    const dear = discover(ciRebuilds(), options({ settings: { ...settings, contextSwitchMinutes: 20 } }))
      .candidates[0]?.ranking.hoursPerYear;
    expect(dear).toBeGreaterThan(cheap);
  });
});

describe('already tracked', () => {
  it('marks a candidate whose host a chore’s site pattern covers, and lists it after the new ones', () => {
    const tracked = (host: string) => host === 'ci.example.com';
    const { candidates } = discover(realisticHistory(), options({ isTracked: tracked }));
    expect(candidates.filter((c) => c.tracked).map((c) => c.host)).toEqual(['ci.example.com']);
    expect(candidates.at(-1)?.host).toBe('ci.example.com');
    expect(candidates.slice(0, -1).every((c) => !c.tracked)).toBe(true);
  });

  it('asks about the host with its port, as a tab’s host reads', () => {
    const asked: string[] = [];
    const visits = [1, 8, 15].map((d) => ({ url: `http://localhost:8080/jobs/${d}`, at: berlin(d, 10) }));
    discover(visits, options({ isTracked: (host) => asked.push(host) > 0 }));
    expect(asked).toEqual(['localhost:8080']);
  });
});

describe('candidate ids and dismissal', () => {
  it('keeps ids across runs, and remembers a dismissal by the templates dismissed', () => {
    const first = discover(realisticHistory(), options()).candidates;
    const later = discover([...realisticHistory(), ...ciRebuilds([0])], options()).candidates;
    expect(later.map((c) => c.id).sort()).toEqual(first.map((c) => c.id).sort());
    const ci = first.find((c) => c.host === 'ci.example.com') as Candidate;
    const dismissed = new Set(ci.templateIds);
    expect(later.filter((c) => isDismissed(c, dismissed)).map((c) => c.host)).toEqual(['ci.example.com']);
    expect(ci.id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('suggests a valid chore name and site pattern, cutting a long template to the longest name', () => {
    for (const c of discover(realisticHistory(), options()).candidates) {
      expect(ChoreNameSchema.safeParse(c.name).success, c.name).toBe(true);
      expect(SitePatternSchema.parse(c.sitePattern)).toBe(c.host);
    }
    const long = `https://ci.example.com/${'pipelines/'.repeat(15)}run`;
    const [c] = discover(
      [1, 8, 15].map((d) => ({ url: long, at: berlin(d, 10) })),
      options(),
    ).candidates;
    expect(c?.name).toHaveLength(MAX_NAME_LENGTH);
    expect(c?.name.endsWith('…')).toBe(true);
    expect(c?.template.length).toBeGreaterThan(MAX_NAME_LENGTH);
  });

  it('gives no site pattern for a host a site pattern cannot name', () => {
    const visits = [1, 8, 15].map((d) => ({ url: `http://[::1]:8080/jobs/${d}`, at: berlin(d, 10) }));
    expect(discover(visits, options()).candidates[0]?.sitePattern).toBeNull();
  });
});

describe('discoverAsync', () => {
  it('gives exactly what discover gives, however often it yields', async () => {
    let yields = 0;
    const sliced = await discoverAsync(realisticHistory(), options(), {
      sliceMs: 0,
      yieldTo: async () => {
        yields++;
      },
    });
    expect(sliced).toEqual(discover(realisticHistory(), options()));
    expect(yields).toBeGreaterThan(5);
  });

  it('yields only once a slice has run its time', async () => {
    let clock = 0;
    let yields = 0;
    await discoverAsync(realisticHistory(), options(), {
      sliceMs: 1000,
      clock: () => clock++,
      yieldTo: async () => {
        yields++;
      },
    });
    expect(yields).toBe(0);
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const run = discoverAsync(realisticHistory(), options(), {
      sliceMs: 0,
      signal: controller.signal,
      yieldTo: async () => controller.abort(new Error('left the page')),
    });
    await expect(run).rejects.toThrow('left the page');
  });
});

describe('ranking what was found', () => {
  it('runs in steps, giving the thread back along the way however many candidates there are', () => {
    const found = Array.from({ length: 60 }, (_, i) => {
      const template = `ci${i}.example.com/job/*`;
      const estimates = Array.from({ length: 40 }, (_, k) => ({ at: berlin(27 - (k % 27), 10), minutes: 5 }));
      return {
        host: `ci${i}.example.com`,
        template,
        templates: [template],
        tracked: false,
        visits: 40,
        occurrences: 40,
        days: 27,
        weeks: 4,
        typicalMinutes: 5,
        firstSeen: berlin(27, 10),
        lastSeen: berlin(1, 10),
        estimates,
      };
    });
    const steps = rankFound(found, { now: NOW, settings, rules: DISCOVERY, windowWeeks: 4 });
    let yields = 0;
    for (let step = steps.next(); ; step = steps.next(), yields++) {
      if (!step.done) continue;
      expect(step.value.map((c) => c.host).sort()).toEqual(found.map((f) => f.host).sort());
      break;
    }
    expect(yields).toBeGreaterThan(5);
  });
});
