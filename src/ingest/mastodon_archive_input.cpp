// SPDX-License-Identifier: Apache-2.0
// Mastodon account archive ("Request your archive", docs/formats.md): `outbox.json` (the account's
// own statuses and boosts as ActivityPub activities) and `actor.json` (the profile), in a zip, an
// older tar.gz, or an extracted folder.
#include <algorithm>
#include <filesystem>

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

constexpr std::string_view k_outbox = "outbox.json";
constexpr std::string_view k_actor = "actor.json";
constexpr std::string_view k_public = "https://www.w3.org/ns/activitystreams#Public";

// When Mastodon wrote the archive, from its name `archive-YYYYMMDDHHMMSS-<32 hex>` (UTC, the
// BackupService's naming); std::nullopt for other names. Unlike the file time, the name survives
// copying and checkouts, so counts from one archive always carry the same observation time.
std::optional<TimePoint> archive_name_time(const std::string &path) {
  auto name = std::filesystem::path(path).filename().string();
  if (name.empty()) { // a folder given with a trailing slash
    name = std::filesystem::path(path).parent_path().filename().string();
  }
  constexpr std::string_view prefix = "archive-";
  if (name.size() < prefix.size() + 15 || name.compare(0, prefix.size(), prefix) != 0 ||
      name[prefix.size() + 14] != '-') {
    return std::nullopt;
  }
  const auto digits = std::string_view(name).substr(prefix.size(), 14);
  if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  const std::string text =
      std::string(digits.substr(0, 4)) + "-" + std::string(digits.substr(4, 2)) + "-" +
      std::string(digits.substr(6, 2)) + " " + std::string(digits.substr(8, 2)) + ":" +
      std::string(digits.substr(10, 2)) + ":" + std::string(digits.substr(12, 2));
  const auto local = util::parse_local_datetime(text);
  if (!local) {
    return std::nullopt;
  }
  return TimePoint{local->time_since_epoch()};
}

// `outbox.json` at the root, else under one wrapper folder (when allowed).
std::string find_outbox(const Container &container, bool allow_wrapper) {
  const auto &entries = container.entries();
  if (std::binary_search(entries.begin(), entries.end(), std::string(k_outbox))) {
    return std::string(k_outbox);
  }
  if (!allow_wrapper) {
    return {};
  }
  for (const auto &entry : entries) {
    const auto slash = entry.find('/');
    if (slash != std::string::npos && slash > 0 &&
        entry.find('/', slash + 1) == std::string::npos &&
        std::string_view(entry).substr(slash + 1) == k_outbox) {
      return entry;
    }
  }
  return {};
}

bool addresses_public(json::element activity, std::string_view key) {
  const auto field = json::field(activity, key);
  if (!field) {
    return false;
  }
  const auto is_public = [](std::string_view value) {
    return value == k_public || value == "as:Public" || value == "Public";
  };
  std::string_view single;
  if (field->get_string().get(single) == simdjson::SUCCESS) {
    return is_public(single);
  }
  if (auto list = json::array_field(activity, key)) {
    for (auto value : *list) {
      if (value.get_string().get(single) == simdjson::SUCCESS && is_public(single)) {
        return true;
      }
    }
  }
  return false;
}

bool addresses_followers(json::element activity, std::string_view key) {
  const auto is_followers = [](std::string_view value) { return value.ends_with("/followers"); };
  std::string_view single;
  if (const auto field = json::field(activity, key);
      field && field->get_string().get(single) == simdjson::SUCCESS) {
    return is_followers(single);
  }
  if (auto list = json::array_field(activity, key)) {
    for (auto value : *list) {
      if (value.get_string().get(single) == simdjson::SUCCESS && is_followers(single)) {
        return true;
      }
    }
  }
  return false;
}

// Visibility from addressing, as Mastodon's `TagManager` writes `to`/`cc`.
Visibility visibility_of(json::element addressed) {
  if (addresses_public(addressed, "to")) {
    return Visibility::everyone;
  }
  if (addresses_public(addressed, "cc")) {
    return Visibility::unlisted;
  }
  if (addresses_followers(addressed, "to") || addresses_followers(addressed, "cc")) {
    return Visibility::followers;
  }
  return Visibility::direct;
}

bool has_addressing(json::element value) {
  return json::field(value, "to").has_value() || json::field(value, "cc").has_value();
}

