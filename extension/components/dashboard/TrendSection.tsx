import type { WeeklySeries } from '../../db/dexie';
import { formatMinutes } from '../../lib/format';
import { TrendChart } from './TrendChart';

type Props = { weekLabels: string[]; series: WeeklySeries[] };

/** One small chart per chore: its weekly minutes over the last 12 weeks (this week highlighted). */
export function TrendSection({ weekLabels, series }: Props) {
  return (
    <section id="trends" aria-labelledby="trends-heading" class="panel">
      <h2 id="trends-heading">Weekly minutes, last {weekLabels.length} weeks</h2>
      {series.length === 0 ? (
        <p class="muted">No chores logged in the last {weekLabels.length} weeks.</p>
      ) : (
        <ul class="trend-grid">
          {series.map((s) => (
            <li key={s.choreId} class="card">
              <h3 class="name">{s.name}</h3>
              <TrendChart name={s.name} weekLabels={weekLabels} minutes={s.minutes} />
              <p class="muted small">
                This week {formatMinutes(s.minutes.at(-1) ?? 0)} · 12-week total{' '}
                {formatMinutes(s.minutes.reduce((a, b) => a + b, 0))}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
