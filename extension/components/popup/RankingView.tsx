import type { ComponentProps } from 'preact';
import { useState } from 'preact/hooks';
import type { RankingSettings } from '../../../shared/model';
import { useAfterPaint } from '../../lib/use-after-paint';
import type { WeekRanking } from '../ranking/WeekRanking';

type Props = {
  shown: boolean;
  /** Both weeks, the stored pick and the automated group (the snapshot). */
  weeks: ComponentProps<typeof WeekRanking>['weeks'];
  settings: RankingSettings;
  initialWeek: 'this' | 'last';
};

/**
 * Ranked chores shown before "Show all": with what to automate first above them, 8 one-line rows fit
 * the popup's 600 px (10, with names on two lines, ran to 707 px at 20 chores).
 */
const RANKED_SHOWN = 8;

let loading: Promise<typeof WeekRanking> | undefined;
const load = () => {
  loading ??= import('../ranking/WeekRanking').then((m) => m.WeekRanking);
  return loading;
};

/**
 * The popup's Ranking view: the week's ranked chores with the week switch. The popup opens on the Log
 * view, so its code loads once the first frame is painted (or at once, when the popup opens on it), and
 * it is drawn when first shown, not while the user logs.
 */
export function RankingView({ shown, weeks, settings, initialWeek }: Props) {
  const Loaded = useAfterPaint(load, shown);
  const [visited, setVisited] = useState(shown);
  if (shown && !visited) setVisited(true);
  if (!visited) return null;
  if (!Loaded) return <p class="muted">Loading the ranking…</p>;
  return <Loaded weeks={weeks} settings={settings} initialWeek={initialWeek} limit={RANKED_SHOWN} />;
}
