import { useEffect, useRef, useState } from 'preact/hooks';
import { formatMinutes } from '../../lib/format';
import { readMinutes } from '../../lib/validate';

type Props = {
  choreName: string;
  cappedMinutes: number;
  onConfirm(minutes: number): Promise<void>;
  /** "Don't log": the timer ends and nothing is logged. */
  onDiscard(): void;
  /** "Decide later" or Escape: the timer keeps running and is asked about at the next stop. */
  onDismiss(): void;
};

/** A timer ran past the cap (e.g. left on overnight): the user confirms what to log instead of 26 hours. */
export function TimerCapDialog({ choreName, cappedMinutes, onConfirm, onDiscard, onDismiss }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState(String(Math.round(cappedMinutes)));
  const [error, setError] = useState<string>();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    const read = readMinutes(text);
    if (!read.ok) return setError(read.message);
    try {
      await onConfirm(read.value);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <dialog ref={ref} class="timer-cap" aria-labelledby="timer-cap-title" onCancel={onDismiss}>
      <form onSubmit={submit} noValidate>
        <h2 id="timer-cap-title">Was the timer left running?</h2>
        <p>
          The timer for <span class="name">{choreName}</span> ran longer than the cap of{' '}
          {formatMinutes(cappedMinutes)}. How many minutes should be logged?
        </p>
        <div class="row">
          <label for="timer-cap-minutes">Minutes</label>
          <input
            id="timer-cap-minutes"
            class="minutes-input"
            inputMode="decimal"
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'timer-cap-error' : undefined}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        {error ? (
          <p id="timer-cap-error" class="error" role="alert">
            {error}
          </p>
        ) : null}
        <div class="row dialog-actions">
          <button type="button" onClick={onDismiss} title="The timer keeps running">
            Decide later
          </button>
          <button type="button" onClick={onDiscard}>
            Don't log
          </button>
          <button type="submit" class="primary">
            Log these minutes
          </button>
        </div>
      </form>
    </dialog>
  );
}
