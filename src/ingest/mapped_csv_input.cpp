// SPDX-License-Identifier: Apache-2.0
// Any CSV read through a user-given column map (`ingest --map`): `column=field` pairs name which
// column holds which post field. For exports sociometer does not know (LinkedIn sheets saved as
// CSV, spreadsheets of hand-collected posts).
#include <array>
#include <filesystem>
#include <fstream>
#include <set>

#include "csv_reader.hpp"
#include "formats.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::ingest {
namespace {

enum class Field {
  id,
  created_at,
  text,
  author_id,
  author,
  lang,
  kind,
  url,
  reply_to,
  shared_of,
  quoted,
  likes,
  reposts,
  replies,
  quotes,
  bookmarks,
  impressions,
  reach,
  link_clicks,
  count
};
constexpr auto k_field_count = static_cast<std::size_t>(Field::count);
constexpr std::array<std::string_view, k_field_count> k_field_names = {
    "id",     "created_at", "text",        "author_id", "author",     "lang",    "kind",
    "url",    "reply_to",   "shared_of",   "quoted",    "likes",      "reposts", "replies",
    "quotes", "bookmarks",  "impressions", "reach",     "link_clicks"};

// Rows before the header that a sheet may carry (LinkedIn puts a note above it).
constexpr std::size_t k_header_search_rows = 5;

std::string field_list() {
  std::string list;
  for (const auto name : k_field_names) {
    list += (list.empty() ? "" : ", ") + std::string(name);
  }
  return list;
}

struct MapEntry {
  std::string column;
  Field field;
};

// `col=field,col2=field2`, or a file of `column=field` lines (`#` comments) when `spec` names an
// existing file. Split at the last `=`, so column names may contain `=`.
std::vector<MapEntry> parse_map(const std::string &spec) {
  std::vector<std::string> items;
  std::string origin = "--map";
  std::error_code error;
  if (std::filesystem::is_regular_file(spec, error)) {
    origin = spec;
    std::ifstream in(spec);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.back() == '\r') {
        line.pop_back();
      }
      const auto text = trim(line);
      if (!text.empty() && text.front() != '#') {
        items.emplace_back(text);
      }
    }
  } else {
    std::size_t start = 0;
    while (start <= spec.size()) {
      const auto comma = std::min(spec.find(',', start), spec.size());
      if (const auto item = trim(std::string_view(spec).substr(start, comma - start));
          !item.empty()) {
        items.emplace_back(item);
      }
      start = comma + 1;
    }
  }
  std::vector<MapEntry> entries;
  std::set<Field> seen;
  for (const auto &item : items) {
    const auto equals = item.rfind('=');
    if (equals == std::string::npos) {
      throw Error(ErrorKind::usage, origin + ": '" + item + "' is not COLUMN=FIELD",
                  "valid fields: " + field_list());
    }
    const auto column = std::string(trim(std::string_view(item).substr(0, equals)));
    const auto name = std::string(trim(std::string_view(item).substr(equals + 1)));
    const auto it = std::find(k_field_names.begin(), k_field_names.end(), name);
    if (it == k_field_names.end() || column.empty()) {
      throw Error(ErrorKind::usage, origin + ": unknown field '" + name + "' in '" + item + "'",
                  "valid fields: " + field_list());
    }
    const auto field = static_cast<Field>(it - k_field_names.begin());
    if (!seen.insert(field).second) {
      throw Error(ErrorKind::usage, origin + ": field '" + name + "' is mapped twice");
    }
    entries.push_back({column, field});
  }
  if (seen.count(Field::id) == 0 || seen.count(Field::created_at) == 0) {
    throw Error(ErrorKind::usage,
                origin + ": the map must name the columns of the required fields id and "
                         "created_at",
                "e.g. --map 'Post ID=id,Created date=created_at,Post title=text'");
  }
  return entries;
}

// ISO 8601 with offset, epoch seconds, or a local `YYYY-MM-DD HH:MM[:SS]` / `MM/DD/YYYY ...`.
std::optional<TimePoint> parse_time(std::string_view text, const util::TimeZone &zone) {
  if (auto instant = util::parse_iso8601(text)) {
    return instant;
  }
  if (!text.empty() && text.size() <= 12 &&
      text.find_first_not_of("0123456789") == std::string_view::npos) {
    return TimePoint{std::chrono::seconds{std::stoll(std::string(text))}};
  }
  auto local = util::parse_local_datetime(text);
  if (!local) {
    local = util::parse_month_first_datetime(text);
  }
  if (local) {
    return zone.from_local(*local);
  }
  return std::nullopt;
}

