-- A member's browsers (issue 22): another browser pairs with a single-use, short-lived code and gets a
-- sign-in token of its own (a `tokens` row of kind 'member' with the browser's name as its label), so
-- one browser can be revoked or rotated without the others, and no member token ever sits in a URL.

-- Per pairing code: its SHA-256 hash (never the code), the member it pairs a browser with, when it was
-- made, when it expires (10 minutes later) and when it was used. A member has at most one (a new code
-- replaces the last). A used code pairs nobody else; its row is kept until it expires, so a second try is
-- told the code was used. Expired rows are purged daily; a member's go with the member.
CREATE TABLE pairing_codes (
  hash TEXT PRIMARY KEY,
  team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);
CREATE INDEX pairing_codes_member ON pairing_codes(member_id);
CREATE INDEX pairing_codes_expires ON pairing_codes(expires_at);

-- A member's dashboard link is derived from one sign-in token (HMAC keyed with it): each browser has its
-- own, which lives exactly as long as that token. The link's row names the token it is derived from.
ALTER TABLE tokens ADD COLUMN member_token_id TEXT REFERENCES tokens(id) ON DELETE CASCADE;
CREATE INDEX tokens_member_token ON tokens(member_token_id);

-- Until now a member had one sign-in token, and their link was derived from it.
UPDATE tokens SET member_token_id = (
  SELECT t.id FROM tokens t WHERE t.member_id = tokens.member_id AND t.kind = 'member'
  ORDER BY t.created_at, t.id LIMIT 1
) WHERE kind = 'view' AND member_id IS NOT NULL;
