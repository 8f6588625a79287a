import type { Team, TeamSettings } from '../../shared/api/teams';
import { MAX_ATTEMPTS } from './push';
import { weekRebuildStatements } from './rebuild-weeks';
import {
  getTeam,
  getTeamRow,
  settingColumns,
  settingsOf,
  settingValues,
  type TeamRow,
  updateTeamStatement,
} from './teams';
import { isStalePlan } from './write-guard';

type TeamChange = { name?: string | undefined; settings?: Partial<TeamSettings> | undefined };

/** A test seam: `afterRead` runs between a change's read and its write (the route passes none). */
type TeamChangeOptions = { afterRead?: () => Promise<void> };

/**
 * The first statement of a settings batch: it fails the whole batch (through push_guard's CHECK) when the
 * team's name or settings are no longer the ones read (another admin's change would be overwritten), or,
 * for a batch that moves occurrences to new weeks, when a push committed since the read (its entries
 * carry weeks of the old settings, and the moves computed from the read would miss them: every push
 * bumps the team's version).
 */
function guard(db: D1Database, read: TeamRow, moving: boolean): D1PreparedStatement {
  const same = settingColumns.map((c, i) => `${c} = ?${i + 3}`).join(' AND ');
  const version = `?${settingColumns.length + 3}`;
  return db
    .prepare(
      `INSERT INTO push_guard (stale) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM teams WHERE id = ?1
         AND name = ?2 AND ${same} AND (${version} IS NULL OR version = ${version}))`,
    )
    .bind(read.id, read.name, ...settingValues(settingsOf(read)), moving ? read.version : null);
}

/**
 * Saves a new name or settings with what follows from them, in one transaction: a new time zone or week
 * start moves every occurrence to its new week and rebuilds the rollups in the same batch. Read, then a
 * guarded write; when the team changed in between, read and write again, at most MAX_ATTEMPTS times.
 * Answers the team, null when it is gone, or 'contended' when every attempt lost its race.
 */
export async function changeTeam(
  db: D1Database,
  teamId: string,
  change: TeamChange,
  options: TeamChangeOptions = {},
): Promise<Team | null | 'contended'> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const row = await getTeamRow(db, teamId);
    if (!row) return null;
    const before = settingsOf(row);
    const settings = { ...before, ...change.settings };
    const moving = settings.timeZone !== before.timeZone || settings.weekStartsOn !== before.weekStartsOn;
    // Read after the version: a push committing after that read is caught by the guard.
    const moves = moving
      ? await weekRebuildStatements(db, teamId, settings.timeZone, settings.weekStartsOn)
      : [];
    await options.afterRead?.();
    try {
      await db.batch([
        guard(db, row, moving),
        updateTeamStatement(db, teamId, change.name ?? row.name, settings),
        ...moves,
      ]);
      return getTeam(db, teamId);
    } catch (error) {
      if (!isStalePlan(error)) throw error;
    }
  }
  return 'contended';
}
