// SPDX-License-Identifier: Apache-2.0
// Facebook and Instagram "Download Your Information" JSON exports (docs/formats.md): posts
// files found by name pattern anywhere in a folder or zip, or one posts file passed directly.
// Every string is repaired from Meta's mojibake; posts have no IDs, so their keys are documented
// hashes (docs/formats.md) and the store joins them with Business Suite CSV rows by content.
#include <algorithm>
#include <chrono>
#include <cstdint>

#include "formats.hpp"
#include "json_access.hpp"
#include "json_scan.hpp"
#include "limits.hpp"
#include "meta_mojibake.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/sha256.hpp"
#include "sociometer/util/text.hpp"

namespace sociometer::ingest {
namespace {

constexpr std::string_view k_fallback_handle = "owner";

enum class EntryKind { none, facebook_posts, instagram_posts };

bool digits_then(std::string_view text, std::string_view suffix) {
  if (text.size() <= suffix.size() || !text.ends_with(suffix)) {
    return false;
  }
  const auto digits = text.substr(0, text.size() - suffix.size());
  return std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// `(^|/)your_posts[^/]*_\d+<ext>` → Facebook, `(^|/)content/posts_\d+<ext>` (and
// `content/reels.json`) → Instagram: patterns, not paths, because the folders change between
// export versions and a wrapper folder may hold them.
EntryKind classify_entry(std::string_view entry, std::string_view extension) {
  const auto slash = entry.rfind('/');
  const auto base = slash == std::string_view::npos ? entry : entry.substr(slash + 1);
  if (base.starts_with("your_posts")) {
    const auto rest = base.substr(10);
    const auto underscore = rest.rfind('_');
    if (underscore != std::string_view::npos &&
        digits_then(rest.substr(underscore + 1), extension)) {
      return EntryKind::facebook_posts;
    }
  }
  const auto parent_path =
      slash == std::string_view::npos ? std::string_view() : entry.substr(0, slash);
  const auto parent_slash = parent_path.rfind('/');
  const auto parent =
      parent_slash == std::string_view::npos ? parent_path : parent_path.substr(parent_slash + 1);
  if (parent == "content" &&
      ((base.starts_with("posts_") && digits_then(base.substr(6), extension)) ||
       (extension == ".json" && base == "reels.json"))) {
    return EntryKind::instagram_posts;
  }
  return EntryKind::none;
}

Platform platform_of(EntryKind kind) {
  return kind == EntryKind::facebook_posts ? Platform::facebook : Platform::instagram;
}

std::string format_name(Platform platform) {
  return platform == Platform::facebook ? "facebook-dyi" : "instagram-dyi";
}

// A posts file that cannot be read past `offset`: the whole file is dropped.
struct BrokenFile {
  std::size_t offset;
  std::string what;
};

[[noreturn]] void fail_at(std::size_t offset, std::string what) {
  throw BrokenFile{offset, std::move(what)};
}

// Position of the posts array: the top-level array, or in a wrapping object (`{"ig_reels_media":
// [...]}`) the first array value.
std::size_t posts_array_start(std::string_view text) {
  auto pos = json::skip_space(text, 0);
  if (pos < text.size() && text[pos] == '[') {
    return pos;
  }
  if (pos >= text.size() || text[pos] != '{') {
    fail_at(pos, "expected a JSON array of posts");
  }
  pos = json::skip_space(text, pos + 1);
  while (pos < text.size() && text[pos] == '"') {
    const auto key_end = json::value_end(text, pos);
    if (key_end == std::string_view::npos) {
      fail_at(pos, "truncated JSON: a key is not closed");
    }
    pos = json::skip_space(text, key_end);
    if (pos >= text.size() || text[pos] != ':') {
      fail_at(pos, "invalid JSON: expected `:`");
    }
    pos = json::skip_space(text, pos + 1);
    if (pos < text.size() && text[pos] == '[') {
      return pos;
    }
    const auto end = json::value_end(text, pos);
    if (end == std::string_view::npos) {
      fail_at(pos, "truncated JSON: a value is not closed");
    }
    pos = json::skip_space(text, end);
    if (pos < text.size() && text[pos] == ',') {
      pos = json::skip_space(text, pos + 1);
    }
  }
  fail_at(pos, "no list of posts in this object");
}

std::string array_problem(json::ArrayProblem problem) {
  switch (problem) {
  case json::ArrayProblem::not_an_array:
    return "expected a JSON array of posts";
  case json::ArrayProblem::not_closed:
    return "truncated JSON: the list of posts is not closed";
  case json::ArrayProblem::element_not_closed:
    return "truncated JSON: the post starting here is not closed";
  case json::ArrayProblem::missing_separator:
    break;
  }
  return "invalid JSON: expected `,` or `]` between posts";
}

// Calls `each(begin, end)` for the byte range of every element of the posts array at `pos`.
template <typename Each> void split_array(std::string_view text, std::size_t pos, Each &&each) {
  std::size_t array_end = 0;
  try {
    array_end = json::split_array(text, pos, json::Separators::json, each);
  } catch (const json::ArrayError &error) {
    fail_at(error.offset, array_problem(error.problem));
  }
  // Only whitespace (or the wrapper's end) may follow.
  const auto after = json::skip_space(text, array_end);
  if (after < text.size() && text[after] != '}' && text[after] != ',') {
    fail_at(after, "unexpected content after the list of posts");
  }
}

// The epoch seconds the store's times can hold: 1970-01-01 to 9999-12-31 (and no overflow in ms).
constexpr std::int64_t k_last_epoch_second = 253402300799;

bool is_storable_epoch(std::int64_t seconds) {
  return seconds >= 0 && seconds <= k_last_epoch_second;
}

TimePoint from_epoch_seconds(std::int64_t seconds) {
  return TimePoint{std::chrono::seconds{seconds}};
}

std::string synthetic_key(std::string_view prefix, const std::string &material) {
  util::Sha256 hash;
  hash.update(material);
  return std::string(prefix) + hash.hex_digest().substr(0, 32);
}

bool is_handle_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.';
}

// Hashtags (any script), links and `@handle` mentions (Instagram's letters, digits, `_` and `.`)
// found in the text, with code-point offsets, and a mention edge per handle.
void add_text_entities(PostRecord &post) {
  add_text_hashtags(post);
  add_text_links(post);
  const std::string_view text = post.text;
  std::int32_t code_point = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0U) == 0x80U) {
      continue;
    }
    const auto here = code_point++;
    if (text[i] != '@' || (i > 0 && (is_handle_char(text[i - 1]) || text[i - 1] == '@'))) {
      continue;
    }
    std::size_t end = i + 1;
    while (end < text.size() && is_handle_char(text[end])) {
      ++end;
    }
    while (end > i + 1 && text[end - 1] == '.') {
      --end; // a sentence's full stop is not part of the handle
    }
    if (end == i + 1 || end - i - 1 > 30) {
      continue; // nothing after `@`, or longer than any handle
    }
    const std::string handle(text.substr(i + 1, end - i - 1));
    const auto length = static_cast<std::int32_t>(end - i); // ASCII: bytes == code points
    post.mentions.push_back({AccountRef{{}, handle}, here, here + length});
    post.edges.push_back({EdgeKind::mention, AccountRef{{}, handle}});
  }
}

