// SPDX-License-Identifier: Apache-2.0
// Mastodon REST API statuses saved as files (docs/formats.md, Mastodon): a JSON array of Status (as
// /api/v1/accounts/:id/statuses or a timeline returns it), JSONL with one Status or one such array
// per line, or a kensanata/mastodon-archive file `{"account", "statuses", "favourites"}`.
#include <unordered_map>
#include <unordered_set>

#include "formats.hpp"
#include "json_access.hpp"
#include "limits.hpp"
#include "mastodon_common.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"
#include "x_entities.hpp"

namespace sociometer::ingest {
namespace {

std::optional<Visibility> parse_visibility(std::string_view name) {
  if (name == "public") {
    return Visibility::everyone;
  }
  if (name == "unlisted") {
    return Visibility::unlisted;
  }
  if (name == "private" || name == "limited") {
    return Visibility::followers;
  }
  if (name == "direct") {
    return Visibility::direct;
  }
  return std::nullopt;
}

// An account a status names: its `user@host`, and what a local status URI needs.
struct KnownAccount {
  std::string id;       // user@host
  std::string username; // `acct` of a local account (no host), else empty
  std::string url;
};

KnownAccount known_account(json::element account) {
  KnownAccount known;
  const auto acct = json::string(account, "acct");
  known.url = std::string(json::string(account, "url"));
  known.id = mastodon::account_id_from_acct(acct, known.url);
  if (!acct.empty() && acct.find('@') == std::string_view::npos) {
    known.username = std::string(acct);
  }
  return known;
}

class MastodonRestInput final : public Input {
public:
  explicit MastodonRestInput(std::unique_ptr<ByteSource> source)
      : m_source(std::move(source)), m_observed_at(file_time_or_now(m_source->path())) {}

  [[nodiscard]] const std::string &path() const override { return m_source->path(); }
  [[nodiscard]] const std::string &format() const override { return m_format; }
  [[nodiscard]] Platform platform() const override { return Platform::mastodon; }
  [[nodiscard]] std::string sha256() override { return m_source->sha256(); }

  void parse(IngestTarget &target) override {
    std::string document; // blank lines before the first value keep the line numbers right
    std::string_view line;
    bool overlong = false;
    while (m_source->next_line(line)) {
      overlong = m_source->overlong_line().has_value();
      if (overlong || line.find_first_not_of(" \t\r") != std::string_view::npos) {
        break;
      }
      document += '\n';
      line = {};
    }
    if (line.empty() && !overlong) {
      return;
    }
    if (overlong || is_whole_value(line)) {
      // JSON Lines (a file of one line is the same thing).
      do {
        if (interrupt_requested()) {
          throw Error(ErrorKind::interrupted, "interrupted");
        }
        if (const auto length = m_source->overlong_line()) {
          diagnose(target, {m_source->line_number(), std::nullopt},
                   "line of " + std::to_string(*length) + " bytes is " + line_limit_text() +
                       "; skipped",
                   true);
        } else if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
          parse_line(line, target);
          target.record_boundary();
        }
      } while (m_source->next_line(line));
      return;
    }
    // One pretty-printed document: read it whole (within the input limit), then item by item.
    document.append(line);
    document += '\n';
    if (document.size() < max_input_bytes()) {
      document += m_source->read_rest(max_input_bytes() - document.size());
    }
    try {
      parse_document(document, target);
    } catch (const Error &error) {
      if (error.kind() == ErrorKind::input) {
        target.abandon_unit();
      }
      throw;
    }
    target.commit_unit();
  }

private:
  // True when the line holds one complete JSON value (structurally), so the file is JSONL.
  static bool is_whole_value(std::string_view line) {
    try {
      const auto start = json::skip_space(line, 0);
      return json::skip_space(line, mastodon::skip_value(line, start)) >= line.size();
    } catch (const mastodon::ScanError &) {
      return false;
    }
  }

  struct Position {
    std::int64_t line = 0;
    std::optional<std::size_t> offset; // in a whole document
  };

  void diagnose(IngestTarget &target, const Position &at, const std::string &message,
                bool skipped) {
    std::string text = message;
    if (at.offset) {
      text += " (byte " + std::to_string(*at.offset) + ")";
    }
    target.diagnose({m_source->path(), at.line, std::nullopt, text, skipped});
  }

