-- SPDX-License-Identifier: Apache-2.0
-- Campaigns (causes): a name, an optional date window and the terms that match posts
-- (docs/metrics.md §4). Hashtags and keywords are stored NFKC + case folded; URL patterns as
-- canonical host + path prefix.
CREATE TABLE campaigns (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL UNIQUE,
  starts_at TEXT, -- inclusive, UTC
  ends_at   TEXT  -- exclusive, UTC
) STRICT;

CREATE TABLE campaign_terms (
  campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind = 'hashtag' OR kind = 'keyword' OR kind = 'url' OR kind = 'cta_url'),
  lang        TEXT NOT NULL DEFAULT '*', -- keywords: the language they are for; '*' = any
  value       TEXT NOT NULL,
  PRIMARY KEY (campaign_id, kind, lang, value)
) STRICT, WITHOUT ROWID;
