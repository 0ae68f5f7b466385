// SPDX-License-Identifier: Apache-2.0
// Bluesky AppView JSON (docs/formats.md, Bluesky): response pages of `app.bsky.feed.getAuthorFeed`,
// `app.bsky.feed.searchPosts` and `app.bsky.feed.getPostThread`, either one page per file
// (pretty-printed or not) or one page per line (JSONL, as collection tools save them). JSONL is
// read line by line and a bad line is reported and skipped; a single page that cannot be parsed
// fails the file with its byte offset.
#include <unordered_map>
#include <unordered_set>

#include "bluesky_record.hpp"
#include "formats.hpp"
#include "json_access.hpp"
#include "limits.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"
#include "x_entities.hpp"

namespace sociometer::ingest {
namespace {

using bluesky::did_of_uri;
using bluesky::is_post_uri;
using bluesky::read_external;
using bluesky::read_record_embed;

// Thread levels followed in a getPostThread page (the API itself stops far earlier).
constexpr int k_max_thread_depth = 200;
constexpr std::string_view k_invalid_handle = "handle.invalid";

enum class PageForm { author_feed, search, thread, unknown };

PageForm classify(json::element page) {
  if (!page.is_object()) {
    return PageForm::unknown;
  }
  if (json::array_field(page, "feed")) {
    return PageForm::author_feed;
  }
  if (json::array_field(page, "posts")) {
    return PageForm::search;
  }
  if (json::object_field(page, "thread")) {
    return PageForm::thread;
  }
  return PageForm::unknown;
}

// How much of a post a record carries; a post is emitted again within a file only when a later
// occurrence says more (a reply parent first seen as a reference, then as a feed post).
enum class Level { unavailable = 0, referenced = 1, primary = 2 };

// Keys of the first top-level object in `text` (which starts with `{`), each with the first
// character of its value, as far as `text` goes. Strings and escapes are honoured.
std::vector<std::pair<std::string, char>> top_level_keys(std::string_view text) {
  std::vector<std::pair<std::string, char>> keys;
  int depth = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == '"') {
      const std::size_t begin = pos + 1;
      std::size_t end = begin;
      while (end < text.size() && text[end] != '"') {
        end += text[end] == '\\' ? 2 : 1;
      }
      if (end >= text.size()) {
        break;
      }
      pos = end + 1;
      if (depth == 1) {
        auto next = text.find_first_not_of(" \t\r\n", pos);
        if (next != std::string_view::npos && text[next] == ':') {
          const auto value = text.find_first_not_of(" \t\r\n", next + 1);
          keys.emplace_back(std::string(text.substr(begin, end - begin)),
                            value == std::string_view::npos ? '\0' : text[value]);
        }
      }
      continue;
    }
    if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth <= 0) {
        break;
      }
    }
    ++pos;
  }
  return keys;
}

