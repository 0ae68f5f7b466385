// SPDX-License-Identifier: Apache-2.0
// X API v2 JSONL as twarc2 writes it (docs/formats.md, twarc2): one raw response page per line, one
// filtered-stream tweet per line (`data` is an object), or one flattened tweet per line. Read line
// by line; a bad line is reported and skipped, never the whole file.
#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "formats.hpp"
#include "json_access.hpp"
#include "limits.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"
#include "x_entities.hpp"
#include "x_time.hpp"

namespace sociometer::ingest {
namespace {

enum class LineForm { page, flattened, compliance, error_only, unknown };

// A compliance job's result line: what happened to one tweet or user ID.
bool is_compliance_event(json::element line) {
  return json::field(line, "id") && json::field(line, "action") &&
         (json::field(line, "reason") || json::field(line, "redacted_at"));
}

LineForm classify(json::element line) {
  if (!line.is_object()) {
    return LineForm::unknown;
  }
  if (json::field(line, "data")) {
    return LineForm::page;
  }
  if (json::field(line, "id") && json::field(line, "text")) {
    return LineForm::flattened;
  }
  if (is_compliance_event(line)) {
    return LineForm::compliance;
  }
  if (json::field(line, "errors")) {
    return LineForm::error_only;
  }
  return LineForm::unknown;
}

// What the objects of a page's `data` are: twarc2 writes users lookups, lists, tweet counts and
// compliance jobs in the same page shape as tweets, so only their fields tell them apart.
enum class Holds { tweets, users, lists, counts, compliance, other };

Holds object_holds(json::element object) {
  if (!object.is_object()) {
    return Holds::other;
  }
  const bool has_id = json::field(object, "id").has_value();
  if (has_id && (json::field(object, "text") || json::field(object, "author_id"))) {
    return Holds::tweets;
  }
  if (has_id && json::field(object, "username")) {
    return Holds::users;
  }
  if (json::field(object, "tweet_count") &&
      (json::field(object, "start") || json::field(object, "end"))) {
    return Holds::counts;
  }
  if (has_id && (json::field(object, "upload_url") || json::field(object, "download_url") ||
                 is_compliance_event(object))) {
    return Holds::compliance;
  }
  if (has_id && json::field(object, "name")) {
    return Holds::lists;
  }
  return Holds::other;
}

// How messages name the outputs that hold no tweets: what they are, and what they hold instead.
struct NotTweets {
  std::string_view output;
  std::string_view holding;
};
NotTweets describe(Holds holds) {
  switch (holds) {
  case Holds::lists:
    return {"twarc2 lists output", "list descriptions"};
  case Holds::counts:
    return {"twarc2 counts output", "tweet counts"};
  case Holds::compliance:
    return {"twarc2 compliance output", "compliance events for tweet or user IDs"};
  default:
    return {"twarc2 output", "objects without `text` or `author_id`"};
  }
}

// Who wrote what, as far as this line tells: users by ID and tweet authors by tweet ID.
struct Lookup {
  std::unordered_map<std::string, std::string> handles;       // user id → username
  std::unordered_map<std::string, std::string> tweet_authors; // tweet id → author id

  [[nodiscard]] AccountRef account(const std::string &user_id) const {
    if (user_id.empty()) {
      return {};
    }
    const auto it = handles.find(user_id);
    return {user_id, it == handles.end() ? std::string() : it->second};
  }
  [[nodiscard]] AccountRef author_of(const std::string &tweet_id) const {
    const auto it = tweet_authors.find(tweet_id);
    return it == tweet_authors.end() ? AccountRef{} : account(it->second);
  }
};

// `problem`: set when a count is not one (json::Counts).
// Adds `more` to the one diagnostic of a record.
void add_problem(std::string &problem, const std::string &more) {
  if (!more.empty()) {
    problem += (problem.empty() ? "" : "; ") + more;
  }
}

AccountRecord user_record(json::element user, std::optional<TimePoint> observed_at,
                          std::string &problem) {
  AccountRecord record;
  record.platform = Platform::x;
  record.ref = {json::id(user, "id"), std::string(json::string(user, "username"))};
  record.display_name = std::string(json::string(user, "name"));
  record.created_at = util::parse_iso8601(json::string(user, "created_at"));
  if (auto metrics = json::field(user, "public_metrics")) {
    json::Counts counts;
    record.followers = counts.read(*metrics, "followers_count");
    record.following = counts.read(*metrics, "following_count");
    record.posts_count = counts.read(*metrics, "tweet_count");
    problem = counts.problem("user " + record.ref.native_id);
  }
  record.observed_at = observed_at;
  return record;
}

class TwarcInput final : public Input {
public:
  // Without `__twarc.retrieved_at`, counts are as of the file's modification time.
  explicit TwarcInput(std::unique_ptr<ByteSource> source)
      : m_source(std::move(source)), m_default_observed_at(file_time_or_now(m_source->path())) {}