// A field that is a URI string, or an object with that URI as `id`.
std::string uri_of(json::element holder, std::string_view key) {
  if (auto value = json::field(holder, key)) {
    std::string_view text;
    if (value->get_string().get(text) == simdjson::SUCCESS) {
      return std::string(text);
    }
    return std::string(json::string(*value, "id"));
  }
  return {};
}

class MastodonArchiveInput final : public Input {
public:
  MastodonArchiveInput(std::string path, std::unique_ptr<Container> container)
      : m_path(std::move(path)), m_container(std::move(container)) {
    m_outbox = find_outbox(*m_container, true);
    m_prefix = m_outbox.substr(0, m_outbox.size() - k_outbox.size());
  }

  [[nodiscard]] const std::string &path() const override { return m_path; }
  [[nodiscard]] const std::string &format() const override { return m_format; }
  [[nodiscard]] Platform platform() const override { return Platform::mastodon; }
  [[nodiscard]] std::string sha256() override { return m_container->sha256(); }

  void parse(IngestTarget &target) override {
    // Counts in the archive are as of its creation: the time in the archive's name, else the
    // archive's (or outbox entry's) file time.
    report_ignored_entries(*m_container, target);
    std::error_code status;
    m_observed_at = archive_name_time(m_path);
    if (!m_observed_at) {
      m_observed_at = file_time_or_now(std::filesystem::is_directory(m_path, status)
                                           ? m_container->display_path(m_outbox)
                                           : m_path);
    }
    std::vector<std::string> failed;
    const auto unit = [&](auto &&read) {
      try {
        read();
        target.commit_unit();
      } catch (const Error &error) {
        if (error.kind() != ErrorKind::input) {
          throw;
        }
        target.abandon_unit(); // this part is lost; the others are independent and still count
        failed.emplace_back(error.what());
      }
    };
    unit([&] { read_actor(target); });
    unit([&] { read_outbox(target); });
    throw_if_parts_failed(failed);
  }

private:
  void read_actor(IngestTarget &target) {
    const auto name = m_prefix + std::string(k_actor);
    const auto &entries = m_container->entries();
    if (!std::binary_search(entries.begin(), entries.end(), name)) {
      return; // the posts still name their author by URI
    }
    const auto display = m_container->display_path(name);
    const auto content = m_container->read(name);
    if (content.size() > max_line_bytes()) { // parsed whole
      throw Error(ErrorKind::input, display + ": " + line_limit_text() + "; not read");
    }
    json::element actor;
    if (auto error = m_parser.parse(content).get(actor)) {
      throw Error(ErrorKind::input, display + ": " + json::parse_problem(error));
    }
    AccountRecord record;
    record.platform = Platform::mastodon;
    auto id = mastodon::account_id_from_uri(json::string(actor, "id"));
    if (id.empty()) {
      id = mastodon::account_id_from_uri(json::string(actor, "url"));
    }
    if (id.empty()) {
      throw Error(ErrorKind::input, display + ": actor without an `id` of the form "
                                              "https://host/users/name");
    }
    record.ref = mastodon::account_ref(id);
    record.display_name = std::string(json::string(actor, "name"));
    record.created_at = util::parse_iso8601(json::string(actor, "published"));
    record.owner = true;
    record.observed_at = m_observed_at;
    target.account(record);
  }

  void read_outbox(IngestTarget &target) {
    const auto display = m_container->display_path(m_outbox);
    const auto content = m_container->read(m_outbox);
    const std::string_view text(content);
    const auto fail = [&](std::size_t offset, const std::string &what) {
      throw Error(ErrorKind::input, display + ":" + std::to_string(line_of_offset(text, offset)) +
                                        ": " + what + " (byte " + std::to_string(offset) + " of " +
                                        std::to_string(text.size()) + ")");
    };
    mastodon::LineCounter lines(text);
    std::int64_t arrays = 0;
    try {
      auto pos = json::skip_space(text, 0);
      if (text.substr(pos, 3) == "\xEF\xBB\xBF") {
        pos = json::skip_space(text, pos + 3);
      }
      // The exporter may write `orderedItems` twice (an empty array, then the real list):
      // every occurrence is read, and `totalItems` is never trusted.
      pos = mastodon::for_each_member(text, pos, [&](std::string_view key, std::size_t value) {
        if (key != "orderedItems" || value >= text.size() || text[value] != '[') {
          return mastodon::skip_value(text, value);
        }
        ++arrays;
        return mastodon::for_each_element(text, value, [&](std::size_t begin, std::size_t end) {
          if (interrupt_requested()) {
            throw Error(ErrorKind::interrupted, "interrupted");
          }
          read_item(text.substr(begin, end - begin), display, lines.line_at(begin), begin, target);
        });
      });
      pos = json::skip_space(text, pos);
      if (pos < text.size()) {
        fail(pos, "unexpected content after the outbox object");
      }
    } catch (const mastodon::ScanError &error) {
      fail(error.offset, error.message);
    }
    if (arrays == 0) {
      throw Error(ErrorKind::input, display + ": no `orderedItems` array (not a Mastodon outbox)");
    }
  }

