/** The timer's stored shape and arithmetic, free of zod (the popup and the background use them). */

export type TimerState = { choreId: string; startedAt: number };

export type StoppedTimer = {
  choreId: string;
  /** Whole minutes run, at least 1; the cap when capped. */
  minutes: number;
  /** It ran past the cap (settings.timerCapMinutes): ask the user to confirm the minutes before logging. */
  capped: boolean;
};

export function elapsedMinutes(
  timer: TimerState,
  now: number,
  capMinutes: number,
): Omit<StoppedTimer, 'choreId'> {
  const minutes = Math.max(1, Math.round((now - timer.startedAt) / 60_000));
  return minutes > capMinutes ? { minutes: capMinutes, capped: true } : { minutes, capped: false };
}

/** A stored timer, or null when none runs (or the stored value is not one). */
export function timerFromStored(value: unknown): TimerState | null {
  const timer = value as Partial<TimerState> | null | undefined;
  return typeof timer?.choreId === 'string' && typeof timer.startedAt === 'number'
    ? { choreId: timer.choreId, startedAt: timer.startedAt }
    : null;
}
