-- Access and privacy (issue 11): single-use invite codes, and the tokens of members who are gone.

-- Each invite code admits one person, so nobody can join twice under more identities with one code
-- (which would defeat minPeople). Only the SHA-256 hash of a code is stored, as for tokens.
CREATE TABLE invites (
  hash TEXT PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  -- When a person joined with it. A used code admits nobody else; its row is kept until it expires, so
  -- a second try is told the code was used rather than that it is unknown. Expired rows are purged daily.
  used_at INTEGER
);
CREATE INDEX invites_team ON invites(team_id, expires_at);

-- The team's open invite code (multi-use until now) becomes a single-use one; teams.invite_hash and
-- teams.invite_expires_at are no longer read or written.
INSERT INTO invites (hash, id, team_id, created_at, expires_at)
  SELECT invite_hash, lower(hex(randomblob(9))), id, created_at, invite_expires_at FROM teams
  WHERE invite_hash IS NOT NULL AND invite_expires_at IS NOT NULL;
UPDATE teams SET invite_hash = NULL, invite_expires_at = NULL;

-- The token hashes of members who left or were removed, or whose team was deleted, so such a token is
-- told why it no longer works, and can still erase what the server holds of its member
-- (DELETE /v1/me/data, which then forgets these rows). Kept 90 days at most (purged daily).
CREATE TABLE gone_tokens (
  hash TEXT PRIMARY KEY,
  team_id TEXT NOT NULL,
  member_id TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('left', 'removed', 'team_deleted')),
  at INTEGER NOT NULL
);
CREATE INDEX gone_tokens_member ON gone_tokens(team_id, member_id);
CREATE INDEX gone_tokens_at ON gone_tokens(at);
