import { useState } from 'preact/hooks';
import type { Chore, Traits } from '../../../shared/model';
import type { Settings } from '../../db/core/settings';
import { archiveChore, type ToilDb } from '../../db/dexie';
import { formatDate, formatHours, formatMinutes } from '../../lib/format';
import { userMessage } from '../../lib/user-message';
import { ChoreIssue } from '../issue/ChoreIssue';
import { AutomationForm } from './AutomationForm';
import { ChoreForm } from './ChoreForm';
import { SavingsNote } from './SavingsNote';

type Props = {
  db: ToilDb;
  chore: Chore;
  settings: Settings;
  /** What its button shows and logs (core/typical.ts). */
  usualMinutes: number;
  /** The traits the form opens with: the chore's, or the defaults its logging told (shared/traits.ts). */
  traits: Traits;
};

const STATUS = { manual: 'Manual', automating: 'Being automated', automated: 'Automated' } as const;

/** One chore, folded to its name and status; opened, everything about it can be changed. */
export function ChoreCard({ db, chore, settings, usualMinutes, traits }: Props) {
  const [error, setError] = useState<string>();
  const archive = () =>
    archiveChore(db, chore.id, !chore.archived).then(
      () => setError(undefined),
      (e: unknown) => setError(userMessage(e)),
    );
  return (
    <details class={`card chore-card${chore.archived ? ' archived' : ''}`} id={`chore-${chore.id}`}>
      <summary>
        <span class="name">{chore.name}</span>{' '}
        <span class="muted small">
          · {STATUS[chore.status]} · usually {formatMinutes(usualMinutes)}
          {chore.archived ? ' · archived' : ''}
        </span>
      </summary>
      <div class="chore-body">
        <ChoreForm db={db} chore={chore} traits={traits} />
        {chore.status === 'automated' && chore.automatedAt !== undefined ? (
          <div class="automated">
            <p>
              Automated on {formatDate(chore.automatedAt, settings.timeZone)}
              {chore.automationHours !== undefined ? `, took ${formatHours(chore.automationHours)}` : ''}.
            </p>
            <SavingsNote db={db} chore={chore} settings={settings} />
          </div>
        ) : (
          <AutomationForm db={db} chore={chore} timeZone={settings.timeZone} />
        )}
        <ChoreIssue db={db} chore={chore} settings={settings} />
        <div class="row">
          <button type="button" onClick={archive}>
            {chore.archived ? 'Unarchive' : 'Archive'}
            <span class="visually-hidden"> {chore.name}</span>
          </button>
          <span class="muted small">Archived chores leave the popup; their history stays.</span>
        </div>
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </details>
  );
}
