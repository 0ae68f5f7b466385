// SPDX-License-Identifier: Apache-2.0
// What one Bluesky post record holds, read onto a PostRecord: text and language, facets (UTF-8
// byte ranges turned into code points), tags, embeds, and the time Bluesky sorts by. Stateless;
// the page walk, accounts and emission stay in bluesky_input.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json_access.hpp"
#include "sociometer/model/records.hpp"

namespace sociometer::ingest::bluesky {

// True for an AT-URI of a post record (`at://…/app.bsky.feed.post/…`).
[[nodiscard]] bool is_post_uri(std::string_view uri);

// The repository DID of `at://<did>/<collection>/<rkey>`: the record's author. Empty when the
// authority is a handle, not a DID.
[[nodiscard]] std::string did_of_uri(std::string_view uri);

// Text, language, hashtags (`#tag` facets and `record.tags`), mentions and links of `record`
// onto `post`. Each facet that needed repair adds one message to `problems`.
void read_text_and_entities(json::element record, PostRecord &post,
                            std::vector<std::string> &problems);

// `record.embed`: sets `quoted_uri` to the quoted record's URI and adds an external link card's
// URI to `post`.
void read_record_embed(json::element embed, PostRecord &post, std::string &quoted_uri);

// Adds the link of an external card (`embed` of `$type` `type`) to `post`; nothing otherwise.
void read_external(json::element embed, std::string_view type, PostRecord &post);

// sortAt: the earlier of the record's `createdAt` (set by the client, backdated or in the future
// at will) and the view's `indexedAt` (set by the AppView), as Bluesky itself sorts; whichever
// exists when only one does.
[[nodiscard]] std::optional<TimePoint> sort_time(json::element record, json::element view);

} // namespace sociometer::ingest::bluesky
