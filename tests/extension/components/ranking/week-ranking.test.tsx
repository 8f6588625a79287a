import { describe, expect, it, vi } from 'vitest';
import { WeekRanking } from '../../../../extension/components/ranking/WeekRanking';
import { markAutomated, updateChore } from '../../../../extension/db/dexie';
import { readSnapshot } from '../../../../extension/db/idb/snapshot';
import type { Traits } from '../../../../shared/model';
import { DAY, freshDb, HOUR, rawOf, WED } from '../../fixtures/db';
import { createChore, logOccurrence } from '../../fixtures/dexie-verbs';
import { button, eventually, mount } from '../../fixtures/ui';

const WEEK = 7 * DAY;
const TRAITS: Traits = {
  manual: true,
  repetitive: true,
  automatable: true,
  tactical: false,
  noEnduringValue: false,
  scalesLinearly: false,
};

type Spec = {
  name: string;
  minutes: number;
  perWeek: number;
  weeks?: number[];
  automatable?: boolean;
  createdAgo?: number;
};

/** Chores logged `perWeek` times in each of `weeks` (weeks before WED's; 0 is this week). */
async function seeded(specs: Spec[]) {
  const db = await freshDb();
  const ids: Record<string, string> = {};
  for (const s of specs) {
    const { chore } = await createChore(
      db,
      { name: s.name, defaultMinutes: s.minutes },
      WED - (s.createdAgo ?? 60 * DAY),
    );
    await updateChore(
      db,
      chore.id,
      { traits: { ...TRAITS, automatable: s.automatable ?? true } },
      WED - 60 * DAY,
    );
    for (const w of s.weeks ?? [1, 2])
      for (let i = 0; i < s.perWeek; i++)
        await logOccurrence(db, { choreId: chore.id, source: 'click' }, WED - w * WEEK - (i + 1) * HOUR);
    ids[s.name] = chore.id;
  }
  return { db, ids };
}

async function shown(db: Awaited<ReturnType<typeof freshDb>>, rememberPick?: (id: string) => unknown) {
  const snapshot = await readSnapshot(await rawOf(db), WED);
  const root = mount(
    <WeekRanking
      weeks={snapshot}
      settings={snapshot.settings}
      now={WED}
      {...(rememberPick ? { rememberPick } : {})}
    />,
  );
  const rows = () =>
    [...root.querySelectorAll('ol.ranking .ranking-row')].map((r) => ({
      name: r.querySelector('.name')?.textContent,
      figure: r.querySelector('.figures')?.textContent,
      notes: r.querySelector('.row-notes')?.textContent ?? '',
    }));
  return { root, rows, snapshot };
}

describe('the ranked rows', () => {
  it('show the weekly average each is ranked by, never "0 min · 0 times", and say what the ranking averages', async () => {
    // Nothing logged this week by either: the old rows read "0 min · 0 times" above chores done this week.
    const { db } = await seeded([
      { name: 'Rotate certs', minutes: 40, perWeek: 2 },
      { name: 'Restart CI', minutes: 6, perWeek: 3 },
    ]);
    const { root, rows } = await shown(db);
    expect(rows().map((r) => [r.name, r.figure])).toEqual([
      // 2 x 40 min in each of two weeks, over the 3 weeks and the 2.4 days of this one averaged.
      ['Rotate certs', '48 min/wk'],
      ['Restart CI', '11 min/wk'],
    ]);
    expect(root.textContent).not.toContain('0 times');
    // One line says what the ranking averages; the weights fold under it (the popup's 600 px).
    expect(root.querySelector('.basis summary')?.textContent).toBe(
      'Ordered by time a week: the average of the last 3 weeks and this week so far.',
    );
    expect(root.querySelector('.basis')?.textContent).toBe(
      'Ordered by time a week: the average of the last 3 weeks and this week so far.Plus 5 min of refocusing per entry, times annoyance (x0.5 to x1.5) and, for a chore that grows with the service, its growth (up to x2).',
    );
  });

  it('show the refocus time on a row it lifted above one with more time a week', async () => {
    const { db } = await seeded([
      { name: 'Approve bumps', minutes: 2, perWeek: 10 },
      { name: 'Clean disks', minutes: 25, perWeek: 1 },
    ]);
    const { rows } = await shown(db);
    expect(rows()).toEqual([
      { name: 'Approve bumps', figure: '12 min/wk', notes: '+5 min refocus each' },
      { name: 'Clean disks', figure: '15 min/wk', notes: '' },
    ]);
  });

  it('show a still-learning chore as learning, and no yearly figure anywhere', async () => {
    const { db } = await seeded([
      { name: 'Renew token', minutes: 10, perWeek: 1, weeks: [0], createdAgo: 2 * HOUR },
    ]);
    const { root, rows } = await shown(db);
    expect(rows()[0]?.figure).toBe('learning: 1 entry, 1 day');
    expect(root.querySelector('.reco h2')?.textContent).toBe('Leading so far: Renew token');
    expect(root.querySelector('.reco')?.textContent).toContain(
      'Still learning: based on 1 entry over 1 day.',
    );
    expect(root.textContent).not.toMatch(/\d h\b|pays off/);
  });
});

describe('the recommendation card', () => {
  it('asks about a chore not marked automatable that ranks above the pick', async () => {
    const { db } = await seeded([
      { name: 'Review access', minutes: 30, perWeek: 3, automatable: false },
      { name: 'Restart CI', minutes: 6, perWeek: 3 },
    ]);
    const { root } = await shown(db);
    expect(root.querySelector('.reco h2')?.textContent).toBe('Automate this first: Restart CI');
    expect(root.querySelector('.reco .unmarked')?.textContent).toBe(
      '“Review access” ranks higher but is not marked automatable. If a script could do it, mark it automatable.',
    );
  });

  it('stores a new pick once, and leaves an unchanged one alone', async () => {
    const { db, ids } = await seeded([{ name: 'Restart CI', minutes: 6, perWeek: 3 }]);
    const remember = vi.fn();
    const first = await shown(db, remember);
    await eventually(() => expect(remember).toHaveBeenCalledWith(ids['Restart CI']));
    button(first.root, 'Last week').click();
    button(first.root, 'This week').click();
    expect(remember).toHaveBeenCalledTimes(1);
    const { savePick } = await import('../../../../extension/db/idb/pick');
    await savePick(await rawOf(db), ids['Restart CI'] ?? '');
    const again = vi.fn();
    await shown(db, again);
    await new Promise((r) => setTimeout(r, 20));
    expect(again).not.toHaveBeenCalled();
  });
});

describe('automated chores', () => {
  it('leave the ranked list for their own group, with hours saved and the payback', async () => {
    const { db, ids } = await seeded([
      { name: 'Rotate certs', minutes: 40, perWeek: 3, weeks: [6, 7, 8, 9] },
      { name: 'Restart CI', minutes: 6, perWeek: 3 },
    ]);
    await markAutomated(db, ids['Rotate certs'] ?? '', { at: WED - 5 * WEEK, hours: 4 }, WED);
    const { root, rows } = await shown(db);
    expect(rows().map((r) => r.name)).toEqual(['Restart CI']);
    const group = root.querySelector('.automated-group');
    // 3 x (40 + 5) min a week before, nothing since: 135 min a week for the 5 weeks since go-live.
    expect(group?.querySelector('h3')?.textContent).toBe('Automated11 h saved so far');
    expect([...(group?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      // Live on 8 Oct; the 4 h it took are back after 4 h / 2.25 h a week = 12.4 days.
      'Rotate certs11 h savedpaid back on 20 Oct',
    ]);
  });
});
