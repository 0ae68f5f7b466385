// SPDX-License-Identifier: Apache-2.0
// The format recognisers and their Input factories; the table in input_registry.cpp is the one
// list that decides which format an input is.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "byte_source.hpp"
#include "container.hpp"
#include "sociometer/ingest/ingest.hpp"

namespace sociometer::ingest {

// X/Twitter account archive: a container holding `data/manifest.js`.
[[nodiscard]] bool is_x_archive(const Container &container);
[[nodiscard]] std::unique_ptr<Input> make_x_archive_input(std::string path,
                                                          std::unique_ptr<Container> container);

// X API v2 JSONL as twarc2 writes it: pages, stream lines, flattened tweets.
// `head` is the start of the input; true when its first line looks like one of them.
[[nodiscard]] bool is_twarc_jsonl(std::string_view head);
[[nodiscard]] std::unique_ptr<Input> make_twarc_input(std::unique_ptr<ByteSource> source);

// Bluesky AppView JSON: getAuthorFeed, searchPosts or getPostThread pages, one
// per file or one per line. `head` is the start of the input; true when it is a JSON object with a
// top-level `feed`/`posts` array or `thread` object and an `at://did:` URI.
[[nodiscard]] bool is_bluesky_json(std::string_view head);
[[nodiscard]] std::unique_ptr<Input> make_bluesky_input(std::unique_ptr<ByteSource> source);

// Bluesky repository export (CARv1, com.atproto.sync.getRepo): `head` starts with a varint header
// length and the DAG-CBOR map `{roots, version}`.
[[nodiscard]] bool is_bluesky_car(std::string_view head);
[[nodiscard]] std::unique_ptr<Input> make_car_input(std::unique_ptr<ByteSource> source);
// Meta Business Suite CSV exports: what the start of a file looks like.
struct MetaCsvSniff {
  enum class Kind {
    none,
    posts,            // post-level Facebook or Instagram export (by its header names)
    page_daily,       // page-level daily series (`sep=,`, a title line, `Date,Primary`)
    one_cell_per_row, // a post export re-saved by a spreadsheet as one quoted cell per line
  };
  Kind kind = Kind::none;
  Platform platform = Platform::facebook;
};
[[nodiscard]] MetaCsvSniff sniff_meta_csv(std::string_view head);
[[nodiscard]] std::unique_ptr<Input> make_meta_post_csv_input(std::unique_ptr<ByteSource> source,
                                                              Platform platform,
                                                              const InputOptions &options);
// Throws Error(input) when options.owner_handle is empty: these files do not name their page.
[[nodiscard]] std::unique_ptr<Input> make_meta_page_csv_input(std::unique_ptr<ByteSource> source,
                                                              Platform platform,
                                                              const InputOptions &options);

// Any CSV read through InputOptions::column_map (`ingest --map`). `is_csv_like`: text that is not
// JSON (the check before a map is applied). The factory throws Error(usage) for a bad map.
[[nodiscard]] bool is_csv_like(std::string_view head);
[[nodiscard]] std::unique_ptr<Input> make_mapped_csv_input(std::unique_ptr<ByteSource> source,
                                                           const InputOptions &options);
// Mastodon account archive: a container holding `outbox.json` at its root or,
// when `allow_wrapper` (archives, not folders), under one wrapper folder; `actor.json` beside it.
[[nodiscard]] bool is_mastodon_archive(const Container &container, bool allow_wrapper = true);
[[nodiscard]] std::unique_ptr<Input>
make_mastodon_archive_input(std::string path, std::unique_ptr<Container> container);

// Mastodon REST API statuses: a JSON array or JSONL of Status, or a
// kensanata/mastodon-archive backup. `head` is the start of the input.
[[nodiscard]] bool is_mastodon_rest(std::string_view head);
[[nodiscard]] std::unique_ptr<Input> make_mastodon_rest_input(std::unique_ptr<ByteSource> source);

// Facebook/Instagram "Download Your Information" JSON export: a container with
// entries named like `your_posts…_N.json` (Facebook) or `content/posts_N.json` (Instagram).
[[nodiscard]] bool is_meta_dyi(const Container &container);
// The same export requested as HTML (posts pages are `.html`, no JSON): rejected with a hint.
[[nodiscard]] bool is_meta_dyi_html(const Container &container);
[[noreturn]] void reject_meta_dyi_html(const std::string &path);
[[nodiscard]] std::unique_ptr<Input> make_meta_dyi_input(std::string path,
                                                         std::unique_ptr<Container> container,
                                                         const InputOptions &options);
// One DYI posts file passed directly: `head` opens a JSON array whose first object looks like a
// Facebook post (`timestamp` + `data`/`attachments`/`title`) or an Instagram post (`media` with
// `uri` + `creation_timestamp`). std::nullopt for anything else.
[[nodiscard]] std::optional<Platform> meta_dyi_file_platform(std::string_view head);
[[nodiscard]] std::unique_ptr<Input> make_meta_dyi_file_input(std::unique_ptr<ByteSource> source,
                                                              Platform platform,
                                                              const InputOptions &options);

// An input opened just far enough to tell its format: a folder or an archive as a Container, or a
// byte stream with its first bytes.
struct Probe {
  enum class Shape { folder, archive, stream };
  Shape shape = Shape::stream;
  std::string path; // as the user gave it (`-` for stdin)
  InputOptions options;
  std::string_view archive_kind;        // archive: `zip` or `tar.gz`
  std::unique_ptr<Container> container; // folder and archive
  std::unique_ptr<ByteSource> source;   // stream
  std::string_view head;                // stream: its first bytes, peeked, not yet consumed
};

// One input format. `sniff` tells whether a probe is in it; `open` takes the probe's container or
// source and returns the Input that parses it, or throws Error(input) for a refused variant.
struct Recogniser {
  std::string_view name;
  bool (*sniff)(const Probe &probe);
  std::unique_ptr<Input> (*open)(Probe &probe);
};

// Every format, in the order detection tries them (the first whose sniff says yes wins).
[[nodiscard]] std::span<const Recogniser> recognisers();

// Opens `path` (a folder, a zip or tar.gz archive, a file, or `-` for stdin) for recognition.
// Throws Error(input) for an empty file, an archive on stdin or a damaged archive.
[[nodiscard]] Probe probe_input(const std::string &path, const InputOptions &options);

// The first recogniser that claims `probe`; nullptr when none does.
[[nodiscard]] const Recogniser *recognise(const Probe &probe);

// Adds the hashtags util::find_hashtags finds in `post.text`, with their matching key and
// code-point offsets: for the inputs whose source gives no tag entities (CSV, DYI).
void add_text_hashtags(PostRecord &post);

// Adds the links util::find_urls finds in `post.text` as URL entities with code-point offsets
// (`www.` links get `https://` in `expanded_url`), for the inputs whose source gives no link
// entities (CSV, DYI). A link already in `post.urls` without offsets (an attachment's) gets the
// offsets instead of a second entity.
void add_text_links(PostRecord &post);

// One diagnostic per archive entry the container ignored (links, devices): they are not read.
void report_ignored_entries(const Container &container, IngestTarget &target);

// For archives read part by part (each part its own unit, a broken one abandoned): when any part
// failed, throws an input Error with the first failure's message and how many more failed.
void throw_if_parts_failed(const std::vector<std::string> &failures);

// Line number (1-based) of byte `offset` in `text`.
[[nodiscard]] std::int64_t line_of_offset(std::string_view text, std::size_t offset);

} // namespace sociometer::ingest
