-- The push path keeps its promises (issue 11): a member's own view of each chore key, private-chore
-- tombstones, the optimistic write guard, and the indexes that keep every statement of a push off a
-- whole-table or whole-team scan (tests/worker/push-plans.test.ts checks each statement's plan).

-- Per team, chore key and member: that member's view of the key, from their live chores with it (name,
-- status and automation figures of their most recently pushed one, their average annoyance, their
-- earliest creation). The team's chore_keys row is decided from these rows, one vote per member, so a
-- member with many chores of one name has one say, and a push recomputes only its own member's rows.
-- Never returned by any endpoint. Goes with the team (the foreign key), whoever deletes it.
CREATE TABLE member_chore_keys (
  team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  member_id TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  status TEXT NOT NULL,
  annoyance REAL NOT NULL,
  automated_at INTEGER,
  automation_hours REAL,
  automation_estimate_hours REAL,
  upkeep_hours_per_year REAL,
  PRIMARY KEY (team_id, key, member_id)
) WITHOUT ROWID;

-- A chore made private on one of the member's devices: only its id and owner, so that later pushes of
-- it (or of its occurrences) are refused and the member's other devices learn of it when they pull.
-- Goes with the member (leaving, removal, erasure) and so with the team, whoever deletes them.
CREATE TABLE private_chores (
  id TEXT PRIMARY KEY,
  team_id TEXT NOT NULL,
  member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  version INTEGER NOT NULL
);
CREATE INDEX private_chores_member_version ON private_chores(member_id, version, id);

-- Never holds a row. A push's write batch starts by inserting one here when what it planned from is no
-- longer so (the member is gone, the team's week settings changed, or another push of the same member
-- committed since the read); the CHECK then fails the statement, and D1 rolls the whole batch back.
CREATE TABLE push_guard (
  stale INTEGER NOT NULL,
  CONSTRAINT push_plan_is_stale CHECK (stale = 0)
);

-- Occurrences of a member in a time range: the per-day limit counts through it.
CREATE INDEX occurrences_member_at ON occurrences(member_id, at);

-- Existing data: each member's view of each key, then the team's descriptors decided from them
-- (the same rule as worker/db/chore-keys.ts, which maintains both from here on).
INSERT INTO member_chore_keys (team_id, key, member_id, name, created_at, status, annoyance, automated_at,
  automation_hours, automation_estimate_hours, upkeep_hours_per_year)
SELECT team_id, key, member_id, name, first_created, status, avg_annoyance, automated_at, automation_hours,
  automation_estimate_hours, upkeep_hours_per_year FROM (
  SELECT c.*, ROW_NUMBER() OVER (PARTITION BY c.team_id, c.key, c.member_id ORDER BY c.version DESC, c.id) AS rn,
    MIN(c.created_at) OVER (PARTITION BY c.team_id, c.key, c.member_id) AS first_created,
    AVG(c.annoyance) OVER (PARTITION BY c.team_id, c.key, c.member_id) AS avg_annoyance
  FROM chores c WHERE c.deleted = 0 AND c.archived = 0
) WHERE rn = 1;

DELETE FROM chore_keys;
INSERT INTO chore_keys (team_id, key, name, created_at, status, annoyance, automated_at, automation_hours,
  automation_estimate_hours, upkeep_hours_per_year, people)
WITH status_votes AS (
  SELECT team_id, key, status, MIN(automated_at) AS automated_at, AVG(automation_hours) AS automation_hours,
    AVG(automation_estimate_hours) AS automation_estimate_hours, AVG(upkeep_hours_per_year) AS upkeep_hours_per_year,
    ROW_NUMBER() OVER (PARTITION BY team_id, key ORDER BY COUNT(*) DESC,
      CASE status WHEN 'manual' THEN 0 WHEN 'automating' THEN 1 ELSE 2 END) AS rn
  FROM member_chore_keys GROUP BY team_id, key, status
), name_votes AS (
  SELECT team_id, key, name,
    ROW_NUMBER() OVER (PARTITION BY team_id, key ORDER BY COUNT(*) DESC, MIN(created_at), name) AS rn
  FROM member_chore_keys GROUP BY team_id, key, name
), totals AS (
  SELECT team_id, key, COUNT(*) AS people, MIN(created_at) AS created_at,
    CAST(ROUND(AVG(annoyance)) AS INTEGER) AS annoyance
  FROM member_chore_keys GROUP BY team_id, key
)
SELECT t.team_id, t.key, n.name, t.created_at, s.status, t.annoyance, s.automated_at, s.automation_hours,
  s.automation_estimate_hours, s.upkeep_hours_per_year, t.people
FROM totals t
JOIN status_votes s ON s.team_id = t.team_id AND s.key = t.key AND s.rn = 1
JOIN name_votes n ON n.team_id = t.team_id AND n.key = t.key AND n.rn = 1;
