// SPDX-License-Identifier: Apache-2.0
// The format recognisers and their Input factories; input_registry.cpp is the one list that
// decides which format an input is.
#pragma once

#include <memory>
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

// Mastodon account archive (formats.md §3.1): a container holding `outbox.json` at its root or,
// when `allow_wrapper` (archives, not folders), under one wrapper folder; `actor.json` beside it.
[[nodiscard]] bool is_mastodon_archive(const Container &container, bool allow_wrapper = true);
[[nodiscard]] std::unique_ptr<Input>
make_mastodon_archive_input(std::string path, std::unique_ptr<Container> container);

// Mastodon REST API statuses (formats.md §3.3, §3.6): a JSON array or JSONL of Status, or a
// kensanata/mastodon-archive backup. `head` is the start of the input.
[[nodiscard]] bool is_mastodon_rest(std::string_view head);
[[nodiscard]] std::unique_ptr<Input> make_mastodon_rest_input(std::unique_ptr<ByteSource> source);

// Line number (1-based) of byte `offset` in `text`.
[[nodiscard]] std::int64_t line_of_offset(std::string_view text, std::size_t offset);

} // namespace sociometer::ingest
