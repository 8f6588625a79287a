import { z } from 'zod';
import { IdSchema } from '../../shared/model';
import { liveChore } from './chore-write';
import { guardStorage, InputError, parseInput } from './errors';
import type { ToilDb } from './schema';
import { getSettings } from './settings';

export const TIMER_KEY = 'timer';
const TimerSchema = z.strictObject({ choreId: IdSchema, startedAt: z.number() });
export type TimerState = z.infer<typeof TimerSchema>;

export type StoppedTimer = {
  choreId: string;
  /** Whole minutes run, at least 1; the cap when capped. */
  minutes: number;
  /** It ran past the cap (settings.timerCapMinutes): ask the user to confirm the minutes before logging. */
  capped: boolean;
};

export async function getTimer(db: ToilDb): Promise<TimerState | null> {
  const row = await db.kv.get(TIMER_KEY);
  const parsed = TimerSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/** Starts timing a chore whose length isn't known. One timer at a time: a running one must be stopped. */
export async function startTimer(db: ToilDb, choreId: string, now = Date.now()): Promise<TimerState> {
  const id = parseInput(IdSchema, choreId);
  return guardStorage(() =>
    db.transaction('rw', [db.kv, db.chores], async () => {
      await liveChore(db, id);
      if (await getTimer(db)) throw new InputError(['A timer is already running; stop it first.']);
      const timer = { choreId: id, startedAt: now };
      await db.kv.put({ key: TIMER_KEY, value: timer });
      return timer;
    }),
  );
}

export function elapsedMinutes(
  timer: TimerState,
  now: number,
  capMinutes: number,
): Omit<StoppedTimer, 'choreId'> {
  const minutes = Math.max(1, Math.round((now - timer.startedAt) / 60_000));
  return minutes > capMinutes ? { minutes: capMinutes, capped: true } : { minutes, capped: false };
}

/**
 * Stops the timer and says how long it ran; the caller logs it (source 'timer'), after asking the user
 * to confirm the minutes when it was capped: a timer forgotten overnight must not log 26 hours.
 */
export async function stopTimer(db: ToilDb, now = Date.now()): Promise<StoppedTimer> {
  return guardStorage(() =>
    db.transaction('rw', [db.kv], async () => {
      const timer = await getTimer(db);
      if (!timer) throw new InputError(['No timer is running.']);
      const { timerCapMinutes } = await getSettings(db);
      await db.kv.delete(TIMER_KEY);
      return { choreId: timer.choreId, ...elapsedMinutes(timer, now, timerCapMinutes) };
    }),
  );
}

export async function cancelTimer(db: ToilDb): Promise<void> {
  return guardStorage(() => db.kv.delete(TIMER_KEY));
}
