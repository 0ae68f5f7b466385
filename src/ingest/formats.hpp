// SPDX-License-Identifier: Apache-2.0
// The format recognisers and their Input factories; input_registry.cpp is the one list that
// decides which format an input is.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "byte_source.hpp"
#include "container.hpp"
#include "sociometer/ingest/ingest.hpp"

namespace sociometer::ingest {

// X/Twitter account archive (formats.md §1): a container holding `data/manifest.js`.
[[nodiscard]] bool is_x_archive(const Container &container);
[[nodiscard]] std::unique_ptr<Input> make_x_archive_input(std::string path,
                                                          std::unique_ptr<Container> container);

// X API v2 JSONL as twarc2 writes it (formats.md §2): pages, stream lines, flattened tweets.
// `head` is the start of the input; true when its first line looks like one of them.
[[nodiscard]] bool is_twarc_jsonl(std::string_view head);
[[nodiscard]] std::unique_ptr<Input> make_twarc_input(std::unique_ptr<ByteSource> source);

// Facebook/Instagram "Download Your Information" JSON export (formats.md §5.1): a container with
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

// Line number (1-based) of byte `offset` in `text`.
[[nodiscard]] std::int64_t line_of_offset(std::string_view text, std::size_t offset);

} // namespace sociometer::ingest