  void parse_line(std::string_view line, IngestTarget &target) {
    const Position at{m_source->line_number(), std::nullopt};
    json::element root;
    if (auto error = m_parser.parse(line.data(), line.size(), true).get(root)) {
      diagnose(target, at, json::line_problem(error, line, m_source->ended_with_newline()), true);
      return;
    }
    if (json::array list; root.get_array().get(list) == simdjson::SUCCESS) {
      for (auto status : list) {
        status_or_skip(status, at, target);
      }
    } else if (json::field(root, "statuses")) {
      read_backup(root, at, target);
    } else {
      status_or_skip(root, at, target);
    }
  }

  // kensanata/mastodon-archive: the owner's account and statuses; `favourites` and `mentions`
  // are other people's posts and are not read.
  void read_backup(json::element root, const Position &at, IngestTarget &target) {
    if (auto account = json::field(root, "account"); account && account->is_object()) {
      emit_account(*account, true, target);
      report_counts(target, at);
    }
    if (auto statuses = json::array_field(root, "statuses")) {
      for (auto status : *statuses) {
        status_or_skip(status, at, target);
      }
    }
  }

  void parse_document(const std::string &document, IngestTarget &target) {
    const std::string_view text(document);
    mastodon::LineCounter lines(text);
    const auto fail = [&](std::size_t offset, const std::string &what) {
      throw Error(ErrorKind::input, m_source->path() + ":" +
                                        std::to_string(line_of_offset(text, offset)) + ": " + what +
                                        " (byte " + std::to_string(offset) + " of " +
                                        std::to_string(text.size()) + ")");
    };
    const auto each_status = [&](std::size_t begin, std::size_t end) {
      if (interrupt_requested()) {
        throw Error(ErrorKind::interrupted, "interrupted");
      }
      const Position at{lines.line_at(begin), begin};
      json::element status;
      const auto raw = text.substr(begin, end - begin);
      if (raw.size() > max_line_bytes()) {
        diagnose(target, at,
                 "status of " + std::to_string(raw.size()) + " bytes is " + line_limit_text() +
                     "; skipped",
                 true);
        return;
      }
      if (auto error = m_parser.parse(raw.data(), raw.size(), true).get(status)) {
        diagnose(target, at,
                 error == simdjson::UTF8_ERROR ? std::string("invalid UTF-8; status skipped")
                                               : json::parse_problem(error) + "; status skipped",
                 true);
        return;
      }
      status_or_skip(status, at, target);
    };
    try {
      auto pos = json::skip_space(text, 0);
      if (text.substr(pos, 3) == "\xEF\xBB\xBF") {
        pos = json::skip_space(text, pos + 3);
      }
      if (pos < text.size() && text[pos] == '[') {
        pos = mastodon::for_each_element(text, pos, each_status);
      } else {
        bool backup = false;
        (void)mastodon::for_each_member(text, pos, [&](std::string_view key, std::size_t value) {
          backup = backup || key == "statuses";
          return mastodon::skip_value(text, value);
        });
        if (!backup) {
          const auto end = mastodon::skip_value(text, pos);
          each_status(pos, end); // one Status, pretty-printed
          pos = end;
        } else {
          pos = mastodon::for_each_member(text, pos, [&](std::string_view key, std::size_t value) {
            const auto end = mastodon::skip_value(text, value);
            if (key == "statuses" && text[value] == '[') {
              return mastodon::for_each_element(text, value, each_status);
            }
            if (key == "account") {
              json::element account;
              const auto raw = text.substr(value, end - value);
              if (raw.size() <= max_line_bytes() &&
                  m_parser.parse(raw.data(), raw.size(), true).get(account) == simdjson::SUCCESS &&
                  account.is_object()) {
                emit_account(account, true, target);
                report_counts(target, {lines.line_at(value), value});
              }
            }
            return end;
          });
        }
      }
      pos = json::skip_space(text, pos);
      if (pos < text.size()) {
        fail(pos, "unexpected content after the JSON document");
      }
    } catch (const mastodon::ScanError &error) {
      fail(error.offset, error.message);
    }
  }

