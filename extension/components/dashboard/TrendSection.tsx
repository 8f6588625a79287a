import { shortDate } from '../../../shared/local-time';
import type { Ranking } from '../../../shared/ranking';
import type { AutomatedGroup } from '../../db/core/automated';
import type { WeekRange } from '../../db/core/periods';
import type { WeeklySeries } from '../../db/dexie';
import { formatMinutes } from '../../lib/format';
import { TrendChart } from './TrendChart';

type Props = {
  weeks: WeekRange[];
  series: WeeklySeries[];
  /** This week's ranking: the charts follow its order, automated chores after. */
  ranking: Ranking;
  automated: AutomatedGroup;
  timeZone: string;
  now?: number;
};

/** Week indexes with a date under them: the first, the last, and every fourth between. */
const TICK_EVERY = 4;

/**
 * One small chart per chore, in ranking order: its weekly minutes over the last weeks, on one scale for
 * all (11 min a week must not look as tall as 1 h 40), with week dates, this week marked as so far, and
 * the week an automation went live.
 */
export function TrendSection({ weeks, series, ranking, automated, timeZone, now = Date.now() }: Props) {
  const order = new Map(
    [
      ...ranking.chores.filter((c) => c.status !== 'automated').map((c) => c.choreId),
      ...automated.chores.map((g) => g.chore.id),
    ].map((id, i) => [id, i]),
  );
  const sorted = [...series].sort(
    (a, b) => (order.get(a.choreId) ?? order.size) - (order.get(b.choreId) ?? order.size),
  );
  const goLive = new Map(automated.chores.map((g) => [g.chore.id, g.chore.automatedAt ?? 0]));
  const max = Math.max(1, ...series.flatMap((s) => s.minutes));
  const labels = weeks.map((w) => w.label);
  const last = weeks.length - 1;
  const ticks = weeks.map((w, i) =>
    i === 0 || i === last || (last - i) % TICK_EVERY === 0 ? shortDate(w.start, timeZone, now) : '',
  );
  const current = weeks[last];
  const partial = current !== undefined && now < current.end;
  const days = current ? Math.max(1, Math.ceil((now - current.start) / 86_400_000)) : 0;
  const weekOf = (at: number) => weeks.findIndex((w) => at >= w.start && at < w.end);
  return (
    <section id="trends" aria-labelledby="trends-heading" class="panel">
      <h2 id="trends-heading">Weekly minutes, last {weeks.length} weeks</h2>
      {series.length === 0 ? (
        <p class="muted">No chores logged in the last {weeks.length} weeks.</p>
      ) : (
        <>
          <p class="muted small trend-legend">
            In ranking order, every chart on one scale: its top line is {formatMinutes(max)} a week.
            {partial ? (
              <>
                {' '}
                <span class="legend-partial" aria-hidden="true" /> This week so far ({days} of 7 days), not a
                drop.
              </>
            ) : null}
            {automated.chores.length ? (
              <>
                {' '}
                <span class="legend-live" aria-hidden="true" /> The week an automation went live.
              </>
            ) : null}
          </p>
          <ul class="trend-grid">
            {sorted.map((s) => {
              const live = goLive.get(s.choreId);
              const liveWeek = live === undefined ? -1 : weekOf(live);
              return (
                <li key={s.choreId} class="card">
                  <h3 class="name">{s.name}</h3>
                  <TrendChart
                    name={s.name}
                    weekLabels={labels}
                    ticks={ticks}
                    minutes={s.minutes}
                    max={max}
                    partial={partial}
                    goLive={liveWeek >= 0 ? liveWeek : undefined}
                  />
                  <p class="muted small">
                    This week so far {formatMinutes(s.minutes.at(-1) ?? 0)} · {weeks.length}-week total{' '}
                    {formatMinutes(s.minutes.reduce((a, b) => a + b, 0))}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
