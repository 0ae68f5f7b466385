// SPDX-License-Identifier: Apache-2.0
// X/Twitter account archive: `data/*.js` files, each `window.YTD.<name>.partN = [ … ]`, indexed by
// `data/manifest.js` (docs/formats.md, X/Twitter archive). The archive is one export of one owner
// account.
#include <unordered_map>
#include <unordered_set>

#include "formats.hpp"
#include "json_access.hpp"
#include "json_scan.hpp"
#include "limits.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"
#include "x_entities.hpp"
#include "x_time.hpp"

namespace sociometer::ingest {
namespace {

constexpr std::string_view k_manifest = "data/manifest.js";

struct Owner {
  std::string id;
  std::string handle;
  std::string display_name;
  std::optional<TimePoint> generated_at;
};

// The JSON text of a `data/*.js` file: everything after the first `=`, without a trailing `;`.
// Throws Error(input) when there is no assignment.
std::string_view js_payload(std::string_view content, const std::string &display) {
  const auto equals = content.find('=');
  if (equals == std::string_view::npos) {
    throw Error(ErrorKind::input, display + ": not an archive data file (no `=` assignment)");
  }
  auto body = content.substr(equals + 1);
  while (!body.empty() && std::isspace(static_cast<unsigned char>(body.back())) != 0) {
    body.remove_suffix(1);
  }
  if (!body.empty() && body.back() == ';') {
    body.remove_suffix(1);
  }
  return body;
}

[[noreturn]] void fail_json(std::string_view content, std::size_t offset,
                            const std::string &display, const std::string &what) {
  throw Error(ErrorKind::input, display + ":" + std::to_string(line_of_offset(content, offset)) +
                                    ": " + what + " (byte " + std::to_string(offset) + ")");
}

std::string array_problem(json::ArrayProblem problem) {
  switch (problem) {
  case json::ArrayProblem::not_an_array:
    return "expected a JSON array";
  case json::ArrayProblem::not_closed:
    return "truncated JSON: the array is not closed";
  case json::ArrayProblem::element_not_closed:
    return "truncated JSON: an element is not closed";
  case json::ArrayProblem::missing_separator:
    break;
  }
  return "invalid JSON: expected `,` or `]`";
}

// Calls `each(element, line, raw)` for every element of the array in one whole data file, each
// element parsed on its own so that only one element's DOM exists at a time; an element longer
// than max_line_bytes() is not parsed but reported to `target` (when given) as skipped.
// Throws Error(input) with the position for invalid UTF-8, truncated or invalid JSON.
template <typename Each>
void for_each_array_element(std::string &content, const std::string &display, IngestTarget *target,
                            Each &&each) {
  if (const auto bad = util::find_invalid_utf8(content)) {
    fail_json(content, *bad, display, "invalid UTF-8");
  }
  const auto body = js_payload(content, display);
  auto start = static_cast<std::size_t>(body.data() - content.data());
  const std::string_view text(content.data(), start + body.size());
  while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start])) != 0) {
    ++start;
  }
  simdjson::dom::parser parser;
  std::size_t line_cursor = 0;
  std::int64_t line = 1;
  const auto each_range = [&](std::size_t begin, std::size_t end) {
    for (; line_cursor < begin; ++line_cursor) {
      line += text[line_cursor] == '\n' ? 1 : 0;
    }
    const auto raw = text.substr(begin, end - begin);
    if (raw.size() > max_line_bytes()) {
      if (target != nullptr) {
        target->diagnose({display, line, std::nullopt,
                          "element of " + std::to_string(raw.size()) + " bytes is " +
                              line_limit_text() + "; skipped",
                          true});
      }
      return;
    }
    simdjson::dom::element element;
    if (auto error = parser.parse(raw.data(), raw.size(), true).get(element)) {
      fail_json(content, begin, display, json::parse_problem(error));
    }
    each(element, line, raw);
  };
  std::size_t array_end = 0;
  try {
    // A JavaScript array literal: holes and a trailing comma are allowed.
    array_end = json::split_array(text, start, json::Separators::any, each_range);
  } catch (const json::ArrayError &error) {
    fail_json(content, error.offset, display, array_problem(error.problem));
  }
  // Only whitespace may follow the array's closing bracket.
  const auto after = text.find_first_not_of(" \t\r\n", array_end);
  if (after != std::string_view::npos) {
    fail_json(content, after, display, "unexpected content after the array");
  }
}

