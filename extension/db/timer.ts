import { z } from 'zod';
import { IdSchema } from '../../shared/model';
import { liveChore } from './chore-write';
import { guardStorage, InputError, parseInput } from './errors';
import type { ToilDb } from './schema';
import { getSettings } from './settings';
import { elapsedMinutes, type StoppedTimer, TIMER_KEY, type TimerState } from './timer-math';

const TimerSchema = z.strictObject({ choreId: IdSchema, startedAt: z.number() });

export { elapsedMinutes, type StoppedTimer, TIMER_KEY, type TimerState } from './timer-math';

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