struct Owner {
  std::string handle;
  std::string display_name;
};

class MetaDyiInput final : public Input {
public:
  // An export folder or zip.
  MetaDyiInput(std::string path, std::unique_ptr<Container> container, InputOptions options)
      : m_path(std::move(path)), m_container(std::move(container)), m_options(std::move(options)) {
    for (const auto &entry : m_container->entries()) {
      const auto kind = classify_entry(entry, ".json");
      if (kind != EntryKind::none) {
        m_files.push_back({entry, platform_of(kind)});
      }
    }
    const bool facebook = std::any_of(m_files.begin(), m_files.end(), [](const PostsFile &file) {
      return file.platform == Platform::facebook;
    });
    m_platform = facebook ? Platform::facebook : Platform::instagram;
    m_format = format_name(m_platform);
  }

  // One posts file given directly.
  MetaDyiInput(std::unique_ptr<ByteSource> source, Platform platform, InputOptions options)
      : m_path(source->path()), m_source(std::move(source)), m_options(std::move(options)),
        m_platform(platform), m_format(format_name(platform)) {}

  [[nodiscard]] const std::string &path() const override { return m_path; }
  [[nodiscard]] const std::string &format() const override { return m_format; }
  [[nodiscard]] Platform platform() const override { return m_platform; }
  [[nodiscard]] std::string sha256() override {
    return m_container ? m_container->sha256() : m_source->sha256();
  }

