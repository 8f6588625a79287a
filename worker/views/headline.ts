import { html } from 'hono/html';
import type { TeamSummary } from '../../shared/api/team-summary';
import { hoursText, percentText } from './format';

const weeksText = (n: number) => (n === 1 ? 'the last full week' : `the last ${n} full weeks`);

/** The figures a lead reads first: toil share against the cap, toil a week, time saved. */
export function headline(s: TeamSummary) {
  const h = s.headline;
  const so = s.week.partial ? 'This week so far' : 'That week';
  const share =
    h.toilShare === null
      ? html`<p class="big">–</p><p class="muted">No full week logged yet.</p>`
      : html`<p class="big ${h.toilShare > h.toilShareCap ? 'over' : ''}">${percentText(h.toilShare)}</p>
    <p>of working time over ${weeksText(h.recentWeeks)}: ${h.toilShare > h.toilShareCap ? 'over' : 'under'} Google SRE’s ${percentText(h.toilShareCap)} cap.</p>`;
  const thisWeek = html`<p class="muted">${so}: ${h.toilShareThisWeek === null ? 'nobody has logged toil' : `${percentText(h.toilShareThisWeek)}, ${hoursText(h.toilHoursThisWeek)}`}.</p>`;
  const week = s.weeks.at(-1);
  return html`<section class="headline" aria-label="Headline figures">
  <div class="card"><h2>Toil share</h2>${share}${thisWeek}</div>
  <div class="card"><h2>Team toil</h2>
    <p class="big">${h.toilHoursPerWeek === null ? '–' : hoursText(h.toilHoursPerWeek)}</p>
    <p>a week over ${h.recentWeeks ? weeksText(h.recentWeeks) : 'the recent weeks'}, context switches included.</p>
    <p class="muted">${so}: ${hoursText(h.toilHoursThisWeek)} by ${week?.activeMembers ?? 0} ${week?.activeMembers === 1 ? 'person' : 'people'}.</p></div>
  <div class="card"><h2>Saved by automation</h2>
    <p class="big">${h.automationsMeasured ? hoursText(h.savedHoursPerYear) : '–'}</p>
    <p>${h.automationsMeasured ? `a year, measured on ${h.automationsMeasured} automated ${h.automationsMeasured === 1 ? 'chore' : 'chores'}.` : 'No automation measured yet.'}</p></div>
</section>
${s.recommendation ? html`<p class="card recommendation">${s.recommendation.sentence}</p>` : ''}`;
}
