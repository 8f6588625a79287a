import { paybackPhrase } from '../../../shared/savings';
import type { AutomatedGroup } from '../../db/core/automated';
import { formatHours } from '../../lib/format';

type Props = { group: AutomatedGroup; timeZone: string; now: number };

/**
 * Automated chores, out of the ranking and into their own group: what each has saved so far (measured,
 * shared/savings.ts) and when the hours it took are paid back.
 */
export function AutomatedList({ group, timeZone, now }: Props) {
  if (group.chores.length === 0) return null;
  return (
    <section class="automated-group" aria-labelledby="automated-title">
      <h3 id="automated-title" class="row">
        <span class="grow">Automated</span>
        <span class="small saved-total">{formatHours(group.savedHoursSoFar)} saved so far</span>
      </h3>
      <ul class="automated-list">
        {group.chores.map(({ chore, savings }) => (
          <li key={chore.id} class="ranking-row automated-row">
            <span class="name grow">{chore.name}</span>
            <span class="figures small">
              {savings.savedHoursSoFar === null
                ? 'measuring'
                : `${formatHours(savings.savedHoursSoFar)} saved`}
            </span>
            <span class="row-notes small muted">{paybackPhrase(savings.payback, timeZone, now)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
