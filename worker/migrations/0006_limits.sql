-- What one member or one team may make the server hold (issue 22), counted where a push can read it in
-- one row and its write can keep it exact: worker/db/push-write.ts, erase.ts and member-exit.ts keep
-- these counters, tests/worker/rollup-truth.ts checks them against COUNT(*) after every test that uses it.

-- Per member: chores the server holds of them, deleted ones and private-chore tombstones included
-- (MAX_CHORES_PER_MEMBER), and occurrences, deleted ones included (MAX_OCCURRENCES_PER_MEMBER).
ALTER TABLE members ADD COLUMN chore_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE members ADD COLUMN occurrence_count INTEGER NOT NULL DEFAULT 0;
-- Per team: its records (chores, occurrences and private-chore tombstones, of members present or gone;
-- MAX_RECORDS_PER_TEAM), and its chore keys (the catalogue's total, without counting the keys).
ALTER TABLE teams ADD COLUMN record_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE teams ADD COLUMN chore_key_count INTEGER NOT NULL DEFAULT 0;

UPDATE members SET
  chore_count = (SELECT COUNT(*) FROM chores WHERE member_id = members.id)
    + (SELECT COUNT(*) FROM private_chores WHERE member_id = members.id),
  occurrence_count = (SELECT COUNT(*) FROM occurrences WHERE member_id = members.id);
UPDATE teams SET
  record_count = (SELECT COUNT(*) FROM chores WHERE team_id = teams.id)
    + (SELECT COUNT(*) FROM occurrences WHERE team_id = teams.id)
    + (SELECT COUNT(*) FROM private_chores WHERE team_id = teams.id),
  chore_key_count = (SELECT COUNT(*) FROM chore_keys WHERE team_id = teams.id);

-- Per chore key, the latest week holding a rollup cell of it (NULL: none), kept with the rollups
-- (worker/db/rollups.ts, chore-keys.ts, rebuild-weeks.ts): the leaderboard and the dashboard read the
-- descriptors of the keys logged since the first week they show, through chore_keys_recent, never those of
-- chores nobody logged.
ALTER TABLE chore_keys ADD COLUMN last_week INTEGER;
UPDATE chore_keys SET last_week = (SELECT MAX(m.week_start) FROM member_week_totals m
  WHERE m.team_id = chore_keys.team_id AND m.chore_key = chore_keys.key);
CREATE INDEX chore_keys_recent ON chore_keys(team_id, last_week);

-- The catalogue's page, the most shared first, read in index order (LIMIT CATALOGUE_PAGE), not by
-- reading every key of the team and sorting.
CREATE INDEX chore_keys_shared ON chore_keys(team_id, people DESC, key);
-- The automated keys the dashboard measures, the most shared first, then the most recently automated:
-- at most LEADERBOARD_PAGE of them, read in index order.
CREATE INDEX chore_keys_automated ON chore_keys(team_id, status, people, automated_at);