// Reads `head` with `options` and counts the malformed records among the complete ones.
std::size_t count_errors(std::string_view head, CsvOptions options) {
  CsvReader reader(whole_text(head), options);
  std::size_t errors = 0;
  CsvRecord record;
  while (reader.next(record)) {
    errors += record.error.empty() ? 0U : 1U;
  }
  return errors;
}

class MappedCsvInput final : public Input {
public:
  MappedCsvInput(std::unique_ptr<ByteSource> source, const InputOptions &options)
      : m_source(std::move(source)), m_platform(options.platform.value_or(Platform::other)),
        m_zone(options.source_time_zone), m_map(parse_map(options.column_map)) {
    // LinkedIn's `\"` dialect: chosen when it reads the start of the file cleanly and RFC 4180
    // does not (the last record of the peek may be cut off, so it is left out of the count).
    auto head = m_source->peek(std::size_t{256} * 1024);
    if (const auto newline = head.rfind('\n'); newline != std::string_view::npos) {
      head = head.substr(0, newline + 1);
    }
    if (head.find("\\\"") != std::string_view::npos && count_errors(head, {}) > 0 &&
        count_errors(head, {0, true}) == 0) {
      m_options.backslash_escapes = true;
    }
  }

  [[nodiscard]] const std::string &path() const override { return m_source->path(); }
  [[nodiscard]] const std::string &format() const override { return m_format; }
  [[nodiscard]] Platform platform() const override { return m_platform; }
  [[nodiscard]] std::string sha256() override { return m_source->sha256(); }

  void parse(IngestTarget &target) override {
    const auto observed = file_time_or_now(path());
    CsvReader reader(*m_source, m_options);
    if (m_options.backslash_escapes) {
      target.diagnose({path(), std::nullopt, std::nullopt,
                       "quotes are escaped with backslashes (\\\"), not doubled: read that way",
                       false});
    }
    find_header(reader);
    CsvRecord record;
    while (reader.next(record)) {
      if (interrupt_requested()) {
        throw Error(ErrorKind::interrupted, "interrupted");
      }
      convert(record, observed, target);
      target.record_boundary();
    }
  }

private:
  // The first of the first few records that holds every mapped column.
  void find_header(CsvReader &reader) {
    CsvRecord record;
    std::vector<std::string> first;
    std::vector<std::string> best; // the row with most mapped columns, for the error message
    std::size_t best_found = 0;
    std::string first_error; // of the first line, when it could not be read (too many fields)
    for (std::size_t row = 0; row < k_header_search_rows && reader.next(record); ++row) {
      if (!record.error.empty()) {
        if (row == 0) {
          first_error = "line " + std::to_string(record.line) + ": " + record.error;
        }
        continue;
      }
      if (row == 0) {
        first = record.fields;
      }
      std::vector<std::string> keys;
      for (const auto &name : record.fields) {
        keys.push_back(header_key(name));
      }
      m_columns.fill(-1);
      std::size_t found = 0;
      for (const auto &entry : m_map) {
        const auto it = std::find(keys.begin(), keys.end(), header_key(entry.column));
        if (it != keys.end()) {
          m_columns[static_cast<std::size_t>(entry.field)] = static_cast<int>(it - keys.begin());
          ++found;
        }
      }
      if (found == m_map.size()) {
        m_header = record.fields;
        return;
      }
      if (found > best_found || best.empty()) {
        best = record.fields;
        best_found = found;
      }
    }
    if (first.size() == 1 && first[0].find_first_of(",;\t") != std::string::npos) {
      throw Error(ErrorKind::input,
                  path() + ": every line is one quoted cell (a spreadsheet re-save, or "
                           "LinkedIn's per-line quoting); its columns cannot be told apart",
                  "save the sheet again as CSV with one column per field");
    }
    if (!first_error.empty()) {
      throw Error(ErrorKind::input, path() + ": cannot read the header line (" + first_error + ")");
    }
    std::string columns;
    std::vector<std::string> keys;
    for (const auto &name : best) {
      columns += (columns.empty() ? "'" : ", '") + name + "'";
      keys.push_back(header_key(name));
    }
    std::string missing;
    for (const auto &entry : m_map) {
      if (std::find(keys.begin(), keys.end(), header_key(entry.column)) == keys.end()) {
        missing += (missing.empty() ? "'" : ", '") + entry.column + "'";
      }
    }
    throw Error(ErrorKind::input,
                path() + ": mapped column " + missing +
                    " not in the header; the header has: " + columns,
                "fix the column names in --map (matching ignores case)");
  }