  void parse(IngestTarget &target) override {
    if (m_source) {
      const auto owner = resolve_owner(m_platform, std::nullopt, target);
      target.commit_unit();
      auto content = read_source();
      read_file(content, m_path, m_platform, owner, target);
      return;
    }
    report_ignored_entries(*m_container, target);
    std::optional<Owner> facebook_owner;
    std::optional<Owner> instagram_owner;
    for (const auto &file : m_files) {
      auto &owner = file.platform == Platform::facebook ? facebook_owner : instagram_owner;
      if (!owner) {
        owner = resolve_owner(file.platform, profile_owner(file.platform, target), target);
        target.commit_unit();
      }
      if (interrupt_requested()) {
        throw Error(ErrorKind::interrupted, "interrupted");
      }
      auto content = m_container->read(file.entry);
      read_file(content, m_container->display_path(file.entry), file.platform, *owner, target);
    }
  }

private:
  struct PostsFile {
    std::string entry;
    Platform platform;
  };

  // The whole single file (hashed as it is consumed).
  std::string read_source() { return m_source->read_rest(max_input_bytes()); }

  // The account name the export itself gives (Facebook profile, Instagram personal information).
  std::optional<Owner> profile_owner(Platform platform, IngestTarget &target) {
    const auto *suffix = platform == Platform::facebook
                             ? "profile_information/profile_information.json"
                             : "personal_information/personal_information.json";
    const auto entry = m_container->find_by_suffix(suffix);
    if (entry.empty()) {
      return std::nullopt;
    }
    const auto display = m_container->display_path(entry);
    const auto content = m_container->read(entry);
    simdjson::dom::element root;
    if (content.size() > max_line_bytes()) { // parsed whole
      target.diagnose({display, std::nullopt, std::nullopt,
                       line_limit_text() + "; the account name is not read from it", false});
      return std::nullopt;
    }
    if (auto error = m_parser.parse(content).get(root)) {
      target.diagnose({display, std::nullopt, std::nullopt,
                       json::parse_problem(error) + "; the account name is not read from it",
                       false});
      return std::nullopt;
    }
    Owner owner;
    if (platform == Platform::facebook) {
      auto profile = json::field(root, "profile_v2");
      if (!profile) {
        profile = json::field(root, "profile");
      }
      if (profile) {
        if (auto name = json::field(*profile, "name")) {
          owner.display_name = repair_meta_mojibake(json::string(*name, "full_name"));
        }
        owner.handle = repair_meta_mojibake(json::string(*profile, "username"));
      }
      if (owner.handle.empty()) {
        owner.handle = owner.display_name;
      }
    } else {
      // {"profile_user": [{"string_map_data": {"Username": {"value": ...}, "Name": {...}}}]}
      std::optional<json::element> user;
      if (json::object top; root.get_object().get(top) == simdjson::SUCCESS) {
        for (auto [key, value] : top) {
          (void)key;
          json::array list;
          if (value.get_array().get(list) == simdjson::SUCCESS) {
            for (auto item : list) {
              user = item;
              break;
            }
            break;
          }
        }
      }
      if (user) {
        if (auto map = json::object_field(*user, "string_map_data")) {
          for (auto [key, value] : *map) {
            const auto name = util::ascii_lower(repair_meta_mojibake(key));
            const auto text = repair_meta_mojibake(json::string(value, "value"));
            if (owner.handle.empty() && name.find("user") != std::string::npos) {
              owner.handle = text;
            } else if (owner.display_name.empty() && name == "name") {
              owner.display_name = text;
            }
          }
        }
      }
    }
    owner.handle = std::string(util::strip_handle_prefix(owner.handle));
    if (owner.handle.empty()) {
      target.diagnose({display, std::nullopt, std::nullopt, "no account name found in it", false});
      return std::nullopt;
    }
    return owner;
  }

  // Profile name, else `--as`, else `owner` (with a diagnostic); emitted as the owner account.
  Owner resolve_owner(Platform platform, std::optional<Owner> from_profile, IngestTarget &target) {
    Owner owner;
    if (from_profile) {
      owner = std::move(*from_profile);
    } else if (!m_options.owner_handle.empty()) {
      owner.handle = util::strip_handle_prefix(m_options.owner_handle);
    } else {
      owner.handle = std::string(k_fallback_handle);
      target.diagnose(
          {m_path, std::nullopt, std::nullopt,
           "the export does not name its " + std::string(to_string(platform)) +
               " account; posts are attributed to `owner` (pass --as HANDLE to name it)",
           false});
    }
    AccountRecord record;
    record.platform = platform;
    record.ref = {{}, owner.handle};
    record.display_name = owner.display_name;
    record.owner = true;
    target.account(record);
    return owner;
  }