  void status_or_skip(json::element status, const Position &at, IngestTarget &target) {
    if (!status.is_object() || !json::field(status, "account")) {
      diagnose(target, at, "not a Mastodon Status (no `account`); skipped", true);
      return;
    }
    std::string problem;
    read_status(status, target, problem);
    if (!problem.empty()) {
      diagnose(target, at, problem, true);
    }
    report_counts(target, at);
  }

  void report_counts(IngestTarget &target, const Position &at) {
    if (!m_count_problems.empty()) {
      diagnose(target, at, m_count_problems, false);
      m_count_problems.clear();
    }
  }

  // Counts that were not counts, for the one warning of the Status being read.
  void note_counts(const std::string &problem) {
    if (!problem.empty()) {
      m_count_problems += (m_count_problems.empty() ? "" : "; ") + problem;
    }
  }

  void emit_account(json::element account, bool owner, IngestTarget &target) {
    AccountRecord record;
    record.platform = Platform::mastodon;
    const auto known = known_account(account);
    if (known.id.empty()) {
      return;
    }
    if (!owner && !m_accounts_seen.insert(known.id).second) {
      return; // one snapshot of each account per file
    }
    record.ref = mastodon::account_ref(known.id);
    record.display_name = std::string(json::string(account, "display_name"));
    record.created_at = util::parse_iso8601(json::string(account, "created_at"));
    json::Counts counts;
    record.followers = counts.read(account, "followers_count");
    record.following = counts.read(account, "following_count");
    record.posts_count = counts.read(account, "statuses_count");
    note_counts(counts.problem("account " + known.id));
    record.observed_at = m_observed_at;
    record.owner = owner;
    target.account(record);
  }

  // One Status: a post, or a boost (outer repost + inner original).
  void read_status(json::element status, IngestTarget &target, std::string &problem) {
    const auto visibility = parse_visibility(json::string(status, "visibility"));
    if (visibility == Visibility::direct) {
      ++m_direct_skipped; // private messages are never posts: they are not ours to analyse
      return;
    }
    if (auto account = json::field(status, "account"); account && account->is_object()) {
      emit_account(*account, false, target);
    }
    const auto reblog = json::field(status, "reblog");
    if (!reblog || !reblog->is_object()) {
      auto post = convert(status, RecordRole::primary, target, problem);
      if (post) {
        target.post(*post);
      }
      return;
    }
    if (auto account = json::field(*reblog, "account"); account && account->is_object()) {
      emit_account(*account, false, target);
    }
    std::string inner_problem;
    auto original = convert(*reblog, RecordRole::referenced, target, inner_problem);
    PostRecord repost;
    repost.platform = Platform::mastodon;
    repost.kind = PostKind::repost;
    repost.native_id = std::string(json::string(status, "uri"));
    repost.created_at = util::parse_iso8601(json::string(status, "created_at"));
    repost.shared_of_id = std::string(json::string(*reblog, "uri"));
    if (repost.native_id.empty() || !repost.created_at || repost.shared_of_id.empty()) {
      problem = "boost without uri, created_at or reblog.uri; skipped";
      return;
    }
    if (auto account = json::field(status, "account")) {
      repost.author = mastodon::account_ref(known_account(*account).id);
    }
    repost.visibility = visibility.value_or(Visibility::everyone);
    AccountRef original_author;
    if (auto account = json::field(*reblog, "account")) {
      original_author = mastodon::account_ref(known_account(*account).id);
    }
    x::add_edges(repost, {}, original_author, {}, 0);
    repost.raw = simdjson::to_string(status);
    repost.detail_rank = 2; // a repost carries no counts: the outer ones are always 0
    if (original) {
      target.post(*original);
    }
    target.post(repost);
  }

