-- SPDX-License-Identifier: Apache-2.0
-- Schema v4: the source record of a post moves out of `posts` into `post_raw`. Kept inline, the
-- raw JSON (often over a page) made every scan of `posts` read it, because the columns added by
-- later migrations sit after it in each row: loading 1M posts for an analysis read ~2.5 GB.
CREATE TABLE post_raw (
  post_id INTEGER PRIMARY KEY REFERENCES posts (id),
  raw     TEXT NOT NULL
) STRICT;
INSERT INTO post_raw (post_id, raw) SELECT id, raw FROM posts WHERE raw IS NOT NULL;
ALTER TABLE posts DROP COLUMN raw;