  [[nodiscard]] const std::string &path() const override { return m_source->path(); }
  [[nodiscard]] const std::string &format() const override { return m_format; }
  [[nodiscard]] Platform platform() const override { return Platform::x; }
  [[nodiscard]] std::string sha256() override { return m_source->sha256(); }

  void parse(IngestTarget &target) override {
    std::string_view line;
    while (m_source->next_line(line)) {
      if (interrupt_requested()) {
        throw Error(ErrorKind::interrupted, "interrupted");
      }
      if (const auto length = m_source->overlong_line()) {
        // One API page is at most a few MB; a line far beyond is not read, only skipped.
        skip(target,
             "line of " + std::to_string(*length) + " bytes is " + line_limit_text() + "; skipped");
        continue;
      }
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
        continue;
      }
      parse_line(line, target);
      target.record_boundary();
    }
    report_not_tweets(target);
  }

private:
  // Lines of one kind that hold no tweets: how many, and the first.
  struct Tally {
    std::int64_t lines = 0;
    std::int64_t first_line = 0;
    std::int64_t last_line = 0;
  };

  void note_not_tweets(Holds holds) {
    auto &tally = m_not_tweets[holds];
    if (tally.last_line == m_source->line_number()) {
      return; // one page counts once
    }
    tally.last_line = m_source->line_number();
    if (tally.lines++ == 0) {
      tally.first_line = tally.last_line;
    }
  }

  // An output of nothing but lists, counts or compliance events is refused with one message; in a
  // capture that also holds tweets or users, each kind is one diagnostic, not one per line.
  void report_not_tweets(IngestTarget &target) {
    if (m_not_tweets.empty()) {
      return;
    }
    if (!m_found_records) {
      const auto first = std::min_element(
          m_not_tweets.begin(), m_not_tweets.end(),
          [](const auto &a, const auto &b) { return a.second.first_line < b.second.first_line; });
      const auto what = describe(first->first);
      throw Error(ErrorKind::input, m_source->path() + ": " + std::string(what.output) + ": " +
                                        std::string(what.holding) +
                                        ", not tweets; nothing to import");
    }
    for (const auto &[holds, tally] : m_not_tweets) {
      const auto what = describe(holds);
      target.diagnose({m_source->path(), tally.first_line, std::nullopt,
                       std::string(what.output) + " (" + std::string(what.holding) +
                           ", not tweets): " + std::to_string(tally.lines) +
                           (tally.lines == 1 ? " line" : " lines") + " skipped, the first here",
                       false});
    }
  }

  AccountRecord read_user(json::element user, std::optional<TimePoint> observed,
                          IngestTarget &target) const {
    std::string problem;
    auto record = user_record(user, observed, problem);
    if (!problem.empty()) {
      target.diagnose({m_source->path(), m_source->line_number(), std::nullopt, problem, false});
    }
    return record;
  }

  void skip(IngestTarget &target, const std::string &message) {
    target.diagnose({m_source->path(), m_source->line_number(), std::nullopt, message, true});
  }

  void parse_line(std::string_view line, IngestTarget &target) {
    json::element root;
    if (auto error = m_parser.parse(line.data(), line.size(), true).get(root)) {
      skip(target, json::line_problem(error, line, m_source->ended_with_newline()));
      return;
    }
    switch (classify(root)) {
    case LineForm::page:
      parse_page(root, target);
      break;
    case LineForm::flattened:
      m_found_records = true;
      parse_flattened(root, target);
      break;
    case LineForm::compliance:
      note_not_tweets(Holds::compliance);
      break;
    case LineForm::error_only: {
      std::string title = "error";
      if (auto errors = json::array_field(root, "errors")) {
        for (auto error : *errors) {
          title = std::string(json::string(error, "title"));
          break;
        }
      }
      target.diagnose({m_source->path(), m_source->line_number(), std::nullopt,
                       "page with errors only (" + title + "); nothing to load", false});
      break;
    }
    case LineForm::unknown:
      skip(target, "not an X API v2 page or tweet (no `data`, `id`/`text`); line skipped");
      break;
    }
  }