class XArchiveInput final : public Input {
public:
  XArchiveInput(std::string path, std::unique_ptr<Container> container)
      : m_path(std::move(path)), m_container(std::move(container)) {
    const auto manifest = m_container->find_by_suffix(std::string(k_manifest));
    m_prefix = manifest.substr(0, manifest.size() - k_manifest.size());
  }

  [[nodiscard]] const std::string &path() const override { return m_path; }
  [[nodiscard]] const std::string &format() const override { return m_format; }
  [[nodiscard]] Platform platform() const override { return Platform::x; }
  [[nodiscard]] std::string sha256() override { return m_container->sha256(); }

  void parse(IngestTarget &target) override {
    report_ignored_entries(*m_container, target);
    read_manifest();
    read_account(target);
    read_follow_counts(target);
    target.commit_unit();
    std::vector<std::string> failed;
    for (const auto &part : tweet_parts()) {
      if (interrupt_requested()) {
        throw Error(ErrorKind::interrupted, "interrupted");
      }
      try {
        read_tweets(part, target);
        target.commit_unit();
      } catch (const Error &error) {
        if (error.kind() != ErrorKind::input) {
          throw;
        }
        // This part is lost; the others are independent and still count.
        target.abandon_unit();
        failed.emplace_back(error.what());
      }
    }
    throw_if_parts_failed(failed);
  }

private:
  // Entry name of a manifest `fileName` (`data/tweets.js`), under any wrapper folder.
  [[nodiscard]] std::string entry(std::string_view file_name) const {
    return m_prefix + std::string(file_name);
  }

  [[nodiscard]] bool has_entry(const std::string &name) const {
    const auto &entries = m_container->entries();
    return std::binary_search(entries.begin(), entries.end(), name);
  }

  void read_manifest() {
    const auto name = entry(k_manifest);
    auto content = m_container->read(name);
    const auto display = m_container->display_path(name);
    const auto body = js_payload(content, display);
    if (body.size() > max_line_bytes()) { // parsed whole
      throw Error(ErrorKind::input, display + ": manifest " + line_limit_text());
    }
    simdjson::dom::element manifest;
    if (auto error = m_manifest_parser.parse(std::string(body)).get(manifest)) {
      throw Error(ErrorKind::input, display + ": manifest: " + json::parse_problem(error));
    }
    if (auto user = json::field(manifest, "userInfo")) {
      m_owner.id = json::id(*user, "accountId");
      m_owner.handle = std::string(json::string(*user, "userName"));
      m_owner.display_name = std::string(json::string(*user, "displayName"));
    }
    if (auto info = json::field(manifest, "archiveInfo")) {
      m_owner.generated_at = util::parse_iso8601(json::string(*info, "generationDate"));
    }
    if (m_owner.id.empty()) {
      throw Error(ErrorKind::input, display + ": manifest has no userInfo.accountId");
    }
    if (auto types = json::field(manifest, "dataTypes")) {
      for (const auto type_name : {"tweets", "tweet", "follower", "following", "account"}) {
        auto files = json::field(*types, type_name)
                         ? json::array_field(*json::field(*types, type_name), "files")
                         : std::nullopt;
        if (!files) {
          continue;
        }
        for (auto file : *files) {
          const auto file_name = std::string(json::string(file, "fileName"));
          if (!file_name.empty()) {
            m_parts[type_name].push_back({file_name, json::integer(file, "count")});
          }
        }
      }
    }
  }

