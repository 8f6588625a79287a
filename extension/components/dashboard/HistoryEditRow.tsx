import { useState } from 'preact/hooks';
import type { Chore, Occurrence } from '../../../shared/model';
import { type ToilDb, updateOccurrence } from '../../db/dexie';
import { fromDateTimeInput, toDateTimeInput } from '../../lib/datetime-input';
import { userMessage } from '../../lib/user-message';
import { readMinutes } from '../../lib/validate';

type Props = { db: ToilDb; occurrence: Occurrence; chores: Chore[]; timeZone: string; onDone(): void };
type Errors = { minutes?: string; at?: string; form?: string };

/**
 * An occurrence being edited in its history row: its chore (an entry logged on the wrong chore moves),
 * minutes, time and note; nothing is saved while invalid.
 */
export function HistoryEditRow({ db, occurrence, chores, timeZone, onDone }: Props) {
  const [minutes, setMinutes] = useState(String(occurrence.minutes));
  const [at, setAt] = useState(toDateTimeInput(occurrence.at, timeZone));
  const [note, setNote] = useState(occurrence.note ?? '');
  const [choreId, setChoreId] = useState(occurrence.choreId);
  // Live chores, and the entry's own even if archived, so the selection always shows where it is.
  const choices = chores.filter((c) => !c.deleted && (!c.archived || c.id === occurrence.choreId));
  const [errors, setErrors] = useState<Errors>({});
  const id = `edit-${occurrence.id}`;

  const save = async (e: Event) => {
    e.preventDefault();
    const m = readMinutes(minutes);
    const time = fromDateTimeInput(at, timeZone);
    const next: Errors = {};
    if (!m.ok) next.minutes = m.message;
    if (time === undefined) next.at = 'Enter a date and time.';
    setErrors(next);
    if (!m.ok || time === undefined) return;
    try {
      await updateOccurrence(db, occurrence.id, {
        minutes: m.value,
        at: time,
        note: note.trim(),
        ...(choreId !== occurrence.choreId ? { choreId } : {}),
      });
      onDone();
    } catch (err) {
      setErrors({ form: userMessage(err) });
    }
  };

  return (
    <tr class="editing">
      <td colSpan={4}>
        <form class="row wrap" onSubmit={save} noValidate aria-label="Edit entry">
          <label for={`${id}-chore`}>Chore of this entry</label>
          <select id={`${id}-chore`} value={choreId} onChange={(e) => setChoreId(e.currentTarget.value)}>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <label for={`${id}-at`}>When</label>
          <input
            id={`${id}-at`}
            type="datetime-local"
            value={at}
            aria-invalid={errors.at ? true : undefined}
            aria-describedby={errors.at ? `${id}-errors` : undefined}
            onInput={(e) => setAt(e.currentTarget.value)}
          />
          <label for={`${id}-minutes`}>Minutes</label>
          <input
            id={`${id}-minutes`}
            class="minutes-input"
            inputMode="decimal"
            value={minutes}
            aria-invalid={errors.minutes ? true : undefined}
            aria-describedby={errors.minutes ? `${id}-errors` : undefined}
            onInput={(e) => setMinutes(e.currentTarget.value)}
          />
          <label for={`${id}-note`}>Note</label>
          <input
            id={`${id}-note`}
            class="grow"
            value={note}
            maxLength={500}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          <button type="submit" class="primary">
            Save
          </button>
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        </form>
        <div id={`${id}-errors`}>
          {[errors.at, errors.minutes, errors.form].filter(Boolean).map((message) => (
            <p key={message} class="error" role="alert">
              {message}
            </p>
          ))}
        </div>
      </td>
    </tr>
  );
}