  // A Status as a post; std::nullopt without uri or created_at.
  std::optional<PostRecord> convert(json::element status, RecordRole role, IngestTarget &target,
                                    std::string &problem) {
    PostRecord post;
    post.platform = Platform::mastodon;
    post.role = role;
    post.native_id = std::string(json::string(status, "uri"));
    post.created_at = util::parse_iso8601(json::string(status, "created_at"));
    if (post.native_id.empty() || !post.created_at) {
      problem = "status " + json::id(status, "id") + " without uri or valid created_at; skipped";
      return std::nullopt;
    }
    post.edited_at = util::parse_iso8601(json::string(status, "edited_at"));
    post.url = std::string(json::string(status, "url"));
    post.visibility =
        parse_visibility(json::string(status, "visibility")).value_or(Visibility::everyone);
    post.lang = mastodon::language_of_key(json::string(status, "language"));

    // Accounts by their server-local ID, to resolve `in_reply_to_account_id`.
    std::unordered_map<std::string, KnownAccount> accounts;
    if (auto account = json::field(status, "account")) {
      const auto known = known_account(*account);
      post.author = mastodon::account_ref(known.id);
      accounts.emplace(json::id(*account, "id"), known);
    }
    mastodon::set_html_content(post, json::string(status, "content"));
    if (auto tags = json::array_field(status, "tags")) {
      for (auto tag : *tags) {
        mastodon::add_hashtag(post, json::string(tag, "name"));
      }
    }
    if (auto mentions = json::array_field(status, "mentions")) {
      for (auto mention : *mentions) {
        const auto known = known_account(mention);
        accounts.emplace(json::id(mention, "id"), known);
        mastodon::add_mention(post, known.id);
      }
    }
    AccountRef reply_target;
    if (const auto parent = json::id(status, "in_reply_to_id"); !parent.empty()) {
      post.kind = PostKind::reply;
      const auto it = accounts.find(json::id(status, "in_reply_to_account_id"));
      if (it != accounts.end()) {
        reply_target = mastodon::account_ref(it->second.id);
        // REST IDs are local to the server that answered; the parent's URI, our key, is known
        // only when its author is local to that server.
        if (!it->second.username.empty()) {
          const auto host = it->second.id.substr(it->second.id.find('@') + 1);
          post.reply_to_id =
              "https://" + host + "/users/" + it->second.username + "/statuses/" + parent;
        }
      }
    }
    AccountRef quoted_author;
    if (auto quote = json::field(status, "quote"); quote && quote->is_object()) {
      auto quoted = json::field(*quote, "quoted_status");
      if (quoted && quoted->is_object()) {
        std::string ignored;
        if (auto inner = convert(*quoted, RecordRole::referenced, target, ignored)) {
          post.quoted_id = inner->native_id;
          quoted_author = inner->author;
          target.post(*inner);
          if (post.kind == PostKind::post) {
            post.kind = PostKind::quote;
          }
        }
      }
    }
    x::add_edges(post, reply_target, {}, quoted_author, 0);

    json::Counts read;
    MetricCounts counts;
    counts.replies = read.read(status, "replies_count");
    counts.reposts = read.read(status, "reblogs_count");
    counts.likes = read.read(status, "favourites_count");
    counts.quotes = read.read(status, "quotes_count");
    note_counts(read.problem("status " + post.native_id));
    if (!counts.empty()) {
      post.metrics = counts;
      post.observed_at = m_observed_at;
    }
    post.raw = simdjson::to_string(status);
    post.detail_rank = 2;
    return post;
  }

  std::unique_ptr<ByteSource> m_source;
  std::string m_format = "mastodon-api";
  TimePoint m_observed_at;
  simdjson::dom::parser m_parser;
  std::unordered_set<std::string> m_accounts_seen;
  std::int64_t m_direct_skipped = 0;
  std::string m_count_problems; // of the Status being read (note_counts)
};

} // namespace

bool is_mastodon_rest(std::string_view head) {
  const auto start = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (start == std::string_view::npos || (head[start] != '[' && head[start] != '{')) {
    return false;
  }
  const auto has = [&](std::string_view key) { return head.find(key) != std::string_view::npos; };
  // Keys of a Status that no other supported format has together; or a kensanata backup.
  return (has("\"uri\"") && has("\"account\"") &&
          (has("\"reblogs_count\"") || has("\"favourites_count\""))) ||
         (has("\"statuses\"") && has("\"acct\""));
}

std::unique_ptr<Input> make_mastodon_rest_input(std::unique_ptr<ByteSource> source) {
  return std::make_unique<MastodonRestInput>(std::move(source));
}

} // namespace sociometer::ingest
