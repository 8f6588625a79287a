import type { Chore } from '../../../shared/model';
import { measureSavings, SAVINGS_WEEKS } from '../../../shared/savings';
import type { Settings } from '../../db/core/settings';
import type { ToilDb } from '../../db/dexie';
import { choreOccurrencesSince } from '../../db/dexie/chore-reads';
import { formatHours } from '../../lib/format';
import { useLiveQuery } from '../../lib/use-live-query';

type Props = { db: ToilDb; chore: Chore; settings: Settings };

const WEEK_MS = 7 * 24 * 3600_000;

/** What the automation really saves: measured time a week before against after (shared/savings.ts). */
export function SavingsNote({ db, chore, settings }: Props) {
  const from = Math.min(chore.createdAt, (chore.automatedAt ?? Date.now()) - (SAVINGS_WEEKS + 2) * WEEK_MS);
  const savings = useLiveQuery(
    async () => measureSavings(chore, await choreOccurrencesSince(db, chore.id, from), Date.now(), settings),
    [db, chore, settings, from],
  );
  if (!savings) return null;
  return (
    <div class="savings" aria-live="polite">
      <p>{savings.sentence}</p>
      {savings.savedHoursSoFar !== null &&
      savings.savedHoursPerYear !== null &&
      savings.savedHoursPerYear > 0 ? (
        <p>
          <strong>
            {formatHours(savings.savedHoursSoFar)} saved so far, about{' '}
            {formatHours(savings.savedHoursPerYear)} a year.
          </strong>
        </p>
      ) : null}
    </div>
  );
}
