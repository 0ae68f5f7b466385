-- SPDX-License-Identifier: Apache-2.0
-- Schema v1. CHECKs spell out `=` chains: an `IN (…)` list builds a temporary b-tree on every
-- row written, which made it the costliest part of a bulk ingest.
-- Timestamps are fixed-width RFC 3339 UTC text ('2024-03-05T14:02:11.000Z') so they
-- sort and compare as text. Platform IDs are TEXT, never numbers (64-bit IDs overflow doubles and lose leading zeros).

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE imports (
  id              INTEGER PRIMARY KEY,
  path            TEXT NOT NULL,
  format          TEXT NOT NULL,
  sha256          TEXT,
  started_at      TEXT NOT NULL,
  finished_at     TEXT,
  outcome         TEXT NOT NULL DEFAULT 'running'
                  CHECK (outcome = 'running' OR outcome = 'ok' OR outcome = 'partial' OR outcome = 'failed'),
  posts_new       INTEGER NOT NULL DEFAULT 0,
  posts_updated   INTEGER NOT NULL DEFAULT 0,
  posts_unchanged INTEGER NOT NULL DEFAULT 0,
  records_skipped INTEGER NOT NULL DEFAULT 0,
  message         TEXT
) STRICT;

CREATE TABLE accounts (
  id           INTEGER PRIMARY KEY,
  platform     TEXT NOT NULL,
  -- Platform user ID or DID; 'handle:<lowercased handle>' while only the handle is known.
  native_id    TEXT NOT NULL,
  handle       TEXT,
  display_name TEXT,
  created_at   TEXT,
  role         TEXT NOT NULL DEFAULT 'other'
               CHECK (role = 'own' OR role = 'peer' OR role = 'partner' OR role = 'tracked' OR role = 'other'),
  UNIQUE (platform, native_id)
) STRICT;
CREATE INDEX accounts_handle ON accounts (platform, lower(handle));

-- Child tables are WITHOUT ROWID, keyed on their natural key: one b-tree each instead of a
-- table plus a unique index, which roughly halves the writes of a bulk ingest.
CREATE TABLE account_handles (
  account_id    INTEGER NOT NULL REFERENCES accounts (id),
  handle        TEXT NOT NULL,
  first_seen_at TEXT,
  PRIMARY KEY (account_id, handle)
) STRICT, WITHOUT ROWID;

CREATE TABLE posts (
  id                 INTEGER PRIMARY KEY,
  platform           TEXT NOT NULL,
  native_id          TEXT NOT NULL,
  account_id         INTEGER REFERENCES accounts (id),
  created_at         TEXT,
  kind               TEXT NOT NULL CHECK (kind = 'post' OR kind = 'reply' OR kind = 'repost' OR kind = 'quote'),
  -- 1 when an export or query itself contained the post; 0 when only referenced by others.
  is_primary         INTEGER NOT NULL,
  state              TEXT NOT NULL CHECK (state = 'available' OR state = 'unavailable'),
  text               TEXT,
  text_norm          TEXT,
  text_truncated     INTEGER NOT NULL DEFAULT 0,
  lang               TEXT,
  source_app         TEXT,
  url                TEXT,
  reply_to_native_id  TEXT,
  shared_of_native_id TEXT,
  quoted_native_id    TEXT,
  -- Hash of the normalised record: an unchanged re-ingest leaves the row alone.
  content_hash       TEXT NOT NULL,
  -- How complete the source's view of the post is (0 reference, 1 export, 2 API); a post that
  -- arrives by several routes keeps the content of the most complete one.
  detail_rank        INTEGER NOT NULL DEFAULT 0,
  import_id          INTEGER REFERENCES imports (id),
  raw                TEXT,
  UNIQUE (platform, native_id)
) STRICT;
CREATE INDEX posts_created ON posts (created_at);
CREATE INDEX posts_account ON posts (account_id, created_at);

-- Older versions of edited posts; the canonical row in `posts` is the newest version.
CREATE TABLE post_edits (
  post_id           INTEGER NOT NULL REFERENCES posts (id),
  version_native_id TEXT NOT NULL,
  position          INTEGER NOT NULL,
  PRIMARY KEY (post_id, version_native_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE post_hashtags (
  post_id  INTEGER NOT NULL REFERENCES posts (id),
  position INTEGER NOT NULL,
  tag      TEXT NOT NULL,  -- NFKC + case folded
  text     TEXT NOT NULL,  -- as written
  start_cp INTEGER,
  end_cp   INTEGER,
  PRIMARY KEY (post_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX post_hashtags_tag ON post_hashtags (tag);

CREATE TABLE post_mentions (
  post_id    INTEGER NOT NULL REFERENCES posts (id),
  position   INTEGER NOT NULL,
  account_id INTEGER NOT NULL REFERENCES accounts (id),
  handle     TEXT,
  start_cp   INTEGER,
  end_cp     INTEGER,
  PRIMARY KEY (post_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE post_urls (
  post_id      INTEGER NOT NULL REFERENCES posts (id),
  position     INTEGER NOT NULL,
  url          TEXT,
  expanded_url TEXT,
  domain       TEXT,
  start_cp     INTEGER,
  end_cp       INTEGER,
  PRIMARY KEY (post_id, position)
) STRICT, WITHOUT ROWID;

-- The interaction graph (docs/metrics.md §6): actor → target, one row per post and target.
CREATE TABLE edges (
  post_id           INTEGER NOT NULL REFERENCES posts (id),
  kind              TEXT NOT NULL CHECK (kind = 'repost' OR kind = 'quote' OR kind = 'reply' OR kind = 'mention'),
  actor_account_id  INTEGER NOT NULL REFERENCES accounts (id),
  target_account_id INTEGER NOT NULL REFERENCES accounts (id),
  created_at        TEXT,
  PRIMARY KEY (post_id, kind, target_account_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX edges_created ON edges (created_at);

-- Counts are observations at a time: never overwritten, never summed across files.
CREATE TABLE metric_snapshots (
  post_id     INTEGER NOT NULL REFERENCES posts (id),
  observed_at TEXT NOT NULL,
  import_id   INTEGER REFERENCES imports (id),
  likes       INTEGER,
  reposts     INTEGER,
  replies     INTEGER,
  quotes      INTEGER,
  bookmarks   INTEGER,
  impressions INTEGER,
  reach       INTEGER,
  PRIMARY KEY (post_id, observed_at)
) STRICT, WITHOUT ROWID;

CREATE TABLE follower_snapshots (
  account_id  INTEGER NOT NULL REFERENCES accounts (id),
  observed_at TEXT NOT NULL,
  followers   INTEGER,
  following   INTEGER,
  posts_count INTEGER,
  import_id   INTEGER REFERENCES imports (id),
  PRIMARY KEY (account_id, observed_at)
) STRICT, WITHOUT ROWID;
