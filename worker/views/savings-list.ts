import { html } from 'hono/html';
import type { TeamSummary } from '../../shared/api/team-summary';
import { hoursText } from './format';

/** The automated chores and what each saves the team, measured from its weeks before and after. */
export function savingsList(s: TeamSummary) {
  const { savedHoursPerYear, automationsMeasured } = s.headline;
  const total =
    automationsMeasured > 0
      ? html`<p>Together they save the team about <strong>${hoursText(savedHoursPerYear)} a year</strong>, measured on ${automationsMeasured} of them.</p>`
      : '';
  return html`<section class="card" aria-labelledby="saved-h"><h2 id="saved-h">Automated chores and what they save</h2>
  ${
    s.savings.length === 0
      ? html`<p class="muted">No automated chore yet. Once a chore is marked automated in Toil Tracker, what it saves shows here, measured from the team’s time on it in the weeks before and after.</p>`
      : html`${total}<ul class="savings">${s.savings.map((e) => html`<li>${e.sentence}</li>`)}</ul>
  <p class="muted">Time a week before the automation (up to 4 weeks) against the most recent weeks after it; the week it went live counts on neither side.</p>`
  }</section>`;
}
