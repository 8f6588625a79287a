import { useState } from 'preact/hooks';
import type { RankingSettings } from '../../../shared/model';
import type { Ranking } from '../../../shared/ranking';
import type { AutomatedGroup } from '../../db/core/automated';
import { AutomatedList } from './AutomatedList';
import { RankingList } from './RankingList';
import { RecommendationCard } from './RecommendationCard';
import { type Week, WeekSwitch } from './WeekSwitch';

/** Ranked chores the popup shows before "Show all" (the top three show without scrolling; the rest scroll). */
const RANKED_SHOWN = 10;

type Props = {
  /** Both weeks (last week's ranking is read only when the user switches to it), the stored pick, the automated group. */
  weeks: {
    thisWeek: Ranking;
    readonly lastWeek: Ranking;
    storedPick: string | null;
    automated: AutomatedGroup;
  };
  settings: RankingSettings;
  initialWeek?: 'this' | 'last';
  /** Stores this week's pick when it changes (raw IndexedDB in the popup). */
  rememberPick?: (choreId: string) => unknown;
  /** Ranked chores shown before "Show all" (the popup's Ranking view sets it to fit its 600 px). */
  limit?: number;
  now?: number;
};

/** The ranked-toil view with its "This week / Last week" switch, the recommendation on top, automated chores below. */
export function WeekRanking({
  weeks,
  settings,
  initialWeek = 'this',
  rememberPick,
  limit = RANKED_SHOWN,
  now = Date.now(),
}: Props) {
  const [week, setWeek] = useState<Week>(initialWeek);
  const ranking = week === 'this' ? weeks.thisWeek : weeks.lastWeek;
  const ranked = ranking.chores.filter((c) => c.status !== 'automated');
  return (
    <section class="week-ranking" aria-labelledby="ranking-title" id="week">
      <div class="row section-head">
        <h2 id="ranking-title" class="grow">
          Ranked toil
        </h2>
        <WeekSwitch week={week} onChange={setWeek} />
      </div>
      <RecommendationCard
        ranking={ranking}
        settings={settings}
        shown={week}
        choresHref="/dashboard.html#chores"
        remember={
          week === 'this' && rememberPick ? { stored: weeks.storedPick, save: rememberPick } : undefined
        }
      />
      <RankingList
        chores={ranked}
        limit={limit}
        settings={settings}
        shown={week}
        emptyText={week === 'this' ? 'Nothing logged this week yet.' : 'Nothing was logged last week.'}
      />
      <AutomatedList group={weeks.automated} timeZone={settings.timeZone} now={now} />
    </section>
  );
}