  struct Part {
    std::string file_name;
    std::optional<std::int64_t> count; // the manifest's word for it
  };

  [[nodiscard]] std::vector<Part> tweet_parts() const {
    std::vector<Part> parts;
    for (const auto *type : {"tweets", "tweet"}) {
      if (const auto it = m_parts.find(type); it != m_parts.end()) {
        parts.insert(parts.end(), it->second.begin(), it->second.end());
      }
    }
    if (parts.empty()) {
      // Manifests that list no tweet files: take the standard names.
      for (const auto *name : {"data/tweets.js", "data/tweet.js"}) {
        if (has_entry(entry(name))) {
          parts.push_back({name, std::nullopt});
        }
      }
    }
    return parts;
  }

  [[nodiscard]] AccountRecord owner_record() const {
    AccountRecord record;
    record.platform = Platform::x;
    record.ref = {m_owner.id, m_owner.handle};
    record.display_name = m_owner.display_name;
    record.owner = true;
    record.observed_at = m_owner.generated_at;
    return record;
  }

  void read_account(IngestTarget &target) {
    auto record = owner_record();
    const auto it = m_parts.find("account");
    const auto name =
        entry(it != m_parts.end() && !it->second.empty() ? it->second.front().file_name
                                                         : "data/account.js");
    if (has_entry(name)) {
      auto content = m_container->read(name);
      for_each_array_element(content, m_container->display_path(name), &target,
                             [&](json::element element, std::int64_t, std::string_view) {
                               const auto account =
                                   json::field(element, "account").value_or(element);
                               if (json::id(account, "accountId") == m_owner.id) {
                                 record.created_at =
                                     util::parse_iso8601(json::string(account, "createdAt"));
                                 // `email` is personal data and deliberately not read.
                               }
                             });
    }
    target.account(record);
  }

  // follower.js / following.js hold one element per account: their count is the snapshot.
  void read_follow_counts(IngestTarget &target) {
    auto record = owner_record();
    for (const auto *type : {"follower", "following"}) {
      const auto it = m_parts.find(type);
      if (it == m_parts.end()) {
        continue;
      }
      std::int64_t count = 0;
      for (const auto &part : it->second) {
        const auto name = entry(part.file_name);
        if (!has_entry(name)) {
          continue;
        }
        auto content = m_container->read(name);
        for_each_array_element(content, m_container->display_path(name), &target,
                               [&](json::element, std::int64_t, std::string_view) { ++count; });
      }
      (std::string_view(type) == "follower" ? record.followers : record.following) = count;
    }
    if (record.followers || record.following) {
      target.account(record);
    }
  }

  void read_tweets(const Part &part, IngestTarget &target) {
    const auto name = entry(part.file_name);
    const auto display = m_container->display_path(name);
    if (!has_entry(name)) {
      target.diagnose({display, std::nullopt, std::nullopt,
                       "listed in the manifest but missing from the archive", false});
      return;
    }
    auto content = m_container->read(name);
    // Each edit version is its own tweet object; keep only the newest of a chain when present.
    // The chains are found by a first pass, so that posts are emitted as they are converted and
    // never all held at once.
    std::unordered_set<std::string> present;
    std::vector<std::vector<std::string>> chains;
    for_each_array_element(content, display, nullptr,
                           [&](json::element element, std::int64_t, std::string_view) {
                             const auto tweet = json::field(element, "tweet").value_or(element);
                             if (auto id = valid_tweet_id(tweet)) {
                               present.insert(std::move(*id));
                               if (auto chain = edit_history(tweet); chain.size() > 1) {
                                 chains.push_back(std::move(chain));
                               }
                             }
                           });
    std::unordered_set<std::string> superseded;
    for (const auto &chain : chains) {
      if (present.count(chain.back()) != 0) {
        superseded.insert(chain.begin(), chain.end() - 1);
      }
    }
    present.clear();
    std::int64_t elements = 0;
    for_each_array_element(
        content, display, &target,
        [&](json::element element, std::int64_t line, std::string_view raw) {
          ++elements;
          const auto tweet = json::field(element, "tweet").value_or(element);
          std::string problem;
          auto post = parse_tweet(tweet, problem);
          if (!problem.empty()) {
            target.diagnose({display, line, std::nullopt, problem, !post.has_value()});
          }
          if (post && superseded.count(post->native_id) == 0) {
            post->raw = json::compact_record(raw);
            target.post(*post);
          }
        });
    if (part.count && *part.count != elements) {
      target.diagnose({display, std::nullopt, std::nullopt,
                       "manifest lists " + std::to_string(*part.count) + " tweets, the file has " +
                           std::to_string(elements),
                       false});
    }
  }

