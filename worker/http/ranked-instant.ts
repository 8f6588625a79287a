import { fromLocal } from '../../shared/local-time';
import type { TeamRow } from '../db/teams';
import { HttpError } from './http-error';

/** The instant to rank around: noon of the given local date (the `week` query), or now. */
export function rankedInstant(team: TeamRow, week: string | undefined, now = Date.now()): number {
  if (!week) return now;
  const at = fromLocal(week, '12:00', team.time_zone);
  if (typeof at === 'string') throw new HttpError(400, 'invalid_request', `week: ${at}`);
  return at;
}
