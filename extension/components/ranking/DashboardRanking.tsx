import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { RankingSettings } from '../../../shared/model';
import type { RankedChore, Ranking } from '../../../shared/ranking';
import { formatCount, formatHours, formatMinutes } from '../../lib/format';
import { RankingChart } from './RankingChart';
import { RecommendationCard } from './RecommendationCard';
import { type Week, WeekSwitch } from './WeekSwitch';

type Props = {
  thisWeek: Ranking;
  lastWeek: Ranking;
  settings: RankingSettings;
  /** Given by the full page: "Copy as issue" on the recommendation. */
  recommendationAction?: (ranked: RankedChore) => ComponentChildren;
};

/** The full page's ranked toil: recommendation, a bar chart of hours a year, and the figures behind it. */
export function DashboardRanking({ thisWeek, lastWeek, settings, recommendationAction }: Props) {
  const [week, setWeek] = useState<Week>('this');
  const ranking = week === 'this' ? thisWeek : lastWeek;
  const label = week === 'this' ? 'this week' : 'last week';
  return (
    <section id="ranking" aria-labelledby="ranking-heading" class="panel">
      <div class="row section-head">
        <h2 id="ranking-heading" class="grow">
          Ranked toil
        </h2>
        <WeekSwitch week={week} onChange={setWeek} />
      </div>
      <RecommendationCard ranking={ranking} settings={settings} action={recommendationAction} />
      {ranking.chores.length === 0 ? (
        <p class="muted">Nothing logged {label} or in the weeks before it.</p>
      ) : (
        <>
          <RankingChart
            title={`Projected hours a year per chore, ranked by pain (${label})`}
            bars={ranking.chores.map((c) => ({ id: c.choreId, name: c.name, hoursPerYear: c.hoursPerYear }))}
          />
          <p class="muted small">
            Pain is the time a chore costs a year, refocusing included, weighted by how annoying it is (1 to
            5), so a more annoying chore can rank above a slightly longer one.
          </p>
          <table class="ranking-table">
            <caption class="visually-hidden">Ranking figures ({label})</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Chore</th>
                <th scope="col" class="num">
                  This week
                </th>
                <th scope="col" class="num">
                  Per week (avg)
                </th>
                <th scope="col" class="num">
                  Hours a year
                </th>
                <th scope="col" class="num">
                  Worth automating
                </th>
                <th scope="col" class="num">
                  Annoyance
                </th>
                <th scope="col">Trend</th>
              </tr>
            </thead>
            <tbody>
              {ranking.chores.map((c, i) => (
                <tr key={c.choreId}>
                  <td>{i + 1}</td>
                  <td class="name">{c.name}</td>
                  <td class="num">
                    {formatMinutes(c.thisWeek.minutes)}, {formatCount(c.thisWeek.occurrences)}
                  </td>
                  <td class="num">{formatMinutes(c.minutesPerWeek)}</td>
                  <td class="num">{formatHours(c.hoursPerYear)}</td>
                  <td class="num">up to {formatHours(c.breakEvenHours)}</td>
                  <td class="num">{c.annoyance}/5</td>
                  <td class={c.trend.growing ? 'trend-up' : 'muted'}>
                    {c.trend.growing ? '▲ growing' : 'steady'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
