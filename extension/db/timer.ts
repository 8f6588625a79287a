import type { ToilDb } from './schema';
import { TIMER_KEY, type TimerState, timerFromStored } from './timer-math';

export { elapsedMinutes, type StoppedTimer, TIMER_KEY, type TimerState } from './timer-math';

/** The running timer, or null. Started, stopped and finished by the popup (idb/quick.ts). */
export async function getTimer(db: ToilDb): Promise<TimerState | null> {
  return timerFromStored((await db.kv.get(TIMER_KEY))?.value);
}
