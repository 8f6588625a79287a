import { useState } from 'preact/hooks';
import type { Chore } from '../../../shared/model';
import { markAutomated, type ToilDb } from '../../db/dexie';
import { fromDateInput, toDateInput } from '../../lib/datetime-input';
import { userMessage } from '../../lib/user-message';
import { readNumber } from '../../lib/validate';

type Props = { db: ToilDb; chore: Chore; timeZone: string };

/** "We automated it": the date it went live and the hours it took; savings are measured from then on. */
export function AutomationForm({ db, chore, timeZone }: Props) {
  const [date, setDate] = useState(toDateInput(Date.now(), timeZone));
  const [hours, setHours] = useState('');
  const [error, setError] = useState<string>();
  const id = `auto-${chore.id}`;

  const save = async (e: Event) => {
    e.preventDefault();
    const at = fromDateInput(date, timeZone);
    const h = readNumber(hours, 'Hours it took', 0, 100_000);
    if (at === undefined) return setError('Enter the date the automation went live.');
    if (!h.ok) return setError(h.message);
    try {
      await markAutomated(db, chore.id, { at, hours: h.value });
      setError(undefined);
    } catch (err) {
      setError(userMessage(err));
    }
  };

  return (
    <form
      class="row wrap automation-form"
      onSubmit={save}
      noValidate
      aria-label={`Mark ${chore.name} automated`}
    >
      <span class="muted small">Automated it?</span>
      <label for={`${id}-date`}>Live since</label>
      <input id={`${id}-date`} type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      <label for={`${id}-hours`}>Hours it took</label>
      <input
        id={`${id}-hours`}
        class="minutes-input"
        inputMode="decimal"
        value={hours}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => setHours(e.currentTarget.value)}
      />
      <button type="submit">Mark automated</button>
      {error ? (
        <p id={`${id}-error`} class="error full" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
