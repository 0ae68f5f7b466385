-- SPDX-License-Identifier: Apache-2.0
-- Schema v6: an import can end `interrupted` (SIGINT, SIGTERM or SIGHUP, or a writer that died:
-- the next writer marks the rows a dead one left `running`). SQLite cannot change a CHECK
-- constraint, so the table is rebuilt (Store::migrate runs this with foreign keys off and checks
-- them before committing).
CREATE TABLE imports_v6 (
  id              INTEGER PRIMARY KEY,
  path            TEXT NOT NULL,
  format          TEXT NOT NULL,
  sha256          TEXT,
  started_at      TEXT NOT NULL,
  finished_at     TEXT,
  outcome         TEXT NOT NULL DEFAULT 'running'
                  CHECK (outcome = 'running' OR outcome = 'ok' OR outcome = 'partial' OR outcome = 'failed'
                         OR outcome = 'interrupted'),
  posts_new       INTEGER NOT NULL DEFAULT 0,
  posts_updated   INTEGER NOT NULL DEFAULT 0,
  posts_unchanged INTEGER NOT NULL DEFAULT 0,
  records_skipped INTEGER NOT NULL DEFAULT 0,
  message         TEXT
) STRICT;
INSERT INTO imports_v6 SELECT * FROM imports;
DROP TABLE imports;
ALTER TABLE imports_v6 RENAME TO imports;
