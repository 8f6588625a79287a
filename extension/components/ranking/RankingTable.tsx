import { formatTimes, learningPhrase } from '../../../shared/explain';
import type { RankingSettings } from '../../../shared/model';
import { orderNotes } from '../../../shared/order-notes';
import type { RankedChore } from '../../../shared/ranking';
import { formatHours, formatMinutes } from '../../lib/format';

type Props = { chores: RankedChore[]; settings: RankingSettings; label: string };

const weight = (w: number) => `x${Math.round(w * 100) / 100}`;

/**
 * The figures behind the order, one chore a row: its time a week (the 4-week average), its hours a year
 * with refocusing, the weights, and the weighted hours a year it is sorted by (what the chart draws). What
 * changed the order is marked; a still-learning chore shows what it is based on instead of yearly figures.
 */
export function RankingTable({ chores, settings, label }: Props) {
  const notes = orderNotes(chores);
  return (
    <div class="table-scroll">
      <table class="ranking-table">
        <caption class="visually-hidden">Ranking figures ({label})</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Chore</th>
            <th scope="col" class="num">
              A week (avg)
            </th>
            <th
              scope="col"
              class="num"
              title={`Refocusing included: ${settings.contextSwitchMinutes} min after each entry`}
            >
              Hours a year
            </th>
            <th scope="col">Weights</th>
            <th scope="col" class="num" title="Hours a year times the weights: what the ranking is sorted by">
              Weighted
            </th>
            <th scope="col" class="num">
              Worth automating
            </th>
          </tr>
        </thead>
        <tbody>
          {chores.map((c, i) => {
            const n = notes.get(c.choreId);
            const weights = [
              c.annoyanceWeight !== 1 ? `${weight(c.annoyanceWeight)} annoyance` : '',
              c.growthWeight !== 1 ? `${weight(c.growthWeight)} growth` : '',
            ].filter(Boolean);
            return (
              <tr key={c.choreId}>
                <td>{i + 1}</td>
                <td class="name">
                  {c.name}
                  {c.trend.growing ? (
                    <span class="trend-up" title="Growing week after week">
                      {' '}
                      ▲<span class="visually-hidden"> growing</span>
                    </span>
                  ) : null}
                </td>
                <td class="num">
                  {formatMinutes(c.minutesPerWeek)} · {formatTimes(c.occurrencesPerWeek)}
                </td>
                {c.learning ? (
                  <td class="num learning">–</td>
                ) : (
                  <td class={`num${n?.refocus ? ' changes-order' : ''}`}>
                    {formatHours(c.hoursPerYear)}
                    {n?.refocus ? (
                      <span class="small"> (+{formatMinutes(settings.contextSwitchMinutes)} each)</span>
                    ) : null}
                  </td>
                )}
                <td class={n?.annoyance || n?.growth ? 'changes-order' : 'muted'}>
                  {weights.join(' · ') || 'none'}
                </td>
                {c.learning ? (
                  <td class="num learning" colSpan={2} title={learningPhrase(c.learning)}>
                    still learning ({c.learning.entries} {c.learning.entries === 1 ? 'entry' : 'entries'},{' '}
                    {c.learning.days} {c.learning.days === 1 ? 'day' : 'days'})
                  </td>
                ) : (
                  <>
                    <td class="num">{formatHours(c.pain)}</td>
                    <td class="num">
                      {c.breakEvenHours > 0 ? `up to ${formatHours(c.breakEvenHours)}` : 'not worth it'}
                    </td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