  // The ID of a tweet parse_tweet() accepts (one with an ID and a valid created_at).
  static std::optional<std::string> valid_tweet_id(json::element tweet) {
    auto id = json::id(tweet, "id_str");
    if (id.empty()) {
      id = json::id(tweet, "id");
    }
    if (id.empty() || !x::parse_twitter_time(json::string(tweet, "created_at"))) {
      return std::nullopt;
    }
    return id;
  }

  // `editTweetIds` of the tweet's edit chain, oldest first; empty when it names none.
  static std::vector<std::string> edit_history(json::element tweet) {
    std::vector<std::string> ids;
    if (auto edit = json::field(tweet, "edit_info")) {
      std::optional<json::element> control = json::field(*edit, "initial");
      if (!control) {
        if (auto edited = json::field(*edit, "edit")) {
          control = json::field(*edited, "editControlInitial");
        }
      }
      if (control) {
        if (auto list = json::array_field(*control, "editTweetIds")) {
          for (auto id : *list) {
            ids.push_back(json::id_text(id));
          }
        }
      }
    }
    return ids;
  }

  // One archive tweet; `problem` gets a message for a skipped record or a
  // suspicious one.
  std::optional<PostRecord> parse_tweet(json::element tweet, std::string &problem) const {
    PostRecord post;
    post.platform = Platform::x;
    post.native_id = json::id(tweet, "id_str");
    if (post.native_id.empty()) {
      post.native_id = json::id(tweet, "id");
    }
    post.created_at = x::parse_twitter_time(json::string(tweet, "created_at"));
    auto escaped = json::string(tweet, "full_text");
    if (escaped.empty()) {
      escaped = json::string(tweet, "text");
    }
    if (post.native_id.empty() || !post.created_at) {
      problem = post.native_id.empty()
                    ? "tweet without id_str; skipped"
                    : "tweet " + post.native_id + " has no valid created_at; skipped";
      return std::nullopt;
    }
    post.author = {m_owner.id, m_owner.handle};
    post.lang = std::string(json::string(tweet, "lang"));
    post.source_app = x::source_name(json::string(tweet, "source"));
    post.url = x::status_url(m_owner.handle, post.native_id);
    const x::TweetText text(escaped);
    post.text = text.text();
    post.text_norm = util::normalize_for_matching(post.text);

    bool mismatch = false;
    const auto entities = json::field(tweet, "entities");
    if (entities) {
      read_entities(*entities, text, post, mismatch);
    }

    // Classify: retweet, reply, quote, else original.
    x::StatusLink quoted;
    AccountRef reply_target;
    AccountRef shared_author;
    AccountRef quoted_author;
    if (escaped.substr(0, 4) == "RT @") {
      post.kind = PostKind::repost;
      post.text_truncated = post.text.size() >= 3 && post.text.ends_with("…");
      if (!post.mentions.empty()) {
        shared_author = post.mentions.front().account;
      }
    } else if (const auto parent = json::id(tweet, "in_reply_to_status_id_str");
               !parent.empty() || !json::id(tweet, "in_reply_to_status_id").empty()) {
      post.kind = PostKind::reply;
      post.reply_to_id = parent.empty() ? json::id(tweet, "in_reply_to_status_id") : parent;
      reply_target = {json::id(tweet, "in_reply_to_user_id_str"), {}};
      if (reply_target.native_id.empty()) {
        reply_target.native_id = json::id(tweet, "in_reply_to_user_id");
      }
    }
    for (const auto &url : post.urls) {
      if (auto link = x::parse_status_link(url.expanded_url)) {
        post.quoted_id = link->id;
        quoted_author = {{}, link->handle};
        if (post.kind == PostKind::post) {
          post.kind = PostKind::quote;
        }
        break;
      }
    }
    x::add_edges(post, reply_target, shared_author, quoted_author, x::automatic_mentions_end(post));

    if (post.kind != PostKind::repost) {
      // Archive counts of a retweet are "0", never the original's: they are not recorded at all.
      json::Counts counts;
      MetricCounts metrics;
      metrics.likes = counts.read(tweet, "favorite_count");
      metrics.reposts = counts.read(tweet, "retweet_count");
      post.metrics = metrics;
      post.observed_at = m_owner.generated_at;
      problem = counts.problem("tweet " + post.native_id);
    }
    post.retrieved_at = m_owner.generated_at;
    post.edit_history_ids = edit_history(tweet);
    if (mismatch) {
      problem += (problem.empty() ? "" : "; ") + std::string("tweet ") + post.native_id +
                 ": entity offsets do not match the text; located by search";
    }
    return post;
  }

