import { formatHours } from '../../lib/format';
import type { TeamView } from '../../sync/team-view';

/** 13%, or "under 1%" for a share above zero that would round to 0 (as the dashboard page writes it). */
const percent = (share: number) => (share > 0 && share < 0.005 ? 'under 1%' : `${Math.round(share * 100)}%`);
const plural = (n: number, one: string, many: string) => (n === 1 ? one : `${n} ${many}`);

/**
 * The team dashboard page's headline figures (GET /v1/team/summary): toil share against Google SRE's cap,
 * the team's toil a week, the hours automations save a year, and the team's recommendation.
 */
export function TeamHeadline({ view }: { view: TeamView | undefined }) {
  const summary = view?.headline;
  if (!summary) return null;
  const h = summary.headline;
  const weeks = plural(h.recentWeeks, 'the last full week', 'full weeks');
  const over = h.toilShare !== null && h.toilShare > h.toilShareCap;
  const so = summary.week.partial ? 'This week so far' : 'That week';
  return (
    <div class="team-figures">
      <h3 class="visually-hidden">The team’s figures</h3>
      <dl class="team-headline">
        <div>
          <dt>Toil share</dt>
          <dd class={`value share ${over ? 'over' : ''}`}>
            {h.toilShare === null ? '–' : percent(h.toilShare)}
          </dd>
          <dd class="small muted">
            {h.toilShare === null
              ? 'No full week logged yet.'
              : `of working time, ${weeks}: ${over ? 'over' : 'under'} the ${percent(h.toilShareCap)} cap.`}
          </dd>
        </div>
        <div>
          <dt>Team toil a week</dt>
          <dd class="value toil">{h.toilHoursPerWeek === null ? '–' : formatHours(h.toilHoursPerWeek)}</dd>
          <dd class="small muted">
            {so}: {formatHours(h.toilHoursThisWeek)}.
          </dd>
        </div>
        <div>
          <dt>Saved a year</dt>
          <dd class="value saved">{h.automationsMeasured ? formatHours(h.savedHoursPerYear) : '–'}</dd>
          <dd class="small muted">
            {h.automationsMeasured
              ? `by ${plural(h.automationsMeasured, 'one automated chore', 'automated chores')}.`
              : 'No automation measured yet.'}
          </dd>
        </div>
      </dl>
      {summary.recommendation ? <p class="team-reco small">{summary.recommendation.sentence}</p> : null}
    </div>
  );
}
