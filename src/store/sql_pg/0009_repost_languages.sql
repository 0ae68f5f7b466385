-- SPDX-License-Identifier: Apache-2.0
-- Schema v9 in PostgreSQL's dialect (src/store/sql/0009_repost_languages.sql): the language a
-- repost counts under, kept beside it. Its triggers are statement-level with transition tables,
-- so that a COPY or an INSERT … SELECT of many posts (a bulk load, a merge) updates the table in
-- one join rather than once per row.

-- Writers of an older sociometer may be mid-batch: wait for them, and keep new ones out until
-- the triggers exist, so that the fill below and the triggers together miss no post.
LOCK TABLE posts IN SHARE ROW EXCLUSIVE MODE;

-- What the table holds, by definition (the fills and triggers below select from here).
CREATE VIEW repost_languages_derived AS
SELECT r.id AS post_id, r.platform, r.shared_of_native_id AS original_native_id, o.lang
FROM posts AS r LEFT JOIN posts AS o
  ON o.platform = r.platform AND o.native_id = r.shared_of_native_id
WHERE r.kind = 'repost' AND r.shared_of_native_id IS NOT NULL;

CREATE TABLE repost_languages (
  post_id            BIGINT PRIMARY KEY,
  platform           TEXT COLLATE "C" NOT NULL,
  original_native_id TEXT COLLATE "C" NOT NULL,
  lang               TEXT COLLATE "C"
);

INSERT INTO repost_languages SELECT * FROM repost_languages_derived;

CREATE INDEX repost_languages_original ON repost_languages (platform, original_native_id);

-- New or changed posts (one function for both triggers, TG_OP telling them apart): a changed
-- post's row is dropped first; then reposts get their rows, and originals hand their language
-- to the reposts that name them.
CREATE FUNCTION repost_languages_after_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    -- Most updates (a post marked primary, newer counts' content) change none of these columns.
    IF NOT EXISTS (SELECT 1 FROM old_posts AS o JOIN new_posts AS n ON n.id = o.id
                   WHERE (o.platform, o.native_id, o.kind, o.lang, o.shared_of_native_id)
                         IS DISTINCT FROM (n.platform, n.native_id, n.kind, n.lang,
                                           n.shared_of_native_id)) THEN
      RETURN NULL;
    END IF;
    UPDATE repost_languages AS l SET lang = NULL
    FROM old_posts AS o JOIN new_posts AS n ON n.id = o.id
    WHERE (o.platform <> n.platform OR o.native_id <> n.native_id)
      AND l.platform = o.platform AND l.original_native_id = o.native_id;
    DELETE FROM repost_languages AS l USING new_posts AS n WHERE l.post_id = n.id;
  END IF;
  INSERT INTO repost_languages
  SELECT d.* FROM repost_languages_derived AS d
  WHERE d.post_id IN (SELECT n.id FROM new_posts AS n WHERE n.kind = 'repost')
  ON CONFLICT (post_id) DO UPDATE
    SET platform = excluded.platform, original_native_id = excluded.original_native_id,
        lang = excluded.lang;
  UPDATE repost_languages AS l SET lang = n.lang
  FROM new_posts AS n
  WHERE l.platform = n.platform AND l.original_native_id = n.native_id
    AND l.lang IS DISTINCT FROM n.lang;
  RETURN NULL;
END $$;

-- Deleted posts (never by sociometer): their rows go, their reposts lose their language.
CREATE FUNCTION repost_languages_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM repost_languages AS l USING old_posts AS o WHERE l.post_id = o.id;
  UPDATE repost_languages AS l SET lang = NULL
  FROM old_posts AS o
  WHERE l.platform = o.platform AND l.original_native_id = o.native_id;
  RETURN NULL;
END $$;

CREATE TRIGGER posts_repost_language_insert AFTER INSERT ON posts
  REFERENCING NEW TABLE AS new_posts
  FOR EACH STATEMENT EXECUTE FUNCTION repost_languages_after_write();
CREATE TRIGGER posts_repost_language_update AFTER UPDATE ON posts
  REFERENCING OLD TABLE AS old_posts NEW TABLE AS new_posts
  FOR EACH STATEMENT EXECUTE FUNCTION repost_languages_after_write();
CREATE TRIGGER posts_repost_language_delete AFTER DELETE ON posts
  REFERENCING OLD TABLE AS old_posts
  FOR EACH STATEMENT EXECUTE FUNCTION repost_languages_after_delete();