  static void read_entities(json::element entities, const x::TweetText &text, PostRecord &post,
                            bool &mismatch) {
    const auto span = [](json::element entity) {
      std::pair<std::optional<std::int64_t>, std::optional<std::int64_t>> result;
      if (auto indices = json::array_field(entity, "indices")) {
        std::size_t n = 0;
        for (auto value : *indices) {
          (n++ == 0 ? result.first : result.second) = json::integer_value(value);
        }
      }
      return result;
    };
    if (auto hashtags = json::array_field(entities, "hashtags")) {
      for (auto tag : *hashtags) {
        const auto [start, end] = span(tag);
        x::add_hashtag(post, text, std::string(json::string(tag, "text")), start, end, mismatch);
      }
    }
    if (auto mentions = json::array_field(entities, "user_mentions")) {
      for (auto mention : *mentions) {
        AccountRef account{json::id(mention, "id_str"),
                           std::string(json::string(mention, "screen_name"))};
        if (account.native_id.empty()) {
          account.native_id = json::id(mention, "id");
        }
        if (account.native_id == "-1") {
          account.native_id.clear(); // archives write -1 for accounts that no longer exist
        }
        const auto [start, end] = span(mention);
        x::add_mention(post, text, std::move(account), start, end, mismatch);
      }
    }
    if (auto urls = json::array_field(entities, "urls")) {
      for (auto url : *urls) {
        const auto [start, end] = span(url);
        x::add_url(post, text, std::string(json::string(url, "url")),
                   std::string(json::string(url, "expanded_url")), start, end, mismatch);
      }
    }
  }

  std::string m_path;
  std::string m_format = "x-archive";
  std::unique_ptr<Container> m_container;
  std::string m_prefix;
  Owner m_owner;
  std::unordered_map<std::string, std::vector<Part>> m_parts;
  simdjson::dom::parser m_manifest_parser;
};

} // namespace

bool is_x_archive(const Container &container) {
  return !container.find_by_suffix(std::string(k_manifest)).empty();
}

std::unique_ptr<Input> make_x_archive_input(std::string path,
                                            std::unique_ptr<Container> container) {
  return std::make_unique<XArchiveInput>(std::move(path), std::move(container));
}

void throw_if_parts_failed(const std::vector<std::string> &failures) {
  if (failures.empty()) {
    return;
  }
  std::string message = failures.front();
  if (failures.size() > 1) {
    message += " (and " + std::to_string(failures.size() - 1) + " more parts)";
  }
  throw Error(ErrorKind::input, message);
}

std::int64_t line_of_offset(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
}

} // namespace sociometer::ingest
