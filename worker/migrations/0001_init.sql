-- Toil Tracker sync server schema. Tokens and invite codes are stored only as SHA-256 hashes.
-- Every table that holds team data carries team_id; every query filters by the team taken from the token.

CREATE TABLE teams (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  time_zone TEXT NOT NULL DEFAULT 'UTC',
  week_starts_on INTEGER NOT NULL DEFAULT 1,
  -- Leaderboard hides chores reported by fewer people than this (k-anonymity); 1 shows all.
  min_people INTEGER NOT NULL DEFAULT 1,
  context_switch_minutes REAL NOT NULL DEFAULT 5,
  horizon_years REAL NOT NULL DEFAULT 5,
  invite_ttl_hours INTEGER NOT NULL DEFAULT 168,
  invite_hash TEXT UNIQUE,
  invite_expires_at INTEGER,
  -- The per-team change counter: every push that writes takes the next value; pull order follows it.
  version INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);

CREATE TABLE members (
  id TEXT PRIMARY KEY,
  team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  display_name TEXT,
  role TEXT NOT NULL CHECK (role IN ('admin', 'member')),
  created_at INTEGER NOT NULL
);
CREATE INDEX members_team ON members(team_id);

-- Bearer tokens: admin and member tokens belong to a member; view tokens (dashboard links) to the team.
-- Revoking deletes the row, so the very next request with that token fails.
CREATE TABLE tokens (
  hash TEXT PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  member_id TEXT REFERENCES members(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('member', 'view')),
  label TEXT,
  created_at INTEGER NOT NULL
);
CREATE INDEX tokens_team ON tokens(team_id, kind);
CREATE INDEX tokens_member ON tokens(member_id);

CREATE TABLE chores (
  id TEXT PRIMARY KEY,
  team_id TEXT NOT NULL,
  member_id TEXT NOT NULL,
  name TEXT NOT NULL,
  key TEXT NOT NULL,
  traits TEXT NOT NULL,
  annoyance INTEGER NOT NULL,
  default_minutes REAL NOT NULL,
  status TEXT NOT NULL,
  automated_at INTEGER,
  automation_hours REAL,
  automation_estimate_hours REAL,
  upkeep_hours_per_year REAL,
  archived INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted INTEGER NOT NULL,
  version INTEGER NOT NULL
);
CREATE INDEX chores_member_version ON chores(member_id, version, id);
CREATE INDEX chores_team_key ON chores(team_id, key);
CREATE INDEX chores_member_key ON chores(team_id, member_id, key);

CREATE TABLE occurrences (
  id TEXT PRIMARY KEY,
  team_id TEXT NOT NULL,
  member_id TEXT NOT NULL,
  chore_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  -- Start of the team week holding `at` (team time zone and week start); recomputed when those change.
  week_start INTEGER NOT NULL,
  minutes REAL NOT NULL,
  source TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted INTEGER NOT NULL,
  version INTEGER NOT NULL
);
CREATE INDEX occurrences_member_version ON occurrences(member_id, version, id);
CREATE INDEX occurrences_chore_week ON occurrences(chore_id, week_start);
CREATE INDEX occurrences_team ON occurrences(team_id);

-- Rollups maintained on write, so the leaderboard reads a few rows per team-week.
-- Per member: only to count distinct people; never returned by any endpoint.
CREATE TABLE member_week_totals (
  team_id TEXT NOT NULL,
  chore_key TEXT NOT NULL,
  week_start INTEGER NOT NULL,
  member_id TEXT NOT NULL,
  occurrences INTEGER NOT NULL,
  minutes REAL NOT NULL,
  PRIMARY KEY (team_id, chore_key, week_start, member_id)
) WITHOUT ROWID;

CREATE TABLE week_totals (
  team_id TEXT NOT NULL,
  week_start INTEGER NOT NULL,
  chore_key TEXT NOT NULL,
  occurrences INTEGER NOT NULL,
  minutes REAL NOT NULL,
  people INTEGER NOT NULL,
  PRIMARY KEY (team_id, week_start, chore_key)
) WITHOUT ROWID;

-- One descriptor per team chore key (name, status, automation figures), from the most recently
-- changed live chore with that key; annoyance is the members' average; created_at the earliest.
CREATE TABLE chore_keys (
  team_id TEXT NOT NULL,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  status TEXT NOT NULL,
  annoyance INTEGER NOT NULL,
  automated_at INTEGER,
  automation_hours REAL,
  automation_estimate_hours REAL,
  upkeep_hours_per_year REAL,
  people INTEGER NOT NULL,
  PRIMARY KEY (team_id, key)
) WITHOUT ROWID;
