-- SPDX-License-Identifier: Apache-2.0
-- Schema v7: one answer whatever the order of ingests.
-- `retrieved_at`: when the source retrieved the stored version of a post (a capture's retrieval
-- time, an archive's generation date); a version retrieved earlier never replaces it. NULL where
-- the format gives none (then the version ingested last is kept, as before).
-- `placeholder`: the stored text is a notice in place of the post (`This Tweet is from an account
-- that is temporarily unavailable…`, a withheld stub); any version with content replaces it, and
-- it never replaces one.
ALTER TABLE posts ADD COLUMN retrieved_at TEXT;
ALTER TABLE posts ADD COLUMN placeholder INTEGER NOT NULL DEFAULT 0;
