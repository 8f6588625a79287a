import { useEffect, useState } from 'preact/hooks';
import { formatMinutes } from '../../lib/format';
import { readMinutes } from '../../lib/validate';

export type Logged = { occurrenceId: string; choreName: string; minutes: number; undone: boolean };

type Props = {
  logged: Logged;
  onUndo(): void;
  /** Resolves when saved; rejects with a user message to show inline. */
  onAdjust(minutes: number): Promise<void>;
};

const step = (m: number) => (m > 30 ? 5 : m > 5 ? 1 : 0.5);

/** The confirmation right after a log: what was logged, Undo, and a quick way to fix the minutes. */
export function LogToast({ logged, onUndo, onAdjust }: Props) {
  const [text, setText] = useState(String(logged.minutes));
  const [error, setError] = useState<string>();
  useEffect(() => setText(String(logged.minutes)), [logged.minutes]);

  if (logged.undone) {
    return (
      <div class="toast card">
        {/* One paragraph: as direct children of the flex toast, the words and the name each took a line. */}
        <p role="status" class="toast-text">
          Removed <span class="name">{logged.choreName}</span>.
        </p>
      </div>
    );
  }

  const save = async (value: string) => {
    const read = readMinutes(value);
    if (!read.ok) return setError(read.message);
    setError(undefined);
    if (read.value === logged.minutes) return;
    try {
      await onAdjust(read.value);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const nudge = (delta: number) => {
    const next = Math.min(1440, Math.max(step(logged.minutes), logged.minutes + delta));
    setText(String(next));
    void save(String(next));
  };

  return (
    <div class="toast card">
      <p role="status" class="toast-text">
        <span aria-hidden="true" class="ok">
          ✓{' '}
        </span>
        Logged <span class="name">{logged.choreName}</span>, {formatMinutes(logged.minutes)}.
      </p>
      <div class="row toast-actions">
        <button type="button" aria-label="Fewer minutes" onClick={() => nudge(-step(logged.minutes))}>
          −
        </button>
        <label class="visually-hidden" for="toast-minutes">
          Minutes for {logged.choreName}
        </label>
        <input
          id="toast-minutes"
          class="minutes-input"
          inputMode="decimal"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'toast-minutes-error' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void save(e.currentTarget.value);
          }}
          onBlur={(e) => void save(e.currentTarget.value)}
        />
        <span class="muted">min</span>
        <button type="button" aria-label="More minutes" onClick={() => nudge(step(logged.minutes))}>
          +
        </button>
        <span class="grow" />
        <button type="button" class="undo" onClick={onUndo}>
          Undo
        </button>
      </div>
      {error ? (
        <p id="toast-minutes-error" class="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
