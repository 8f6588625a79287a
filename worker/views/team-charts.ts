import { html } from 'hono/html';
import type { TeamSummary } from '../../shared/api/team-summary';
import { hoursText, niceCeiling, percentText, shortDate } from './format';
import { weekChart } from './week-chart';

const series = (values: string[]) => values.join(', ');
const span = (s: TeamSummary) => {
  const first = s.weeks[0];
  const last = s.weeks.at(-1);
  return `Weeks of ${shortDate(first?.label ?? '')} to ${shortDate(last?.label ?? '')}${last?.partial ? ' (the last one so far)' : ''}`;
};

const legendPartial = html`<span class="item"><span class="swatch partial"></span> this week so far</span>`;

/** The team's toil per week, in hours. */
export function toilChart(s: TeamSummary) {
  const chart = {
    id: 'toil',
    title: 'Team toil per week, in hours (context switches included)',
    desc: `${span(s)}: ${series(s.weeks.map((w) => hoursText(w.toilHours)))}.`,
    bars: s.weeks.map((w) => ({ label: w.label, value: w.toilHours, partial: w.partial })),
    max: niceCeiling(Math.max(...s.weeks.map((w) => w.toilHours))),
    format: hoursText,
  };
  return html`<section class="card" aria-labelledby="toil-h"><h2 id="toil-h">Toil per week</h2>
  <p class="muted">Hours the team logged each week, context switches included.</p>
  ${weekChart(chart, 'wide')}${weekChart(chart, 'narrow')}
  ${s.week.partial ? html`<p class="legend muted">${legendPartial}</p>` : ''}</section>`;
}

/** Toil as a share of the working time of the members active each week, against the SRE cap. */
export function shareChart(s: TeamSummary) {
  const cap = s.headline.toilShareCap;
  const top = Math.max(0, ...s.weeks.map((w) => w.toilShare ?? 0));
  const chart = {
    id: 'share',
    title: `Toil as a share of working time per week, against Google SRE’s cap of ${percentText(cap)}`,
    desc: `${span(s)}: ${series(s.weeks.map((w) => (w.toilShare === null ? 'nobody active' : percentText(w.toilShare))))}.`,
    bars: s.weeks.map((w) => ({
      label: w.label,
      value: w.toilShare,
      partial: w.partial,
      over: (w.toilShare ?? 0) > cap,
    })),
    max: top <= 0.6 ? 0.6 : top <= 0.8 ? 0.8 : niceCeiling(top),
    format: percentText,
    line: { value: cap, label: `SRE cap ${percentText(cap)}` },
  };
  return html`<section class="card" aria-labelledby="share-h"><h2 id="share-h">Toil share of working time</h2>
  <p class="muted">Logged toil over ${hoursText(s.workingHoursPerWeek)} a week for each person who logged anything that week.</p>
  ${weekChart(chart, 'wide')}${weekChart(chart, 'narrow')}
  <p class="legend muted"><span class="item"><span class="swatch"></span> under the cap</span>
  <span class="item"><span class="swatch over"></span> over the cap</span> ${s.week.partial ? legendPartial : ''}
  <span class="item"><span class="swatch cap"></span> Google SRE cap (${percentText(cap)})</span></p>
  ${weeksTable(s)}</section>`;
}

/** Every figure of both charts, for anyone who wants the numbers (and for screen readers). */
function weeksTable(s: TeamSummary) {
  return html`<details><summary>The figures, week by week</summary>
  <div class="table-wrap" role="region" aria-label="Toil and toil share per week" tabindex="0">
  <table class="weeks-table"><caption class="muted">Weeks start on the date shown (${s.timeZone}).</caption>
  <thead><tr><th scope="col">Week of</th><th scope="col">Toil</th><th scope="col">People</th><th scope="col" class="wt">Working time</th><th scope="col">Share</th></tr></thead>
  <tbody>${s.weeks.map(
    (w) =>
      html`<tr><th scope="row">${w.label}${w.partial ? html`<span class="muted"> so far</span>` : ''}</th><td>${hoursText(w.toilHours)}</td><td>${w.activeMembers}</td><td class="wt">${hoursText(w.workingHours)}</td><td>${w.toilShare === null ? '–' : percentText(w.toilShare)}</td></tr>`,
  )}</tbody></table></div></details>`;
}
