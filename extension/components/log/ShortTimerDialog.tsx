import { useEffect, useRef } from 'preact/hooks';

type Props = {
  choreName: string;
  seconds: number;
  onLog(): void;
  /** "Discard", Escape, or closing the popup: nothing is logged (the timer has already ended). */
  onDiscard(): void;
};

const ran = (seconds: number) =>
  seconds < 1 ? 'under a second' : seconds === 1 ? '1 second' : `${seconds} seconds`;

/**
 * A timer stopped under a minute, most likely started by mistake: logging it as "1 min" pulled the
 * chore's usual minutes down. Asked, the user logs the minute or lets it go.
 */
export function ShortTimerDialog({ choreName, seconds, onLog, onDiscard }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);
  return (
    <dialog
      ref={ref}
      class="timer-cap short-timer"
      aria-labelledby="short-timer-title"
      aria-describedby="short-timer-text"
      onCancel={onDiscard}
    >
      <h2 id="short-timer-title">
        Log 1 min for <span class="name">{choreName}</span>?
      </h2>
      <p id="short-timer-text">The timer ran {ran(seconds)}. Was it started by mistake?</p>
      <div class="row dialog-actions">
        <button type="button" onClick={onDiscard}>
          Discard
        </button>
        <button type="button" class="primary" onClick={onLog}>
          Log 1 min
        </button>
      </div>
    </dialog>
  );
}