  [[nodiscard]] std::string cell(const CsvRecord &record, Field field) const {
    return cell_text(record, m_columns[static_cast<std::size_t>(field)]);
  }

  std::optional<std::int64_t> count(const CsvRecord &record, Field field, IngestTarget &target) {
    return cell_count(record, m_columns[static_cast<std::size_t>(field)], m_header, path(), target);
  }

  void skip(IngestTarget &target, std::int64_t line, const std::string &message) {
    skip_row(target, path(), line, message);
  }

  void reference(const std::string &id, IngestTarget &target) const {
    if (id.empty()) {
      return;
    }
    PostRecord post;
    post.platform = m_platform;
    post.native_id = id;
    post.role = RecordRole::referenced;
    post.state = PostState::unavailable;
    target.post(post);
  }

  void convert(const CsvRecord &record, TimePoint observed, IngestTarget &target) {
    if (const auto problem = row_problem(record, m_header.size())) {
      skip(target, record.line, *problem);
      return;
    }
    PostRecord post;
    post.platform = m_platform;
    post.native_id = cell(record, Field::id);
    if (post.native_id.empty()) {
      skip(target, record.line, "empty id");
      return;
    }
    const auto created = cell(record, Field::created_at);
    post.created_at = parse_time(created, m_zone);
    if (!post.created_at) {
      skip(target, record.line,
           "created_at '" + created +
               "' is not ISO 8601, epoch seconds, YYYY-MM-DD HH:MM[:SS] or MM/DD/YYYY");
      return;
    }
    post.text = cell(record, Field::text);
    post.text_norm = util::normalize_for_matching(post.text);
    add_text_hashtags(post);
    const auto handle = cell(record, Field::author);
    post.author = {cell(record, Field::author_id), std::string(util::strip_handle_prefix(handle))};
    post.lang = cell(record, Field::lang);
    post.url = cell(record, Field::url);
    post.reply_to_id = cell(record, Field::reply_to);
    post.shared_of_id = cell(record, Field::shared_of);
    post.quoted_id = cell(record, Field::quoted);
    const auto kind = cell(record, Field::kind);
    if (!kind.empty()) {
      if (const auto parsed = parse_post_kind(util::ascii_lower(kind))) {
        post.kind = *parsed;
      } else {
        target.diagnose({path(), record.line, std::nullopt,
                         "kind '" + kind + "' is not post, reply, repost or quote; read as post",
                         false});
      }
    } else if (!post.shared_of_id.empty()) {
      post.kind = PostKind::repost;
    } else if (!post.reply_to_id.empty()) {
      post.kind = PostKind::reply;
    } else if (!post.quoted_id.empty()) {
      post.kind = PostKind::quote;
    }
    MetricCounts metrics;
    metrics.likes = count(record, Field::likes, target);
    metrics.reposts = count(record, Field::reposts, target);
    metrics.replies = count(record, Field::replies, target);
    metrics.quotes = count(record, Field::quotes, target);
    metrics.bookmarks = count(record, Field::bookmarks, target);
    metrics.impressions = count(record, Field::impressions, target);
    metrics.reach = count(record, Field::reach, target);
    metrics.link_clicks = count(record, Field::link_clicks, target);
    if (!metrics.empty() && post.kind != PostKind::repost) {
      post.metrics = metrics;
      post.observed_at = observed;
    }
    post.raw = row_json(m_header, record.fields);
    post.detail_rank = 1;
    reference(post.reply_to_id, target);
    reference(post.shared_of_id, target);
    reference(post.quoted_id, target);
    target.post(post);
  }

  std::unique_ptr<ByteSource> m_source;
  Platform m_platform;
  util::TimeZone m_zone;
  std::vector<MapEntry> m_map;
  CsvOptions m_options;
  std::string m_format = "mapped-csv";
  std::vector<std::string> m_header;
  std::array<int, k_field_count> m_columns{};
};

} // namespace

bool is_csv_like(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) {
    head.remove_prefix(3);
  } else if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) {
    return true;
  }
  const auto start = head.find_first_not_of(" \t\r\n");
  return start != std::string_view::npos && head[start] != '{' && head[start] != '[' &&
         head.find('\0') == std::string_view::npos;
}

std::unique_ptr<Input> make_mapped_csv_input(std::unique_ptr<ByteSource> source,
                                             const InputOptions &options) {
  return std::make_unique<MappedCsvInput>(std::move(source), options);
}

} // namespace sociometer::ingest