  std::optional<TimePoint> observed_at(json::element holder) const {
    if (auto meta = json::field(holder, "__twarc")) {
      if (auto at = util::parse_iso8601(json::string(*meta, "retrieved_at"))) {
        return at;
      }
    }
    return m_default_observed_at;
  }

  // A raw page (or stream line): includes first, so that data tweets find their targets.
  void parse_page(json::element page, IngestTarget &target) {
    const auto observed = observed_at(page);
    Lookup lookup;
    std::vector<json::element> objects;
    if (auto list = json::array_field(page, "data")) {
      for (auto object : *list) {
        objects.push_back(object);
      }
    } else if (auto single = json::field(page, "data"); single && single->is_object()) {
      objects.push_back(*single);
    }
    std::vector<json::element> data; // the tweets among them
    for (const auto &object : objects) {
      switch (const auto holds = object_holds(object)) {
      case Holds::tweets:
        data.push_back(object);
        break;
      case Holds::users: // a users lookup, followers, following: accounts, never posts
        m_found_records = true;
        target.account(read_user(object, observed, target));
        break;
      default:
        note_not_tweets(holds);
      }
    }
    if (data.empty() && !objects.empty()) {
      return; // the includes of users or lists (pinned tweets, owners) are not a capture
    }
    m_found_records = m_found_records || !data.empty();
    std::vector<json::element> included;
    if (auto includes = json::field(page, "includes")) {
      if (auto users = json::array_field(*includes, "users")) {
        for (auto user : *users) {
          auto record = read_user(user, observed, target);
          lookup.handles[record.ref.native_id] = record.ref.handle;
          target.account(record);
        }
      }
      if (auto tweets = json::array_field(*includes, "tweets")) {
        for (auto tweet : *tweets) {
          included.push_back(tweet);
        }
      }
    }
    for (const auto &tweet : data) {
      lookup.tweet_authors[json::id(tweet, "id")] = json::id(tweet, "author_id");
    }
    for (const auto &tweet : included) {
      lookup.tweet_authors[json::id(tweet, "id")] = json::id(tweet, "author_id");
    }
    for (const auto &tweet : included) {
      emit(tweet, RecordRole::referenced, lookup, observed, target);
    }
    // Referenced tweets the API could not return: keep the reference as an unavailable post.
    if (auto errors = json::array_field(page, "errors")) {
      for (auto error : *errors) {
        const auto id = json::id(error, "resource_id");
        if (json::string(error, "resource_type") == "tweet" && !id.empty() &&
            lookup.tweet_authors.count(id) == 0) {
          emit_unavailable(id, target);
        }
      }
    }
    for (const auto &tweet : data) {
      emit(tweet, RecordRole::primary, lookup, observed, target);
    }
  }

  // One flattened tweet: expansions inlined (`author`, whole tweets in `referenced_tweets`).
  void parse_flattened(json::element tweet, IngestTarget &target) {
    const auto observed = observed_at(tweet);
    Lookup lookup;
    const auto note_author = [&](json::element holder) {
      if (auto author = json::field(holder, "author"); author && author->is_object()) {
        auto record = read_user(*author, observed, target);
        if (!record.ref.native_id.empty()) {
          lookup.handles[record.ref.native_id] = record.ref.handle;
          target.account(record);
        }
      }
      lookup.tweet_authors[json::id(holder, "id")] = json::id(holder, "author_id");
    };
    note_author(tweet);
    if (auto references = json::array_field(tweet, "referenced_tweets")) {
      for (auto reference : *references) {
        if (json::field(reference, "text")) {
          note_author(reference);
          emit(reference, RecordRole::referenced, lookup, observed, target);
        } else if (const auto id = json::id(reference, "id"); !id.empty()) {
          emit_unavailable(id, target); // flatten turns a missing include into {}
        }
      }
    }
    emit(tweet, RecordRole::primary, lookup, observed, target);
  }

  void emit_unavailable(const std::string &id, IngestTarget &target) {
    PostRecord post;
    post.platform = Platform::x;
    post.native_id = id;
    post.role = RecordRole::referenced;
    post.state = PostState::unavailable;
    target.post(post);
  }