  void skip(IngestTarget &target, const std::string &display, std::int64_t line,
            const std::string &message) {
    target.diagnose({display, line, std::nullopt, message, true});
  }

  // One outbox item, then the one warning about its counts that were not counts.
  void read_item(std::string_view raw, const std::string &display, std::int64_t line,
                 std::size_t offset, IngestTarget &target) {
    m_count_problems.clear();
    read_activity(raw, display, line, offset, target);
    if (!m_count_problems.empty()) {
      target.diagnose({display, line, std::nullopt, m_count_problems, false});
    }
  }

  void read_activity(std::string_view raw, const std::string &display, std::int64_t line,
                     std::size_t offset, IngestTarget &target) {
    if (raw.size() > max_line_bytes()) {
      skip(target, display, line,
           "item of " + std::to_string(raw.size()) + " bytes at byte " + std::to_string(offset) +
               " is " + line_limit_text() + "; skipped");
      return;
    }
    json::element item;
    if (auto error = m_parser.parse(raw.data(), raw.size(), true).get(item)) {
      if (error == simdjson::UTF8_ERROR) {
        const auto bad = util::find_invalid_utf8(raw).value_or(0);
        skip(target, display, line,
             "invalid UTF-8 at byte " + std::to_string(offset + bad) + "; item skipped");
      } else {
        skip(target, display, line,
             "item at byte " + std::to_string(offset) + ": " + json::parse_problem(error) +
                 "; skipped");
      }
      return;
    }
    const auto type = json::string(item, "type");
    const auto id = std::string(json::string(item, "id"));
    if (type == "Create") {
      const auto object = json::field(item, "object");
      if (!object || !object->is_object()) {
        skip(target, display, line,
             "Create " + id + ": its object is " +
                 (object && object->is_string() ? "a URI string" : "missing") +
                 ", not a Note; skipped");
        return;
      }
      auto post = convert_note(*object, item, RecordRole::primary);
      if (!post) {
        skip(target, display, line, "Create " + id + ": Note without id or published; skipped");
        return;
      }
      if (post->visibility == Visibility::direct) {
        ++m_direct_skipped; // private messages are never posts: they are not ours to analyse
        return;
      }
      post->raw = json::compact_record(raw);
      target.post(*post);
    } else if (type == "Announce") {
      read_announce(item, raw, display, line, target);
    } else {
      target.diagnose({display, line, std::nullopt,
                       "activity of type `" + std::string(type) + "` ignored", false});
    }
  }

  // A boost: the repost by the actor, and the boosted original as a referenced post (its content
  // only when the exporter inlined it).
  void read_announce(json::element item, std::string_view raw, const std::string &display,
                     std::int64_t line, IngestTarget &target) {
    PostRecord repost;
    repost.platform = Platform::mastodon;
    repost.kind = PostKind::repost;
    repost.native_id = std::string(json::string(item, "id"));
    repost.created_at = util::parse_iso8601(json::string(item, "published"));
    repost.shared_of_id = uri_of(item, "object");
    if (repost.native_id.empty() || repost.shared_of_id.empty() || !repost.created_at) {
      skip(target, display, line, "Announce without id, object or published; skipped");
      return;
    }
    repost.visibility = visibility_of(item);
    if (repost.visibility == Visibility::direct) {
      ++m_direct_skipped;
      return;
    }
    repost.author =
        mastodon::account_ref(mastodon::account_id_from_uri(json::string(item, "actor")));
    repost.raw = json::compact_record(raw);

    std::optional<PostRecord> original;
    if (auto object = json::field(item, "object"); object && object->is_object()) {
      original = convert_note(*object, *object, RecordRole::referenced);
    }
    if (!original) {
      original.emplace();
      original->platform = Platform::mastodon;
      original->native_id = repost.shared_of_id;
      original->role = RecordRole::referenced;
      original->state = PostState::unavailable;
      original->author = mastodon::account_ref(mastodon::account_id_from_uri(repost.shared_of_id));
    }
    if (original->author.empty()) {
      original->author = mastodon::account_ref(mastodon::account_id_from_uri(repost.shared_of_id));
    }
    x::add_edges(repost, {}, original->author.empty() ? AccountRef{} : original->author, {}, 0);
    target.post(*original);
    target.post(repost);
  }