  // One posts file is one unit: committed when read, abandoned (with a diagnostic naming the
  // byte offset) when broken; the other files are independent and still count.
  void read_file(std::string &content, const std::string &display, Platform platform,
                 const Owner &owner, IngestTarget &target) {
    try {
      read_posts(content, display, platform, owner, target);
      target.commit_unit();
    } catch (const BrokenFile &broken) {
      target.abandon_unit();
      target.diagnose({display, std::nullopt, static_cast<std::int64_t>(broken.offset),
                       broken.what + "; the posts of this file are skipped", true});
    }
  }

  void read_posts(std::string &content, const std::string &display, Platform platform,
                  const Owner &owner, IngestTarget &target) {
    if (const auto bad = util::find_invalid_utf8(content)) {
      fail_at(*bad, "invalid UTF-8");
    }
    const std::string_view text = content;
    split_array(text, posts_array_start(text), [&](std::size_t begin, std::size_t end) {
      if (interrupt_requested()) {
        throw Error(ErrorKind::interrupted, "interrupted");
      }
      const auto raw = text.substr(begin, end - begin);
      const auto skip = [&](const std::string &why) {
        target.diagnose({display, std::nullopt, static_cast<std::int64_t>(begin), why, true});
      };
      if (raw.size() > max_line_bytes()) {
        skip("post of " + std::to_string(raw.size()) + " bytes is " + line_limit_text() +
             "; skipped");
        return;
      }
      simdjson::dom::element item;
      if (auto error = m_parser.parse(raw.data(), raw.size(), true).get(item)) {
        skip(json::parse_problem(error) + "; post skipped");
        return;
      }
      std::string problem;
      auto post = platform == Platform::facebook ? facebook_post(item, problem)
                                                 : instagram_post(item, problem);
      if (!post) {
        skip(problem);
        return;
      }
      post->author = {{}, owner.handle};
      post->raw = json::compact_record(raw);
      // No record_boundary(): a batch commit inside the file would survive its abandonment.
      target.post(*post);
    });
  }

  // One item of a Facebook posts file; `problem` explains a skipped item.
  static std::optional<PostRecord> facebook_post(json::element item, std::string &problem) {
    if (!item.is_object()) {
      problem = "not a post object; skipped";
      return std::nullopt;
    }
    const auto timestamp = json::integer(item, "timestamp");
    if (!timestamp) {
      problem = "post without a timestamp; skipped";
      return std::nullopt;
    }
    if (!is_storable_epoch(*timestamp)) {
      problem =
          "timestamp " + std::to_string(*timestamp) + " is not between 1970 and 9999; skipped";
      return std::nullopt;
    }
    PostRecord post;
    post.platform = Platform::facebook;
    post.created_at = from_epoch_seconds(*timestamp);
    if (auto data = json::array_field(item, "data")) {
      for (auto entry : *data) {
        if (auto text = json::field(entry, "post"); text && post.text.empty()) {
          post.text = repair_meta_mojibake(json::string(entry, "post"));
        }
        if (auto updated = json::integer(entry, "update_timestamp");
            updated && *updated > *timestamp) {
          post.edited_at = from_epoch_seconds(*updated);
        }
      }
    }
    std::string first_uri;
    if (auto attachments = json::array_field(item, "attachments")) {
      for (auto attachment : *attachments) {
        auto data = json::array_field(attachment, "data");
        if (!data) {
          continue;
        }
        for (auto entry : *data) {
          if (auto media = json::field(entry, "media"); media && first_uri.empty()) {
            first_uri = repair_meta_mojibake(json::string(*media, "uri"));
          }
          if (auto context = json::field(entry, "external_context")) {
            const auto url = repair_meta_mojibake(json::string(*context, "url"));
            if (!url.empty()) {
              post.urls.push_back({url, url, std::nullopt, std::nullopt});
              if (first_uri.empty()) {
                first_uri = url;
              }
            }
          }
        }
      }
    }
    post.native_id = synthetic_key("fbdyi:", std::to_string(*timestamp) + "\x1f" + post.text +
                                                 "\x1f" + first_uri);
    finish(post);
    return post;
  }

