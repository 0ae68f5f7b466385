-- SPDX-License-Identifier: Apache-2.0
-- Schema v8: where each `fetch` source stands. A cursor row is written in the transaction that
-- stores the page it covers, so a run killed at any moment resumes with no gap and no duplicate.
CREATE TABLE fetch_cursors (
  source        TEXT PRIMARY KEY,     -- e.g. `mastodon https://host account @user`
  platform      TEXT NOT NULL,
  newest_id     TEXT,                 -- newest item stored: later runs fetch what is newer
  oldest_id     TEXT,                 -- oldest item stored by the first (backward) pass
  backfill_done INTEGER NOT NULL DEFAULT 0, -- the backward pass reached its end, limit or date
  items         INTEGER NOT NULL DEFAULT 0, -- items stored from this source, all runs
  last_fetch_at TEXT,                 -- when a page of it was last stored (RFC 3339 UTC)
  last_outcome  TEXT                  -- ok, failed: MESSAGE, interrupted
) STRICT;
