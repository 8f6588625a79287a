/** The timer's stored shape and arithmetic, free of zod (the popup and the background use them). */

export type TimerState = { choreId: string; startedAt: number };

export type StoppedTimer = {
  choreId: string;
  /** Whole minutes run, at least 1; the cap when capped. */
  minutes: number;
  /** It ran past the cap (settings.timerCapMinutes): ask the user to confirm the minutes before logging. */
  capped: boolean;
  /**
   * It ran under a minute, most likely started by mistake (a 3-second timer logged "1 min" and pulled
   * the chore's usual minutes down): ask before logging the 1 minute.
   */
  short: boolean;
  /** Whole seconds run (for "the timer ran 3 seconds"). */
  seconds: number;
};

/** A timer stopped before this ran under a minute. */
export const SHORT_TIMER_MS = 60_000;

export function elapsedMinutes(
  timer: TimerState,
  now: number,
  capMinutes: number,
): Omit<StoppedTimer, 'choreId'> {
  const ms = Math.max(0, now - timer.startedAt);
  const seconds = Math.round(ms / 1000);
  if (ms < SHORT_TIMER_MS) return { minutes: 1, capped: false, short: true, seconds };
  const minutes = Math.max(1, Math.round(ms / 60_000));
  return minutes > capMinutes
    ? { minutes: capMinutes, capped: true, short: false, seconds }
    : { minutes, capped: false, short: false, seconds };
}

/** A stored timer, or null when none runs (or the stored value is not one). */
export function timerFromStored(value: unknown): TimerState | null {
  const timer = value as Partial<TimerState> | null | undefined;
  return typeof timer?.choreId === 'string' && typeof timer.startedAt === 'number'
    ? { choreId: timer.choreId, startedAt: timer.startedAt }
    : null;
}