  // One item of an Instagram posts file: carousels keep caption and time on the post, single
  // media on media[0].
  static std::optional<PostRecord> instagram_post(json::element item, std::string &problem) {
    if (!item.is_object()) {
      problem = "not a post object; skipped";
      return std::nullopt;
    }
    std::optional<json::element> first_media;
    if (auto media = json::array_field(item, "media")) {
      for (auto entry : *media) {
        first_media = entry;
        break;
      }
    }
    auto time = json::integer(item, "creation_timestamp");
    if (!time && first_media) {
      time = json::integer(*first_media, "creation_timestamp");
    }
    if (!time) {
      problem = "post without a creation_timestamp; skipped";
      return std::nullopt;
    }
    if (!is_storable_epoch(*time)) {
      problem =
          "creation_timestamp " + std::to_string(*time) + " is not between 1970 and 9999; skipped";
      return std::nullopt;
    }
    PostRecord post;
    post.platform = Platform::instagram;
    post.created_at = from_epoch_seconds(*time);
    post.text = repair_meta_mojibake(json::string(item, "title"));
    if (post.text.empty() && first_media) {
      post.text = repair_meta_mojibake(json::string(*first_media, "title"));
    }
    const auto uri =
        first_media ? repair_meta_mojibake(json::string(*first_media, "uri")) : std::string();
    post.native_id = synthetic_key("igdyi:", std::to_string(*time) + "\x1f" + uri);
    finish(post);
    return post;
  }

  static void finish(PostRecord &post) {
    post.text_norm = util::normalize_for_matching(post.text);
    post.kind = PostKind::post;
    post.synthetic_id = true;
    post.join_on_content = true;
    post.detail_rank = 1;
    add_text_entities(post);
  }

  std::string m_path;
  std::unique_ptr<Container> m_container;
  std::unique_ptr<ByteSource> m_source;
  InputOptions m_options;
  Platform m_platform = Platform::facebook;
  std::string m_format;
  std::vector<PostsFile> m_files;
  simdjson::dom::parser m_parser;
};

} // namespace

bool is_meta_dyi(const Container &container) {
  const auto &entries = container.entries();
  return std::any_of(entries.begin(), entries.end(), [](const std::string &entry) {
    return classify_entry(entry, ".json") != EntryKind::none;
  });
}

bool is_meta_dyi_html(const Container &container) {
  const auto &entries = container.entries();
  return !is_meta_dyi(container) &&
         std::any_of(entries.begin(), entries.end(), [](const std::string &entry) {
           return classify_entry(entry, ".html") != EntryKind::none;
         });
}

void reject_meta_dyi_html(const std::string &path) {
  throw Error(ErrorKind::input,
              path + ": Facebook/Instagram export in HTML format; only JSON exports can be read",
              "request the download again in Accounts Center (Download your information) with "
              "Format: JSON");
}

std::unique_ptr<Input> make_meta_dyi_input(std::string path, std::unique_ptr<Container> container,
                                           const InputOptions &options) {
  return std::make_unique<MetaDyiInput>(std::move(path), std::move(container), options);
}

std::optional<Platform> meta_dyi_file_platform(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) {
    head.remove_prefix(3);
  }
  auto pos = json::skip_space(head, 0);
  if (pos >= head.size() || head[pos] != '[') {
    return std::nullopt;
  }
  pos = json::skip_space(head, pos + 1);
  if (pos >= head.size() || head[pos] != '{') {
    return std::nullopt;
  }
  const auto end = json::value_end(head, pos);
  if (end == std::string_view::npos) {
    // The first post does not fit in the head: judge by the keys seen so far.
    if (head.find("\"media\"") != std::string_view::npos &&
        head.find("\"creation_timestamp\"") != std::string_view::npos &&
        head.find("\"uri\"") != std::string_view::npos) {
      return Platform::instagram;
    }
    if (head.find("\"timestamp\"") != std::string_view::npos &&
        (head.find("\"data\"") != std::string_view::npos ||
         head.find("\"attachments\"") != std::string_view::npos)) {
      return Platform::facebook;
    }
    return std::nullopt;
  }
  simdjson::dom::parser parser;
  simdjson::dom::element item;
  const auto raw = head.substr(pos, end - pos);
  if (parser.parse(raw.data(), raw.size(), true).get(item) != simdjson::SUCCESS) {
    return std::nullopt;
  }
  if (auto media = json::array_field(item, "media")) {
    for (auto entry : *media) {
      if (json::field(entry, "uri") && json::field(entry, "creation_timestamp")) {
        return Platform::instagram;
      }
      break;
    }
  }
  if (json::integer(item, "timestamp") &&
      (json::field(item, "data") || json::field(item, "attachments") ||
       json::field(item, "title"))) {
    return Platform::facebook;
  }
  return std::nullopt;
}

std::unique_ptr<Input> make_meta_dyi_file_input(std::unique_ptr<ByteSource> source,
                                                Platform platform, const InputOptions &options) {
  return std::make_unique<MetaDyiInput>(std::move(source), platform, options);
}

} // namespace sociometer::ingest
