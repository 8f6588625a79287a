-- Teams and their members. Tokens are stored only as SHA-256 hashes.
CREATE TABLE teams (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