// Where the JSON text goes wrong structurally: a closing bracket that closes nothing open, text
// after the document, or the end of the input inside an object, array or string (a truncated
// file). std::nullopt when the brackets are sound and the problem is elsewhere.
struct StructureProblem {
  std::size_t offset = 0;
  std::string what;
};
std::optional<StructureProblem> find_structure_problem(std::string_view text) {
  std::string open;
  bool in_string = false;
  bool closed = false;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (in_string) {
      if (c == '\\') {
        ++pos;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (closed && c != ' ' && c != '\t' && c != '\r' && c != '\n') {
      return StructureProblem{pos, "text after the end of the JSON document"};
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      open.push_back(c);
    } else if (c == '}' || c == ']') {
      if (open.empty() || open.back() != (c == '}' ? '{' : '[')) {
        return StructureProblem{pos, std::string("unexpected `") + c + "`"};
      }
      open.pop_back();
      closed = open.empty();
    }
  }
  if (in_string || !open.empty()) {
    const char *inside = in_string ? "a string" : open.back() == '{' ? "an object" : "an array";
    return StructureProblem{text.size(), std::string("truncated: the input ends inside ") + inside};
  }
  return std::nullopt;
}

class BlueskyInput final : public Input {
public:
  // Pages carry no retrieval time: counts are as of the file's modification time.
  explicit BlueskyInput(std::unique_ptr<ByteSource> source)
      : m_source(std::move(source)), m_observed_at(file_time_or_now(m_source->path())) {}

  [[nodiscard]] const std::string &path() const override { return m_source->path(); }
  [[nodiscard]] const std::string &format() const override { return m_format; }
  [[nodiscard]] Platform platform() const override { return Platform::bluesky; }
  [[nodiscard]] std::string sha256() override { return m_source->sha256(); }

  void parse(IngestTarget &target) override {
    m_target = &target;
    std::string_view line;
    std::optional<bool> jsonl;
    std::string document;
    while (m_source->next_line(line)) {
      if (interrupt_requested()) {
        throw Error(ErrorKind::interrupted, "interrupted");
      }
      const auto overlong = m_source->overlong_line();
      const bool blank = !overlong && line.find_first_not_of(" \t\r") == std::string_view::npos;
      if (!jsonl && !blank) {
        jsonl = overlong || is_whole_object(line);
      }
      if (jsonl.value_or(false)) {
        m_line = m_source->line_number();
        if (overlong) {
          // One page of 100 posts is well under a megabyte: such a line is not read at all.
          diagnose("line of " + std::to_string(*overlong) + " bytes is " + line_limit_text() +
                       "; skipped",
                   true);
        } else if (!blank) {
          parse_line(line);
          target.record_boundary();
        }
        continue;
      }
      // One page over several lines: keep its bytes exactly, so error offsets are the file's. It
      // is parsed whole, so it must stay within the line limit.
      const auto offset = static_cast<std::size_t>(m_source->line_offset());
      if (overlong || offset + line.size() > max_line_bytes()) {
        throw Error(ErrorKind::input, m_source->path() + ": page over several lines " +
                                          line_limit_text() + "; not read");
      }
      while (document.size() < offset) {
        document.push_back(document.size() + 1 == offset ? '\n' : '\r');
      }
      document.append(line);
    }
    if (!jsonl.value_or(true)) {
      m_line.reset();
      parse_document(document);
      target.record_boundary();
    }
  }

private:
  // A JSONL line holds a whole page; a pretty-printed page opens with a line that does not.
  static bool is_whole_object(std::string_view line) {
    const auto first = line.find_first_not_of(" \t\r");
    const auto last = line.find_last_not_of(" \t\r");
    return line[first] == '{' && last > first && line[last] == '}';
  }

  void diagnose(const std::string &message, bool skipped) {
    m_target->diagnose({m_source->path(), m_line, std::nullopt, message, skipped});
  }

  [[noreturn]] void fail(std::string_view document, std::size_t offset, const std::string &what) {
    throw Error(ErrorKind::input, m_source->path() + ":" +
                                      std::to_string(line_of_offset(document, offset)) + ": " +
                                      what + " (byte " + std::to_string(offset) + ")");
  }

  void parse_document(std::string_view document) {
    if (const auto bad = util::find_invalid_utf8(document)) {
      fail(document, *bad, "invalid UTF-8");
    }
    json::element page;
    if (auto error = m_parser.parse(document.data(), document.size(), true).get(page)) {
      if (const auto problem = find_structure_problem(document)) {
        fail(document, problem->offset, "invalid JSON: " + problem->what);
      }
      throw Error(ErrorKind::input, m_source->path() + ": " + json::parse_problem(error));
    }
    if (classify(page) == PageForm::unknown) {
      throw Error(ErrorKind::input,
                  m_source->path() + ": not a Bluesky page (no `feed`, `posts` or `thread`)");
    }
    parse_page(page);
  }

  void parse_line(std::string_view line) {
    json::element page;
    if (auto error = m_parser.parse(line.data(), line.size(), true).get(page)) {
      // A complete line that is not JSON: Bluesky pages are long, so the column of the first
      // structural problem helps more than simdjson's reason.
      const bool complete = m_source->ended_with_newline();
      const auto problem =
          complete && error != simdjson::UTF8_ERROR && error != simdjson::DEPTH_ERROR
              ? find_structure_problem(line)
              : std::nullopt;
      diagnose(problem ? "invalid JSON at column " + std::to_string(problem->offset + 1) + ": " +
                             problem->what + "; line skipped"
                       : json::line_problem(error, line, complete),
               true);
      return;
    }
    if (classify(page) == PageForm::unknown) {
      diagnose("not a Bluesky page (no `feed`, `posts` or `thread`); line skipped", true);
      return;
    }
    parse_page(page);
  }

  void parse_page(json::element page) {
    switch (classify(page)) {
    case PageForm::author_feed: {
      const auto feed = json::array_field(page, "feed");
      for (auto item : *feed) {
        check_interrupt();
        feed_item(item);
      }
      break;
    }
    case PageForm::search: {
      const auto posts = json::array_field(page, "posts");
      for (auto view : *posts) {
        check_interrupt();
        post_view(view, RecordRole::primary);
      }
      break;
    }
    case PageForm::thread:
      thread_node(*json::field(page, "thread"), 0);
      break;
    case PageForm::unknown:
      break;
    }
  }

  static void check_interrupt() {
    if (interrupt_requested()) {
      throw Error(ErrorKind::interrupted, "interrupted");
    }
  }

  // One FeedViewPost: the reply context first, then the post, then the repost.
  void feed_item(json::element item) {
    const auto post = json::field(item, "post");
    if (!post || !post->is_object()) {
      diagnose("feed item without a `post`; skipped", true);
      return;
    }
    if (auto reply = json::field(item, "reply")) {
      if (auto grandparent = json::field(*reply, "grandparentAuthor")) {
        account(*grandparent);
      }
      for (const auto key : {"root", "parent"}) {
        if (auto reference = json::field(*reply, key)) {
          referenced_view(*reference);
        }
      }
    }
    const auto reason = json::field(item, "reason");
    const bool repost =
        reason && json::string(*reason, "$type") == "app.bsky.feed.defs#reasonRepost";
    // A reposted post belongs to someone else: stored with its content, but as a reference.
    post_view(*post, repost ? RecordRole::referenced : RecordRole::primary);
    if (repost) {
      repost_event(item, *reason, *post);
    }
  }

  // A getPostThread node: threadViewPost, notFoundPost or blockedPost; parents and replies too.
  void thread_node(json::element node, int depth) {
    if (depth > k_max_thread_depth) {
      diagnose("thread deeper than " + std::to_string(k_max_thread_depth) +
                   " levels; the rest is skipped",
               false);
      return;
    }
    const auto post = json::field(node, "post");
    if (!post || !post->is_object()) {
      referenced_view(node);
      return;
    }
    post_view(*post, RecordRole::primary);
    if (auto parent = json::field(node, "parent"); parent && parent->is_object()) {
      thread_node(*parent, depth + 1);
    }
    if (auto replies = json::array_field(node, "replies")) {
      for (auto reply : *replies) {
        check_interrupt();
        thread_node(reply, depth + 1);
      }
    }
  }

  // A reply root/parent or thread node that is a postView, notFoundPost or blockedPost.
  void referenced_view(json::element view) {
    const auto uri = std::string(json::string(view, "uri"));
    if (json::boolean(view, "notFound") || json::boolean(view, "blocked") ||
        json::boolean(view, "detached")) {
      unavailable(uri, json::field(view, "author"));
    } else if (json::field(view, "record") || json::field(view, "value")) {
      post_view(view, RecordRole::referenced);
    }
  }

  // A post known only by reference (deleted, blocked, detached): its author is the URI's DID.
  void unavailable(const std::string &uri, std::optional<json::element> author) {
    if (!is_post_uri(uri) || !claim(uri, Level::unavailable)) {
      return;
    }
    PostRecord post;
    post.platform = Platform::bluesky;
    post.native_id = uri;
    post.role = RecordRole::referenced;
    post.state = PostState::unavailable;
    post.author = author ? account(*author) : AccountRef{};
    if (post.author.empty()) {
      post.author = account_of_uri(uri);
    }
    m_target->post(post);
  }

  // True when `id` has not been emitted at `level` or above in this file (and records it).
  bool claim(const std::string &id, Level level) {
    auto [it, inserted] = m_emitted.try_emplace(id, level);
    if (inserted) {
      return true;
    }
    if (it->second >= level) {
      return false;
    }
    it->second = level;
    return true;
  }

  // The profile an author/`by` object names; emits its AccountRecord the first time it is seen.
  AccountRef account(json::element profile) {
    const auto did = std::string(json::string(profile, "did"));
    if (did.empty()) {
      return {};
    }
    std::string handle(json::string(profile, "handle"));
    if (handle == k_invalid_handle) {
      handle.clear(); // failed verification: the DID is the only identity left
    }
    AccountRecord record;
    record.platform = Platform::bluesky;
    record.ref = {did, handle};
    record.display_name = std::string(json::string(profile, "displayName"));
    record.created_at = util::parse_iso8601(json::string(profile, "createdAt"));
    json::Counts counts;
    record.followers = counts.read(profile, "followersCount");
    record.following = counts.read(profile, "followsCount");
    record.posts_count = counts.read(profile, "postsCount");
    if (const auto problem = counts.problem("account " + did); !problem.empty()) {
      diagnose(problem, false);
    }
    if (record.followers || record.following || record.posts_count) {
      record.observed_at = m_observed_at;
    }
    if (!handle.empty() || !record.display_name.empty() || record.created_at) {
      const auto key = did + '\n' + handle + '\n' + record.display_name + '\n' +
                       std::string(json::string(profile, "createdAt"));
      if (m_accounts.insert(key).second) {
        m_target->account(record);
      }
    }
    return record.ref;
  }

  // The author of a post known by its AT-URI: the DID only, so that a post's edges do not depend on
  // which other posts of the file named a handle for it (the content hash would change).
  static AccountRef account_of_uri(std::string_view uri) { return {did_of_uri(uri), {}}; }

  // A PostView (or an embedded viewRecord, whose record is `value`), emitted once per file.
  void post_view(json::element view, RecordRole role) {
    const auto uri = std::string(json::string(view, "uri"));
    if (uri.empty()) {
      diagnose("post without `uri`; skipped", true);
      return;
    }
    if (m_emitted.count(uri) != 0 &&
        m_emitted[uri] >= (role == RecordRole::primary ? Level::primary : Level::referenced)) {
      return;
    }
    std::vector<std::string> problems;
    auto post = convert(view, role, problems);
    if (!problems.empty()) {
      std::string message = "post " + uri + ": ";
      for (std::size_t n = 0; n < problems.size(); ++n) {
        message += (n == 0 ? "" : "; ") + problems[n];
      }
      diagnose(message, !post);
    }
    if (post && claim(uri, role == RecordRole::primary ? Level::primary : Level::referenced)) {
      m_target->post(*post);
    }
  }

  // The quoted post of a PostView `embed` (record#view, recordWithMedia#view): emitted as a
  // reference, available or not. Returns its author when the view names one.
  AccountRef quoted_view(json::element embed) {
    const auto type = json::string(embed, "$type");
    std::optional<json::element> quoted;
    if (type == "app.bsky.embed.record#view") {
      quoted = json::field(embed, "record");
    } else if (type == "app.bsky.embed.recordWithMedia#view") {
      if (auto holder = json::field(embed, "record")) {
        quoted = json::field(*holder, "record");
      }
    }
    if (!quoted || !is_post_uri(json::string(*quoted, "uri"))) {
      return {};
    }
    const auto quoted_type = json::string(*quoted, "$type");
    if (quoted_type == "app.bsky.embed.record#viewRecord" || json::field(*quoted, "value")) {
      post_view(*quoted, RecordRole::referenced);
    } else {
      // viewNotFound, viewBlocked, viewDetached: the reference is all there is.
      unavailable(std::string(json::string(*quoted, "uri")), json::field(*quoted, "author"));
    }
    if (auto author = json::field(*quoted, "author")) {
      return account(*author);
    }
    return {};
  }

  std::optional<PostRecord> convert(json::element view, RecordRole role,
                                    std::vector<std::string> &problems) {
    PostRecord post;
    post.platform = Platform::bluesky;
    post.role = role;
    post.native_id = std::string(json::string(view, "uri"));
    post.version_key = std::string(json::string(view, "cid"));
    if (auto author = json::field(view, "author")) {
      post.author = account(*author);
    }
    if (post.author.empty()) {
      post.author = account_of_uri(post.native_id);
    }
    auto record = json::field(view, "record");
    if (!record || !record->is_object()) {
      record = json::field(view, "value"); // an embedded viewRecord
    }
    if (!record || !record->is_object()) {
      problems.emplace_back("no post record; skipped");
      return std::nullopt;
    }

    post.created_at = bluesky::sort_time(*record, view);
    if (!post.created_at) {
      problems.emplace_back("no valid createdAt or indexedAt; skipped");
      return std::nullopt;
    }

    bluesky::read_text_and_entities(*record, post, problems);
    const auto slash = post.native_id.rfind('/');
    if (is_post_uri(post.native_id) && slash != std::string::npos) {
      const auto did = did_of_uri(post.native_id);
      if (!did.empty()) {
        post.url = "https://bsky.app/profile/" + did + "/post/" + post.native_id.substr(slash + 1);
      }
    }

    // Embeds: the record says what was embedded, the view says what became of it.
    AccountRef quoted_author;
    std::string quoted_uri;
    std::vector<json::element> views;
    if (auto embed = json::field(view, "embed")) {
      views.push_back(*embed);
    }
    if (auto embeds = json::array_field(view, "embeds")) {
      for (auto embed : *embeds) {
        views.push_back(embed);
      }
    }
    if (auto embed = json::field(*record, "embed")) {
      read_record_embed(*embed, post, quoted_uri);
    }
    for (const auto &embed : views) {
      if (json::field(view, "record")) { // a PostView; an embedded viewRecord's quotes stay refs
        if (auto author = quoted_view(embed); !author.empty()) {
          quoted_author = author;
        }
      }
      read_external(embed, "app.bsky.embed.external#view", post);
      if (auto media = json::field(embed, "media")) {
        read_external(*media, "app.bsky.embed.external#view", post);
      }
    }
    if (is_post_uri(quoted_uri)) {
      post.quoted_id = quoted_uri;
      if (quoted_author.empty()) {
        quoted_author = account_of_uri(quoted_uri);
      }
    }

    AccountRef reply_target;
    if (auto reply = json::field(*record, "reply")) {
      if (auto parent = json::field(*reply, "parent")) {
        post.reply_to_id = std::string(json::string(*parent, "uri"));
      }
      if (post.reply_to_id.empty()) {
        problems.emplace_back("reply without a parent URI");
      } else {
        post.kind = PostKind::reply;
        reply_target = account_of_uri(post.reply_to_id);
      }
    }
    if (post.kind != PostKind::reply && !post.quoted_id.empty()) {
      post.kind = PostKind::quote;
    }
    x::add_edges(post, reply_target, {}, post.quoted_id.empty() ? AccountRef{} : quoted_author, 0);

    json::Counts read;
    MetricCounts counts;
    counts.replies = read.read(view, "replyCount");
    counts.reposts = read.read(view, "repostCount");
    counts.likes = read.read(view, "likeCount");
    counts.quotes = read.read(view, "quoteCount");
    counts.bookmarks = read.read(view, "bookmarkCount");
    if (auto problem = read.problem(""); !problem.empty()) {
      problems.push_back(std::move(problem));
    }
    if (!counts.empty()) {
      post.metrics = counts;
      post.observed_at = m_observed_at;
    }
    post.raw = simdjson::to_string(view);
    post.detail_rank = 2;
    return post;
  }

  // A FeedViewPost with reasonRepost: the repost event of `reason.by`, keyed on the repost
  // record's URI (or `<reposter DID>/repost/<post URI>` when the view omits it).
  void repost_event(json::element item, json::element reason, json::element original) {
    PostRecord repost;
    repost.platform = Platform::bluesky;
    repost.kind = PostKind::repost;
    repost.shared_of_id = std::string(json::string(original, "uri"));
    if (auto by = json::field(reason, "by")) {
      repost.author = account(*by);
    }
    repost.native_id = std::string(json::string(reason, "uri"));
    if (repost.native_id.empty()) {
      if (repost.author.native_id.empty()) {
        diagnose("repost of " + repost.shared_of_id + " names no repost URI nor reposter; skipped",
                 true);
        return;
      }
      repost.native_id = repost.author.native_id + "/repost/" + repost.shared_of_id;
    }
    repost.version_key = std::string(json::string(reason, "cid"));
    repost.created_at = util::parse_iso8601(json::string(reason, "indexedAt"));
    if (!repost.created_at) {
      diagnose("repost " + repost.native_id + " has no valid indexedAt; skipped", true);
      return;
    }
    AccountRef original_author;
    if (auto author = json::field(original, "author")) {
      original_author = account(*author);
    }
    if (original_author.empty()) {
      original_author = account_of_uri(repost.shared_of_id);
    }
    x::add_edges(repost, {}, original_author, {}, 0);
    repost.raw = simdjson::to_string(item);
    repost.detail_rank = 2;
    if (claim(repost.native_id, Level::primary)) {
      m_target->post(repost);
    }
  }

  std::unique_ptr<ByteSource> m_source;
  std::string m_format = "bluesky";
  simdjson::dom::parser m_parser;
  std::optional<TimePoint> m_observed_at;
  IngestTarget *m_target = nullptr;
  std::optional<std::int64_t> m_line; // JSONL line being read, for diagnostics
  std::unordered_map<std::string, Level> m_emitted;
  std::unordered_set<std::string> m_accounts;
};

} // namespace

bool is_bluesky_json(std::string_view head) {
  const auto start = head.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || head[start] != '{' ||
      head.find("\"at://did:") == std::string_view::npos) {
    return false;
  }
  bool page = false;
  for (const auto &[key, value] : top_level_keys(head.substr(start))) {
    if (key == "data" || key == "includes" || key == "orderedItems" || key == "@context") {
      return false; // X API v2 or ActivityPub, whatever they quote
    }
    page = page || ((key == "feed" || key == "posts") && value == '[') ||
           (key == "thread" && value == '{');
  }
  return page;
}

std::unique_ptr<Input> make_bluesky_input(std::unique_ptr<ByteSource> source) {
  return std::make_unique<BlueskyInput>(std::move(source));
}

} // namespace sociometer::ingest
