// SPDX-License-Identifier: Apache-2.0
#include "bluesky_record.hpp"

#include <algorithm>

#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::ingest::bluesky {
namespace {

constexpr std::string_view k_post_collection = "/app.bsky.feed.post/";

bool is_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0U) == 0x80U; }

struct CodePointSpan {
  std::int32_t start = 0;
  std::int32_t end = 0;
  std::size_t byte_start = 0;
  std::size_t byte_end = 0;
};

// Turns a facet's UTF-8 byte range [start, end) over valid UTF-8 `text` into code points (the
// unit every stored entity offset uses). An end past the text is clamped and an end inside a
// multi-byte character is moved outward to the character's boundary, with `note` saying so;
// std::nullopt (and `note`) when no usable range is left.
std::optional<CodePointSpan> facet_span(std::string_view text, std::optional<std::int64_t> start,
                                        std::optional<std::int64_t> end, std::string &note) {
  if (!start || !end) {
    note = "no byte range";
    return std::nullopt;
  }
  const auto size = static_cast<std::int64_t>(text.size());
  if (*start < 0 || *start >= size || *end <= *start) {
    note = "byte range [" + std::to_string(*start) + "," + std::to_string(*end) +
           ") is outside the text (" + std::to_string(size) + " bytes); offsets dropped";
    return std::nullopt;
  }
  auto b = static_cast<std::size_t>(*start);
  auto e = static_cast<std::size_t>(std::min(*end, size));
  if (*end > size) {
    note = "byte end " + std::to_string(*end) + " is past the text (" + std::to_string(size) +
           " bytes); clamped";
  }
  if (is_continuation(text[b]) || (e < text.size() && is_continuation(text[e]))) {
    while (b > 0 && is_continuation(text[b])) {
      --b;
    }
    while (e < text.size() && is_continuation(text[e])) {
      ++e;
    }
    note += std::string(note.empty() ? "" : ", ") + "byte range [" + std::to_string(*start) + "," +
            std::to_string(*end) + ") splits a character; widened to [" + std::to_string(b) + "," +
            std::to_string(e) + ")";
  }
  CodePointSpan span;
  span.byte_start = b;
  span.byte_end = e;
  span.start = static_cast<std::int32_t>(util::code_point_count(text.substr(0, b)));
  span.end = span.start + static_cast<std::int32_t>(util::code_point_count(text.substr(b, e - b)));
  return span;
}

std::optional<CodePointSpan> find_in_text(std::string_view text, std::string_view what) {
  const auto at = text.find(what);
  if (at == std::string_view::npos) {
    return std::nullopt;
  }
  CodePointSpan span;
  span.byte_start = at;
  span.byte_end = at + what.size();
  span.start = static_cast<std::int32_t>(util::code_point_count(text.substr(0, at)));
  span.end = span.start + static_cast<std::int32_t>(util::code_point_count(what));
  return span;
}

void add_hashtag(PostRecord &post, std::string tag, std::optional<CodePointSpan> span) {
  if (tag.empty()) {
    return;
  }
  auto normalized = util::normalize_for_matching(tag);
  for (auto &existing : post.hashtags) {
    if (existing.normalized == normalized) {
      if (!existing.start && span) {
        existing.start = span->start;
        existing.end = span->end;
      }
      return;
    }
  }
  HashtagEntity entity{std::move(tag), std::move(normalized), std::nullopt, std::nullopt};
  if (span) {
    entity.start = span->start;
    entity.end = span->end;
  }
  post.hashtags.push_back(std::move(entity));
}

void add_link(PostRecord &post, std::string uri, std::string shown,
              std::optional<CodePointSpan> span) {
  if (uri.empty()) {
    return;
  }
  for (auto &existing : post.urls) {
    if (existing.expanded_url == uri) {
      if (!existing.start && span) {
        existing.url = std::move(shown);
        existing.start = span->start;
        existing.end = span->end;
      }
      return;
    }
  }
  UrlEntity entity{shown.empty() ? uri : std::move(shown), std::move(uri), std::nullopt,
                   std::nullopt};
  if (span) {
    entity.start = span->start;
    entity.end = span->end;
  }
  post.urls.push_back(std::move(entity));
}

