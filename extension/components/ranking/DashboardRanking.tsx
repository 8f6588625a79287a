import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { rankingBasis } from '../../../shared/basis';
import type { RankingSettings } from '../../../shared/model';
import type { RankedChore, Ranking } from '../../../shared/ranking';
import type { AutomatedGroup } from '../../db/core/automated';
import { AutomatedList } from './AutomatedList';
import { RankingChart } from './RankingChart';
import { RankingTable } from './RankingTable';
import { RecommendationCard } from './RecommendationCard';
import { useRememberPick } from './use-remember-pick';
import { type Week, WeekSwitch } from './WeekSwitch';

type Props = {
  thisWeek: Ranking;
  lastWeek: Ranking;
  settings: RankingSettings;
  storedPick: string | null;
  automated: AutomatedGroup;
  rememberPick?: (choreId: string) => unknown;
  now?: number;
  /** Given by the full page: "Copy as issue" on the recommendation. */
  recommendationAction?: (ranked: RankedChore) => ComponentChildren;
};

/** The full page's ranked toil: recommendation, a chart of what the order is based on, the figures behind it. */
export function DashboardRanking({
  thisWeek,
  lastWeek,
  settings,
  storedPick,
  automated,
  rememberPick,
  now = Date.now(),
  recommendationAction,
}: Props) {
  const [week, setWeek] = useState<Week>('this');
  useRememberPick(thisWeek, storedPick, rememberPick);
  const ranking = week === 'this' ? thisWeek : lastWeek;
  const label = week === 'this' ? 'this week' : 'last week';
  const ranked = ranking.chores.filter((c) => c.status !== 'automated');
  return (
    <section id="ranking" aria-labelledby="ranking-heading" class="panel">
      <div class="row section-head">
        <h2 id="ranking-heading" class="grow">
          Ranked toil
        </h2>
        <WeekSwitch week={week} onChange={setWeek} />
      </div>
      <RecommendationCard
        ranking={ranking}
        settings={settings}
        shown={week}
        choresHref="#chores"
        action={recommendationAction}
      />
      {ranked.length === 0 ? (
        <p class="muted">Nothing logged {label} or in the weeks before it.</p>
      ) : (
        <>
          <RankingChart
            title={`Weighted hours a year per chore, as ranked (${label})`}
            bars={ranked.map((c) => ({
              id: c.choreId,
              name: c.name,
              hours: c.pain,
              learning: c.learning !== null,
            }))}
          />
          <RankingTable chores={ranked} settings={settings} label={label} />
          <Basis {...rankingBasis(settings, week)} />
        </>
      )}
      <div id="automated">
        <AutomatedList group={automated} timeZone={settings.timeZone} now={now} />
      </div>
    </section>
  );
}

function Basis({ averages, weights }: { averages: string; weights: string }) {
  return (
    <p class="muted small basis">
      {averages} {weights}
    </p>
  );
}