  void emit(json::element tweet, RecordRole role, const Lookup &lookup,
            std::optional<TimePoint> observed, IngestTarget &target) {
    std::string problem;
    auto post = convert(tweet, role, lookup, observed, problem);
    if (!problem.empty()) {
      target.diagnose({m_source->path(), m_source->line_number(), std::nullopt, problem, !post});
    }
    if (post) {
      target.post(*post);
    }
  }

  // One v2 tweet object.
  std::optional<PostRecord> convert(json::element tweet, RecordRole role, const Lookup &lookup,
                                    std::optional<TimePoint> observed, std::string &problem) const {
    PostRecord post;
    post.platform = Platform::x;
    post.role = role;
    post.native_id = json::id(tweet, "id");
    post.created_at = util::parse_iso8601(json::string(tweet, "created_at"));
    if (post.native_id.empty()) {
      problem = "tweet without id; skipped";
      return std::nullopt;
    }
    if (object_holds(tweet) != Holds::tweets) {
      problem = "object " + post.native_id + " has no `text` or `author_id`: not a tweet; skipped";
      return std::nullopt;
    }
    if (!post.created_at) {
      // Captures without tweet.fields=created_at: the snowflake ID still tells the time.
      post.created_at = x::twitter_snowflake_time(post.native_id);
      if (!post.created_at) {
        problem = "tweet " + post.native_id + " has no valid created_at; skipped";
        return std::nullopt;
      }
      if (const auto given = json::field(tweet, "created_at"); given && !given->is_null()) {
        add_problem(problem, "tweet " + post.native_id + ": created_at " +
                                 util::truncate_code_points(simdjson::to_string(*given), 40) +
                                 " is not a time between 1970 and 9999; the time of its ID is "
                                 "used");
      }
    }
    post.author = lookup.account(json::id(tweet, "author_id"));
    post.lang = std::string(json::string(tweet, "lang"));
    post.source_app = std::string(json::string(tweet, "source"));
    post.url = x::status_url(post.author.handle, post.native_id);

    std::string_view escaped = json::string(tweet, "text");
    bool from_note = false;
    if (auto note = json::field(tweet, "note_tweet")) {
      if (const auto full = json::string(*note, "text"); !full.empty()) {
        escaped = full;
        from_note = true;
      }
    }
    const x::TweetText text(escaped);
    post.text = text.text();
    post.text_norm = util::normalize_for_matching(post.text);

    bool mismatch = false;
    if (!from_note) {
      if (auto entities = json::field(tweet, "entities")) {
        read_entities(*entities, text, post, mismatch);
      }
    }

    if (is_placeholder(tweet, post.text)) {
      x::make_placeholder(post);
    }
    read_references(tweet, lookup, post);

    if (auto history = json::array_field(tweet, "edit_history_tweet_ids")) {
      for (auto id : *history) {
        post.edit_history_ids.push_back(json::id_text(id));
      }
    }
    if (post.kind != PostKind::repost) {
      // A retweet's counts are the original's: never credited to the reposter.
      if (auto metrics = json::field(tweet, "public_metrics")) {
        json::Counts read;
        MetricCounts counts;
        counts.likes = read.read(*metrics, "like_count");
        counts.reposts = read.read(*metrics, "retweet_count");
        counts.replies = read.read(*metrics, "reply_count");
        counts.quotes = read.read(*metrics, "quote_count");
        counts.bookmarks = read.read(*metrics, "bookmark_count");
        counts.impressions = read.read(*metrics, "impression_count");
        post.metrics = counts;
        post.observed_at = observed;
        add_problem(problem, read.problem("tweet " + post.native_id));
      }
    }
    if (post.placeholder) {
      post.metrics.reset(); // a notice's counts say nothing about the tweet behind it
      post.observed_at.reset();
    }
    post.retrieved_at = observed;
    post.raw = simdjson::to_string(tweet);
    post.detail_rank = 2;
    if (mismatch) {
      add_problem(problem, "tweet " + post.native_id +
                               ": entity offsets do not match the text; located by search");
    }
    return post;
  }

  // A notice in place of the tweet, or a withheld stub (a `withheld` tweet without text).
  static bool is_placeholder(json::element tweet, std::string_view text) {
    return x::is_placeholder_text(text) ||
           (json::field(tweet, "withheld").has_value() &&
            text.find_first_not_of(" \t\r\n") == std::string_view::npos);
  }

