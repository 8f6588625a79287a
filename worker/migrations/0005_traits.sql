-- The toil traits that change the ranking (issue 14), decided per chore key as its status is: one vote
-- per member. A chore key not marked automatable by most of its members is never the team's
-- "automate this first" (a tie counts as automatable, so one member cannot drop a shared chore from the
-- recommendation); one most members mark as growing with the service has its measured growth weigh in
-- the ranking (a tie does not, so one member cannot inflate a shared chore). worker/db/chore-keys.ts
-- maintains both from here on; shared/pick.ts and shared/trend.ts use them.
ALTER TABLE member_chore_keys ADD COLUMN automatable INTEGER NOT NULL DEFAULT 1;
ALTER TABLE member_chore_keys ADD COLUMN scales_linearly INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chore_keys ADD COLUMN automatable INTEGER NOT NULL DEFAULT 1;
ALTER TABLE chore_keys ADD COLUMN scales_linearly INTEGER NOT NULL DEFAULT 0;

-- Existing data: each member's view takes the traits of their most recently pushed live chore of the
-- key (the chore its name and status come from), then the team's descriptor counts the votes.
UPDATE member_chore_keys SET
  automatable = (
    SELECT CASE WHEN json_extract(c.traits, '$.automatable') THEN 1 ELSE 0 END FROM chores c
    WHERE c.team_id = member_chore_keys.team_id AND c.member_id = member_chore_keys.member_id
      AND c.key = member_chore_keys.key AND c.deleted = 0 AND c.archived = 0
    ORDER BY c.version DESC, c.id LIMIT 1),
  scales_linearly = (
    SELECT CASE WHEN json_extract(c.traits, '$.scalesLinearly') THEN 1 ELSE 0 END FROM chores c
    WHERE c.team_id = member_chore_keys.team_id AND c.member_id = member_chore_keys.member_id
      AND c.key = member_chore_keys.key AND c.deleted = 0 AND c.archived = 0
    ORDER BY c.version DESC, c.id LIMIT 1);

UPDATE chore_keys SET
  automatable = (
    SELECT CASE WHEN 2 * SUM(m.automatable) >= COUNT(*) THEN 1 ELSE 0 END FROM member_chore_keys m
    WHERE m.team_id = chore_keys.team_id AND m.key = chore_keys.key),
  scales_linearly = (
    SELECT CASE WHEN 2 * SUM(m.scales_linearly) > COUNT(*) THEN 1 ELSE 0 END FROM member_chore_keys m
    WHERE m.team_id = chore_keys.team_id AND m.key = chore_keys.key);
