import { useState } from 'preact/hooks';
import type { RankingSettings } from '../../../shared/model';
import type { Ranking } from '../../../shared/ranking';
import { RankingList } from './RankingList';
import { RecommendationCard } from './RecommendationCard';
import { type Week, WeekSwitch } from './WeekSwitch';

/** Ranked chores the popup shows before "Show all" (the top three show without scrolling; the rest scroll). */
const RANKED_SHOWN = 10;

type Props = {
  /** Both weeks; last week's ranking is read only when the user switches to it. */
  weeks: { thisWeek: Ranking; readonly lastWeek: Ranking };
  settings: RankingSettings;
  initialWeek?: 'this' | 'last';
  /** Ranked chores shown before "Show all" (the popup's Ranking view sets it to fit its 600 px). */
  limit?: number;
};

/** The ranked-toil view with its "This week / Last week" switch and the recommendation on top. */
export function WeekRanking({ weeks, settings, initialWeek = 'this', limit = RANKED_SHOWN }: Props) {
  const [week, setWeek] = useState<Week>(initialWeek);
  const ranking = week === 'this' ? weeks.thisWeek : weeks.lastWeek;
  return (
    <section class="week-ranking" aria-labelledby="ranking-title" id="week">
      <div class="row section-head">
        <h2 id="ranking-title" class="grow">
          Ranked toil
        </h2>
        <WeekSwitch week={week} onChange={setWeek} />
      </div>
      <RecommendationCard ranking={ranking} settings={settings} />
      <RankingList
        chores={ranking.chores}
        limit={limit}
        emptyText={week === 'this' ? 'Nothing logged this week yet.' : 'Nothing was logged last week.'}
      />
    </section>
  );
}