// `record.facets`: UTF-8 byte ranges over `record.text`, checked and turned
// into code points. A facet whose range is unusable keeps its tag, mention or link without
// offsets.
void read_facets(json::element record, PostRecord &post, std::vector<std::string> &problems) {
  const auto facets = json::array_field(record, "facets");
  if (!facets) {
    return;
  }
  const std::string_view text = post.text;
  std::size_t number = 0;
  for (auto facet : *facets) {
    ++number;
    std::optional<std::int64_t> byte_start;
    std::optional<std::int64_t> byte_end;
    if (auto index = json::field(facet, "index")) {
      byte_start = json::integer(*index, "byteStart");
      byte_end = json::integer(*index, "byteEnd");
    }
    std::string note;
    auto span = facet_span(text, byte_start, byte_end, note);
    const auto features = json::array_field(facet, "features");
    if (!features) {
      continue;
    }
    for (auto feature : *features) {
      const auto type = json::string(feature, "$type");
      const auto slice = span ? text.substr(span->byte_start, span->byte_end - span->byte_start)
                              : std::string_view();
      if (type == "app.bsky.richtext.facet#tag") {
        auto tag = std::string(json::string(feature, "tag"));
        auto tag_span = span;
        if (tag_span &&
            util::normalize_for_matching(slice) != util::normalize_for_matching("#" + tag)) {
          tag_span = find_in_text(text, "#" + tag);
          note += std::string(note.empty() ? "" : ", ") + "`" + std::string(slice) + "` is not #" +
                  tag + (tag_span ? "; located by search" : "; offsets dropped");
        }
        add_hashtag(post, std::move(tag), tag_span);
      } else if (type == "app.bsky.richtext.facet#mention") {
        MentionEntity mention;
        mention.account.native_id = std::string(json::string(feature, "did"));
        if (span && slice.starts_with('@') && slice.size() > 1) {
          mention.account.handle = std::string(slice.substr(1));
          mention.start = span->start;
          mention.end = span->end;
        } else if (span) {
          note += std::string(note.empty() ? "" : ", ") + "mention `" + std::string(slice) +
                  "` is not an @handle; offsets dropped";
        }
        if (!mention.account.empty()) {
          post.mentions.push_back(std::move(mention));
        }
      } else if (type == "app.bsky.richtext.facet#link") {
        // The text may show a shortened link (`example.org/lau…`); `uri` is the full one.
        add_link(post, std::string(json::string(feature, "uri")), std::string(slice), span);
      }
    }
    if (!note.empty()) {
      problems.push_back("facet " + std::to_string(number) + ": " + note);
    }
  }
}

} // namespace

bool is_post_uri(std::string_view uri) {
  return uri.starts_with("at://") && uri.find(k_post_collection) != std::string_view::npos;
}

// The repository DID of `at://<did>/<collection>/<rkey>`: the record's author. Empty when the
// authority is a handle, not a DID.
std::string did_of_uri(std::string_view uri) {
  if (!uri.starts_with("at://did:")) {
    return {};
  }
  uri.remove_prefix(5);
  return std::string(uri.substr(0, uri.find('/')));
}

void read_text_and_entities(json::element record, PostRecord &post,
                            std::vector<std::string> &problems) {
  post.text = std::string(json::string(record, "text"));
  post.text_norm = util::normalize_for_matching(post.text);
  if (auto langs = json::array_field(record, "langs")) {
    for (auto lang : *langs) {
      std::string_view code;
      if (lang.get_string().get(code) == simdjson::SUCCESS) {
        post.lang = std::string(code);
      }
      break;
    }
  }
  read_facets(record, post, problems);
  if (auto tags = json::array_field(record, "tags")) {
    for (auto tag : *tags) {
      std::string_view text;
      if (tag.get_string().get(text) == simdjson::SUCCESS) {
        if (text.starts_with('#')) {
          text.remove_prefix(1);
        }
        add_hashtag(post, std::string(text), std::nullopt);
      }
    }
  }
}

void read_external(json::element embed, std::string_view type, PostRecord &post) {
  if (json::string(embed, "$type") != type) {
    return;
  }
  if (auto external = json::field(embed, "external")) {
    add_link(post, std::string(json::string(*external, "uri")), {}, std::nullopt);
  }
}

// `record.embed`: the quoted record's URI and an external link card's URI.
void read_record_embed(json::element embed, PostRecord &post, std::string &quoted_uri) {
  const auto type = json::string(embed, "$type");
  if (type == "app.bsky.embed.record") {
    if (auto ref = json::field(embed, "record")) {
      quoted_uri = std::string(json::string(*ref, "uri"));
    }
  } else if (type == "app.bsky.embed.recordWithMedia") {
    if (auto holder = json::field(embed, "record")) {
      if (auto ref = json::field(*holder, "record")) {
        quoted_uri = std::string(json::string(*ref, "uri"));
      }
    }
    if (auto media = json::field(embed, "media")) {
      read_external(*media, "app.bsky.embed.external", post);
    }
  } else {
    read_external(embed, "app.bsky.embed.external", post);
  }
}

std::optional<TimePoint> sort_time(json::element record, json::element view) {
  const auto created = util::parse_iso8601(json::string(record, "createdAt"));
  const auto indexed = util::parse_iso8601(json::string(view, "indexedAt"));
  if (created && indexed) {
    return std::min(*created, *indexed);
  }
  return created ? created : indexed;
}

} // namespace sociometer::ingest::bluesky
