-- SPDX-License-Identifier: Apache-2.0
-- Schema v3: what the other platforms bring (issue #3). Posts gain their audience (Mastodon
-- visibility), how their language was known, their edit version, and the keys that join one
-- post arriving by routes without a shared ID (Meta DYI and Business Suite CSV).
ALTER TABLE posts ADD COLUMN visibility TEXT NOT NULL DEFAULT 'public'
  CHECK (visibility = 'public' OR visibility = 'unlisted' OR visibility = 'private');
-- NULL when the platform gave the language; the detector's confidence when it was detected.
ALTER TABLE posts ADD COLUMN lang_confidence REAL;
ALTER TABLE posts ADD COLUMN edited_at TEXT;
ALTER TABLE posts ADD COLUMN version_key TEXT;
ALTER TABLE posts ADD COLUMN synthetic_id INTEGER NOT NULL DEFAULT 0;
-- Hash of platform + normalised text, set for posts of routes that may need joining.
ALTER TABLE posts ADD COLUMN content_key TEXT;
CREATE INDEX posts_content_key ON posts (content_key) WHERE content_key IS NOT NULL;

ALTER TABLE metric_snapshots ADD COLUMN link_clicks INTEGER;

-- Accounts the organisation declared to be one identity across platforms (`account link`):
-- analyses count them as one node, under the link's name.
ALTER TABLE accounts ADD COLUMN link_name TEXT;

-- Earlier versions of posts edited in place (same ID, new content): Mastodon, Bluesky.
CREATE TABLE post_versions (
  post_id     INTEGER NOT NULL REFERENCES posts (id),
  version_key TEXT NOT NULL, -- edited_at or record CID of the replaced version
  text        TEXT,
  replaced_at TEXT,
  PRIMARY KEY (post_id, version_key)
) STRICT, WITHOUT ROWID;

-- Account-level daily series (Meta page-level CSVs): one value per account, metric and day.
CREATE TABLE page_metrics (
  account_id INTEGER NOT NULL REFERENCES accounts (id),
  metric     TEXT NOT NULL,
  day        TEXT NOT NULL, -- YYYY-MM-DD in the export's calendar
  value      INTEGER NOT NULL,
  import_id  INTEGER REFERENCES imports (id),
  PRIMARY KEY (account_id, metric, day)
) STRICT, WITHOUT ROWID;