  // What the tweet reposts, quotes or answers (`referenced_tweets`), its kind, and the edges to
  // the accounts behind them.
  static void read_references(json::element tweet, const Lookup &lookup, PostRecord &post) {
    std::string replied_to;
    if (auto references = json::array_field(tweet, "referenced_tweets")) {
      for (auto reference : *references) {
        const auto type = json::string(reference, "type");
        const auto id = json::id(reference, "id");
        if (type == "retweeted") {
          post.shared_of_id = id;
        } else if (type == "quoted") {
          post.quoted_id = id;
        } else if (type == "replied_to") {
          replied_to = id;
        }
      }
    }
    post.reply_to_id = replied_to;
    AccountRef reply_target;
    AccountRef shared_author;
    AccountRef quoted_author;
    if (!post.shared_of_id.empty()) {
      post.kind = PostKind::repost;
      post.text_truncated = post.text.ends_with("…");
      shared_author = lookup.author_of(post.shared_of_id);
      if (shared_author.empty() && !post.mentions.empty()) {
        shared_author = post.mentions.front().account; // `RT @author:` names the original's author
      }
    } else if (!replied_to.empty()) {
      post.kind = PostKind::reply;
    } else if (!post.quoted_id.empty()) {
      post.kind = PostKind::quote;
    }
    if (post.kind == PostKind::reply) {
      reply_target = lookup.account(json::id(tweet, "in_reply_to_user_id"));
      if (reply_target.empty()) {
        reply_target = lookup.author_of(replied_to);
      }
    }
    if (!post.quoted_id.empty()) {
      quoted_author = lookup.author_of(post.quoted_id);
      if (quoted_author.empty()) {
        for (const auto &url : post.urls) {
          if (auto link = x::parse_status_link(url.expanded_url);
              link && link->id == post.quoted_id) {
            quoted_author = {{}, link->handle};
          }
        }
      }
    }
    x::add_edges(post, reply_target, shared_author, quoted_author, x::automatic_mentions_end(post));
  }

  static void read_entities(json::element entities, const x::TweetText &text, PostRecord &post,
                            bool &mismatch) {
    if (auto hashtags = json::array_field(entities, "hashtags")) {
      for (auto tag : *hashtags) {
        x::add_hashtag(post, text, std::string(json::string(tag, "tag")),
                       json::integer(tag, "start"), json::integer(tag, "end"), mismatch);
      }
    }
    if (auto mentions = json::array_field(entities, "mentions")) {
      for (auto mention : *mentions) {
        x::add_mention(post, text,
                       {json::id(mention, "id"), std::string(json::string(mention, "username"))},
                       json::integer(mention, "start"), json::integer(mention, "end"), mismatch);
      }
    }
    if (auto urls = json::array_field(entities, "urls")) {
      for (auto url : *urls) {
        // `unwound_url` is where a redirecting link finally led; prefer it when present.
        auto expanded = json::string(url, "unwound_url");
        if (expanded.empty()) {
          expanded = json::string(url, "expanded_url");
        }
        x::add_url(post, text, std::string(json::string(url, "url")), std::string(expanded),
                   json::integer(url, "start"), json::integer(url, "end"), mismatch);
      }
    }
  }

  std::unique_ptr<ByteSource> m_source;
  std::string m_format = "twarc2";
  simdjson::dom::parser m_parser;
  std::optional<TimePoint> m_default_observed_at;
  std::map<Holds, Tally> m_not_tweets;
  bool m_found_records = false; // tweets or users seen
};

} // namespace

bool is_twarc_jsonl(std::string_view head) {
  // Judge by the start of the first non-blank line; it may be cut off at the end of `head`.
  const auto start = head.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || head[start] != '{') {
    return false;
  }
  auto first = head.substr(start, head.find('\n', start) - start);
  simdjson::dom::parser parser;
  json::element root;
  if (parser.parse(first.data(), first.size(), true).get(root) == simdjson::SUCCESS) {
    return classify(root) != LineForm::unknown;
  }
  // A first line longer than the peek: look for twarc's keys near the start instead.
  for (const auto key : {"\"data\"", "\"includes\"", "\"__twarc\"", "\"edit_history_tweet_ids\""}) {
    if (first.find(key) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

std::unique_ptr<Input> make_twarc_input(std::unique_ptr<ByteSource> source) {
  return std::make_unique<TwarcInput>(std::move(source));
}

} // namespace sociometer::ingest
