import { expect, it } from 'vitest';
import { TeamSection } from '../../../../extension/components/team/TeamSection';
import { TeamViewPanel } from '../../../../extension/components/team/TeamViewPanel';
import { updateChore } from '../../../../extension/db/dexie';
import { readTeamView } from '../../../../extension/sync/team-view';
import { createChore, logOccurrence } from '../../fixtures/dexie-verbs';
import { realServer } from '../../fixtures/real-server';
import { createTeam, freshDevice, joinAndShare, serverGet } from '../../fixtures/sync';
import { eventually, mount } from '../../fixtures/ui';

const server = realServer();
const DAY = 86_400_000;

const figures = (root: HTMLElement) =>
  [...root.querySelectorAll('.team-headline > div')].map((d) =>
    [...d.querySelectorAll('dt, dd')].map((e) => e.textContent),
  );

it('shows the team dashboard’s headline figures in the popup’s Team view and the full page’s Team section', {
  timeout: 60_000,
}, async () => {
  const team = await createTeam(server.url);
  const db = await freshDevice();
  const { chore } = await createChore(db, { name: 'Rotate TLS cert', defaultMinutes: 60 });
  // Marked automatable: only such a chore can be the team's "automate this first".
  await updateChore(db, chore.id, { traits: { ...chore.traits, automatable: true } });
  // Two hours of toil a week ago (the last full week), plus a context switch (5 min) each: 130 min; the
  // same the week before, so the chore has left learning and the team has a recommendation.
  for (const weeks of [1, 2]) {
    for (const hours of [0, 1]) {
      await logOccurrence(db, {
        choreId: chore.id,
        source: 'form',
        at: Date.now() - weeks * 7 * DAY + hours * 3_600_000,
      });
    }
  }
  await joinAndShare(db, { server: server.url, inviteCode: team.inviteCode }, 'Ada');

  const popup = mount(<TeamViewPanel db={db} timeZone="UTC" />);
  await eventually(() => expect(figures(popup)).toHaveLength(3));
  // 130 min a week over one member's 40 h: 5.4%; hand-computed, and the same as the server's own summary.
  expect(figures(popup)).toEqual([
    ['Toil share', '5%', 'of working time, 2 full weeks: under the 50% cap.'],
    ['Team toil a week', '2 h 10 min', 'This week so far: 0 min.'],
    ['Saved a year', '–', 'No automation measured yet.'],
  ]);
  const summary = await serverGet<{ headline: { toilShare: number; toilHoursPerWeek: number } }>(
    server.url,
    '/v1/team/summary',
    team.adminToken,
  );
  expect(summary.headline.toilShare).toBeCloseTo(130 / 60 / 40, 3);
  expect(summary.headline.toilHoursPerWeek).toBeCloseTo(130 / 60, 1);
  expect((await readTeamView(db))?.headline?.headline).toEqual(summary.headline);
  expect(popup.querySelector('.team-reco')?.textContent).toContain('Rotate TLS cert');

  const page = mount(<TeamSection db={db} timeZone="UTC" />);
  await eventually(() => expect(figures(page)).toEqual(figures(popup)));
});
