import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Chore } from '../../../shared/model';
import { choreKey } from '../../../shared/text';
import type { ChoreButton } from '../../db/core/snapshot';
import { readChoreName, readMinutes } from '../../lib/validate';

/**
 * The id of the list the name field offers suggestions from: the team's chore names, when a team view
 * renders them (team/TeamChoreNames.tsx); without a team the list is absent and nothing is offered.
 */
export const TEAM_CHORE_NAMES = 'team-chore-names';

type Props = {
  /** Existing chores whose normalised key matches what is typed. */
  findMatches(text: string): Promise<Chore[]>;
  /** Logs a new chore (or the existing one with the same key); rejects with a user message. */
  onLogNew(name: string, minutes: number): Promise<void>;
  onLogExisting(chore: Chore, minutes: number | undefined): Promise<void>;
  /** Put the cursor in the name field once shown (the popup opens there). */
  autoFocus?: boolean;
  /** The numbered buttons: a lone digit and Enter log that button (keys 1 to 9, typed in the field). */
  numbered?: readonly ChoreButton[];
};

type Errors = { name?: string; minutes?: string; form?: string };

/** One line to log something new: name and minutes, Enter logs it; matching chores are offered instead. */
export function NewChoreLine({
  findMatches,
  onLogNew,
  onLogExisting,
  autoFocus = false,
  numbered = [],
}: Props) {
  const nameField = useRef<HTMLInputElement>(null);
  // Right as it is shown, so a key pressed at once lands in it (an effect would run a frame later).
  useLayoutEffect(() => {
    if (autoFocus) nameField.current?.focus();
  }, []);
  const [name, setName] = useState('');
  const [minutes, setMinutes] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [matches, setMatches] = useState<Chore[]>([]);

  useEffect(() => {
    let current = true;
    if (choreKey(name) === '') setMatches([]);
    else void findMatches(name).then((found) => current && setMatches(found.slice(0, 4)));
    return () => {
      current = false;
    };
  }, [name, findMatches]);

  const exact = matches.find((m) => choreKey(m.name) === choreKey(name));
  // "3" then Enter logs the third button: the keys 1 to 9 as they work with the cursor in this field.
  const button = /^[1-9]$/.test(name.trim()) ? numbered[Number(name.trim()) - 1] : undefined;
  // Clears only what was submitted: text typed while the log was being saved stays.
  const reset = (sentName: string, sentMinutes: string) => {
    setName((n) => (n === sentName ? '' : n));
    setMinutes((m) => (m === sentMinutes ? '' : m));
    setErrors({});
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const readName = readChoreName(name);
    // An exact match or a button may be logged with its usual minutes; anything new needs its minutes.
    const readMin = (exact || button) && minutes.trim() === '' ? null : readMinutes(minutes);
    const next: Errors = {};
    if (!readName.ok) next.name = readName.message;
    if (readMin && !readMin.ok) next.minutes = readMin.message;
    setErrors(next);
    if (!readName.ok || (readMin && !readMin.ok)) return;
    try {
      if (button) await onLogExisting(button.chore, readMin?.value);
      else if (exact) await onLogExisting(exact, readMin?.value);
      else if (readMin) await onLogNew(readName.value, readMin.value);
      reset(name, minutes);
    } catch (error) {
      setErrors({ form: error instanceof Error ? error.message : String(error) });
    }
  };

  const useMatch = async (chore: Chore) => {
    const readMin = minutes.trim() === '' ? null : readMinutes(minutes);
    if (readMin && !readMin.ok) return setErrors({ minutes: readMin.message });
    try {
      await onLogExisting(chore, readMin?.value);
      reset(name, minutes);
    } catch (error) {
      setErrors({ form: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <form class="new-chore" onSubmit={submit} noValidate aria-labelledby="new-chore-title">
      <h2 id="new-chore-title" class="visually-hidden">
        Log a new chore
      </h2>
      <div class="row">
        <label for="new-chore-name" class="visually-hidden">
          Chore name
        </label>
        {/* data-number-keys: while empty, keys 1 to 9 log a button (log/number-keys.ts), not a name. */}
        <input
          ref={nameField}
          id="new-chore-name"
          data-number-keys
          class="grow"
          list={TEAM_CHORE_NAMES}
          placeholder="New chore, e.g. Restart CI job"
          autoComplete="off"
          value={name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? 'new-chore-name-error' : 'new-chore-matches'}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <label for="new-chore-minutes" class="visually-hidden">
          Minutes
        </label>
        <input
          id="new-chore-minutes"
          class="minutes-input"
          placeholder="min"
          inputMode="decimal"
          autoComplete="off"
          value={minutes}
          aria-invalid={errors.minutes ? true : undefined}
          aria-describedby={errors.minutes ? 'new-chore-minutes-error' : undefined}
          onInput={(e) => setMinutes(e.currentTarget.value)}
        />
        <button type="submit" class="primary">
          Log
        </button>
      </div>
      {errors.name ? (
        <p id="new-chore-name-error" class="error" role="alert">
          {errors.name}
        </p>
      ) : null}
      {errors.minutes ? (
        <p id="new-chore-minutes-error" class="error" role="alert">
          {errors.minutes}
        </p>
      ) : null}
      {errors.form ? (
        <p class="error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div id="new-chore-matches" aria-live="polite">
        {button ? (
          <p class="small muted number-hint">
            Enter logs button {name.trim()}: <span class="name">{button.chore.name}</span>
          </p>
        ) : null}
        {matches.length > 0 ? (
          <ul class="matches" aria-label="Existing chores that match">
            {matches.map((m) => (
              <li key={m.id}>
                <button type="button" class="link small" onClick={() => void useMatch(m)}>
                  Log existing “<span class="name">{m.name}</span>”
                  {m.archived ? ' (archived)' : m.status === 'automated' ? ' (automated)' : ''}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </form>
  );
}