  // A Note or Question (a poll); std::nullopt without id or time.
  std::optional<PostRecord> convert_note(json::element note, json::element activity,
                                         RecordRole role) const {
    PostRecord post;
    post.platform = Platform::mastodon;
    post.role = role;
    post.native_id = std::string(json::string(note, "id"));
    post.created_at = util::parse_iso8601(json::string(note, "published"));
    if (!post.created_at) {
      post.created_at = util::parse_iso8601(json::string(activity, "published"));
    }
    if (post.native_id.empty() || !post.created_at) {
      return std::nullopt;
    }
    post.edited_at = util::parse_iso8601(json::string(note, "updated"));
    post.url = std::string(json::string(note, "url"));
    auto author = mastodon::account_id_from_uri(uri_of(note, "attributedTo"));
    if (author.empty()) {
      author = mastodon::account_id_from_uri(uri_of(activity, "actor"));
    }
    if (author.empty()) {
      author = mastodon::account_id_from_uri(post.native_id);
    }
    if (!author.empty()) {
      post.author = mastodon::account_ref(author);
    }
    post.visibility = visibility_of(has_addressing(note) ? note : activity);

    std::string_view html = json::string(note, "content");
    if (auto map = json::object_field(note, "contentMap")) {
      for (auto [key, value] : *map) {
        post.lang = mastodon::language_of_key(key); // the first key: the post's language
        std::string_view localized;
        if (html.empty() && value.get_string().get(localized) == simdjson::SUCCESS) {
          html = localized;
        }
        break;
      }
    }
    mastodon::set_html_content(post, html);

    AccountRef reply_target;
    if (const auto parent = uri_of(note, "inReplyTo"); !parent.empty()) {
      post.kind = PostKind::reply;
      post.reply_to_id = parent;
      if (auto id = mastodon::account_id_from_uri(parent); !id.empty()) {
        reply_target = mastodon::account_ref(id);
      }
    }
    if (auto tags = json::array_field(note, "tag")) {
      for (auto tag : *tags) {
        const auto type = json::string(tag, "type");
        if (type == "Hashtag") {
          mastodon::add_hashtag(post, json::string(tag, "name"));
        } else if (type == "Mention") {
          // `name` is `@user@host`; the href says the same for servers that shorten the name.
          auto id = mastodon::account_id_from_acct(json::string(tag, "name"), "");
          if (id.empty() || id.find('@') == std::string::npos) {
            id = mastodon::account_id_from_uri(json::string(tag, "href"));
          }
          mastodon::add_mention(post, id);
        }
      }
    }
    x::add_edges(post, reply_target, {}, {}, 0);

    MetricCounts counts;
    json::Counts likes_read;
    json::Counts shares_read;
    if (auto likes = json::field(note, "likes")) {
      counts.likes = likes_read.read(*likes, "totalItems");
    }
    if (auto shares = json::field(note, "shares")) {
      counts.reposts = shares_read.read(*shares, "totalItems");
    }
    for (const auto &[read, what] : {std::pair{&likes_read, "likes"}, {&shares_read, "shares"}}) {
      if (auto problem = read->problem(""); !problem.empty()) {
        m_count_problems +=
            (m_count_problems.empty() ? "" : "; ") + post.native_id + ": " + what + "." + problem;
      }
    }
    if (!counts.empty()) {
      post.metrics = counts;
      post.observed_at = m_observed_at;
    }
    post.detail_rank = 1;
    if (role == RecordRole::referenced) {
      post.raw = simdjson::to_string(note);
    }
    return post;
  }

  std::string m_path;
  std::string m_format = "mastodon-archive";
  std::unique_ptr<Container> m_container;
  std::string m_outbox;
  std::string m_prefix;
  std::optional<TimePoint> m_observed_at;
  std::int64_t m_direct_skipped = 0;
  mutable std::string m_count_problems; // of the item being read, noted by convert_note
  simdjson::dom::parser m_parser;
};

} // namespace

bool is_mastodon_archive(const Container &container, bool allow_wrapper) {
  return !find_outbox(container, allow_wrapper).empty();
}

std::unique_ptr<Input> make_mastodon_archive_input(std::string path,
                                                   std::unique_ptr<Container> container) {
  return std::make_unique<MastodonArchiveInput>(std::move(path), std::move(container));
}

} // namespace sociometer::ingest
