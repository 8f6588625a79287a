import { jsonChunks } from './json-chunks';

/**
 * The latest week holding a rollup cell of the team's (?1) key `key` (chore_keys.last_week, migration
 * 0006): the last entry of member_week_totals' (team, key, week) primary key.
 */
export const LAST_WEEK = (key: string) =>
  `SELECT MAX(week_start) FROM member_week_totals WHERE team_id = ?1 AND chore_key = ${key}`;

/** The keys of a statement's JSON argument (a JSON array of keys). */
const KEYS = (param: string) => `SELECT value FROM json_each(${param})`;

/**
 * Recomputes members' views of keys (member_chore_keys) from their live chores: the name, status, traits
 * that change the ranking and automation figures of their most recently pushed chore with the key, their
 * average annoyance, their earliest creation. Archived and deleted chores are left out, as the extension's own ranking leaves
 * them out. One pass over these members' chores with these keys.
 */
function memberKeys(db: D1Database, teamId: string, memberId: string | null, json: string) {
  // A push passes its member: the (team, member, key) index then reads only that member's chores.
  const whose = memberId === null ? '' : 'AND member_id = ?2';
  return [
    db
      .prepare(`DELETE FROM member_chore_keys WHERE team_id = ?1 ${whose} AND key IN (${KEYS('?3')})`)
      .bind(teamId, memberId, json),
    db
      .prepare(
        `INSERT INTO member_chore_keys (team_id, key, member_id, name, created_at, status, annoyance, automated_at,
           automation_hours, automation_estimate_hours, upkeep_hours_per_year, automatable, scales_linearly)
         SELECT team_id, key, member_id, name, first_created, status, avg_annoyance, automated_at, automation_hours,
           automation_estimate_hours, upkeep_hours_per_year,
           CASE WHEN json_extract(traits, '$.automatable') THEN 1 ELSE 0 END,
           CASE WHEN json_extract(traits, '$.scalesLinearly') THEN 1 ELSE 0 END FROM (
           SELECT c.*, ROW_NUMBER() OVER (PARTITION BY c.key, c.member_id ORDER BY c.version DESC, c.id) AS rn,
             MIN(c.created_at) OVER (PARTITION BY c.key, c.member_id) AS first_created,
             AVG(c.annoyance) OVER (PARTITION BY c.key, c.member_id) AS avg_annoyance
           FROM chores c WHERE c.team_id = ?1 ${whose} AND c.key IN (${KEYS('?3')})
             AND c.deleted = 0 AND c.archived = 0
         ) WHERE rn = 1`,
      )
      .bind(teamId, memberId, json),
  ];
}

/**
 * Decides the team's descriptor of each key (chore_keys) from its members' views, one vote per member:
 * the status most members give it (a tie goes to the least automated: manual, then automating, so one
 * member cannot drop a shared chore from the recommendation), that status's automation figures
 * averaged over the members giving it (automatedAt: the earliest), the name most members use (a tie goes
 * to the one first created, then the first in code-point order), annoyance averaged per member, people
 * = members; automatable unless most members say otherwise (a tie stays automatable, as a tie of status
 * stays manual), growing with the service only when most members say so (migration 0005). One pass over
 * the key's member rows. The team's count of keys follows (migration 0006).
 */
function teamKeys(db: D1Database, teamId: string, json: string) {
  // The team's count of keys (the catalogue's total) loses the keys' rows before they go and gains them
  // back once decided: each a lookup of these keys by primary key.
  const recount = (sign: '+' | '-') =>
    db
      .prepare(
        `UPDATE teams SET chore_key_count = chore_key_count ${sign} (
           SELECT COUNT(*) FROM chore_keys WHERE team_id = ?1 AND key IN (${KEYS('?2')})) WHERE id = ?1`,
      )
      .bind(teamId, json);
  return [
    recount('-'),
    db.prepare(`DELETE FROM chore_keys WHERE team_id = ?1 AND key IN (${KEYS('?2')})`).bind(teamId, json),
    db
      .prepare(
        `INSERT INTO chore_keys (team_id, key, name, created_at, status, annoyance, automated_at, automation_hours,
           automation_estimate_hours, upkeep_hours_per_year, people, automatable, scales_linearly, last_week)
         WITH m AS (
           SELECT * FROM member_chore_keys WHERE team_id = ?1 AND key IN (${KEYS('?2')})
         ), status_votes AS (
           SELECT key, status, MIN(automated_at) AS automated_at, AVG(automation_hours) AS automation_hours,
             AVG(automation_estimate_hours) AS automation_estimate_hours,
             AVG(upkeep_hours_per_year) AS upkeep_hours_per_year,
             ROW_NUMBER() OVER (PARTITION BY key ORDER BY COUNT(*) DESC,
               CASE status WHEN 'manual' THEN 0 WHEN 'automating' THEN 1 ELSE 2 END) AS rn
           FROM m GROUP BY key, status
         ), name_votes AS (
           SELECT key, name, ROW_NUMBER() OVER (PARTITION BY key ORDER BY COUNT(*) DESC, MIN(created_at), name) AS rn
           FROM m GROUP BY key, name
         ), totals AS (
           SELECT key, COUNT(*) AS people, MIN(created_at) AS created_at,
             CAST(ROUND(AVG(annoyance)) AS INTEGER) AS annoyance,
             CASE WHEN 2 * SUM(automatable) >= COUNT(*) THEN 1 ELSE 0 END AS automatable,
             CASE WHEN 2 * SUM(scales_linearly) > COUNT(*) THEN 1 ELSE 0 END AS scales_linearly
           FROM m GROUP BY key
         )
         SELECT ?1, t.key, n.name, t.created_at, s.status, t.annoyance, s.automated_at, s.automation_hours,
           s.automation_estimate_hours, s.upkeep_hours_per_year, t.people, t.automatable, t.scales_linearly,
           (${LAST_WEEK('t.key')})
         FROM totals t
         JOIN status_votes s ON s.key = t.key AND s.rn = 1
         JOIN name_votes n ON n.key = t.key AND n.rn = 1`,
      )
      .bind(teamId, json),
    recount('+'),
  ];
}

/**
 * Statements that recompute the descriptors of `keys` after a change to chores with them: the given
 * member's views (or every member's, for null), then the team's. A push passes its member, so its cost
 * grows with that member's chores of the keys it touched, never with the team's history.
 */
export function recomputeKeys(
  db: D1Database,
  teamId: string,
  memberId: string | null,
  keys: string[],
): D1PreparedStatement[] {
  return jsonChunks([...new Set(keys)]).flatMap((json) => [
    ...memberKeys(db, teamId, memberId, json),
    ...teamKeys(db, teamId, json),
  ]);
}
