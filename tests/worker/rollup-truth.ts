import { env } from 'cloudflare:test';

/**
 * The rollups as D1 holds them, and as a GROUP BY over the team's live rows says they must be: a live
 * occurrence of a live (not deleted, not archived) chore counts in its chore's key and week, and a key's
 * latest week is that of its latest live occurrence. The counters the limits read (migration 0006) come
 * too, beside the COUNT(*) they must equal.
 */
export async function rollupsAndTruth(teamId: string) {
  const all = async (sql: string) => (await env.DB.prepare(sql).bind(teamId).all()).results;
  const live = `FROM occurrences o JOIN chores c ON c.id = o.chore_id
    WHERE o.team_id = ? AND o.deleted = 0 AND c.deleted = 0 AND c.archived = 0`;
  return {
    stored: {
      week: await all(`SELECT chore_key AS k, week_start AS w, occurrences AS n, minutes AS m, people AS p
        FROM week_totals WHERE team_id = ? ORDER BY k, w`),
      member: await all(`SELECT chore_key AS k, week_start AS w, member_id AS who, occurrences AS n,
        minutes AS m FROM member_week_totals WHERE team_id = ? ORDER BY k, w, who`),
      keys: await all('SELECT key AS k, people AS p FROM chore_keys WHERE team_id = ? ORDER BY k'),
      lastWeeks: await all('SELECT key AS k, last_week AS w FROM chore_keys WHERE team_id = ? ORDER BY k'),
      members: await all(`SELECT id AS who, chore_count AS chores, occurrence_count AS occurrences
        FROM members WHERE team_id = ? ORDER BY id`),
      team: await all('SELECT record_count AS records, chore_key_count AS keys FROM teams WHERE id = ?'),
    },
    truth: {
      week: await all(`SELECT c.key AS k, o.week_start AS w, COUNT(*) AS n, SUM(o.minutes) AS m,
        COUNT(DISTINCT o.member_id) AS p ${live} GROUP BY c.key, o.week_start ORDER BY k, w`),
      member: await all(`SELECT c.key AS k, o.week_start AS w, o.member_id AS who, COUNT(*) AS n,
        SUM(o.minutes) AS m ${live} GROUP BY c.key, o.week_start, o.member_id ORDER BY k, w, who`),
      keys: await all(`SELECT key AS k, COUNT(DISTINCT member_id) AS p FROM chores
        WHERE team_id = ? AND deleted = 0 AND archived = 0 GROUP BY key ORDER BY k`),
      lastWeeks: await all(`SELECT key AS k,
          (SELECT MAX(o.week_start) FROM occurrences o JOIN chores c ON c.id = o.chore_id
           WHERE o.team_id = ?1 AND o.deleted = 0 AND c.deleted = 0 AND c.archived = 0 AND c.key = chores.key) AS w
        FROM chores WHERE team_id = ?1 AND deleted = 0 AND archived = 0 GROUP BY key ORDER BY k`),
      members: await all(`SELECT m.id AS who,
        (SELECT COUNT(*) FROM chores WHERE member_id = m.id)
          + (SELECT COUNT(*) FROM private_chores WHERE member_id = m.id) AS chores,
        (SELECT COUNT(*) FROM occurrences WHERE member_id = m.id) AS occurrences
        FROM members m WHERE m.team_id = ? ORDER BY m.id`),
      team: await all(`SELECT (SELECT COUNT(*) FROM chores WHERE team_id = t.id)
          + (SELECT COUNT(*) FROM occurrences WHERE team_id = t.id)
          + (SELECT COUNT(*) FROM private_chores WHERE team_id = t.id) AS records,
        (SELECT COUNT(*) FROM chore_keys WHERE team_id = t.id) AS keys
        FROM teams t WHERE t.id = ?`),
    },
    /** Occurrences whose chore the server does not hold (made private, or never pushed): none, ever. */
    orphans: (
      await all(`SELECT o.id FROM occurrences o WHERE o.team_id = ?
        AND NOT EXISTS (SELECT 1 FROM chores c WHERE c.id = o.chore_id)`)
    ).length,
  };
}

export async function teamOf(memberId: string): Promise<string> {
  const row = await env.DB.prepare('SELECT team_id FROM members WHERE id = ?')
    .bind(memberId)
    .first<{ team_id: string }>();
  if (!row) throw new Error(`no member ${memberId}`);
  return row.team_id;
}
