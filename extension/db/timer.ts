import { TIMER_KEY } from './core/rows';
import { type TimerState, timerFromStored } from './core/timer';
import type { ToilDb } from './schema';

export { elapsedMinutes, type StoppedTimer, type TimerState } from './core/timer';

/** The running timer, or null. Started, stopped and finished by the popup (idb/quick.ts). */
export async function getTimer(db: ToilDb): Promise<TimerState | null> {
  return timerFromStored((await db.kv.get(TIMER_KEY))?.value);
}
