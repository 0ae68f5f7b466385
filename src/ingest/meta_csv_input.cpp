// SPDX-License-Identifier: Apache-2.0
// Meta Business Suite CSV exports (docs/formats.md): post-level Facebook and Instagram files
// (one row per post, lifetime counts at export time) and page-level daily series (UTF-16, a
// `sep=,` line, a title line, then `Date,Primary`). Columns are matched by name through a small
// alias table, since their order and set change from month to month and with the UI language.
#include <array>
#include <set>

#include "csv_reader.hpp"
#include "formats.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::ingest {
namespace {

enum class Field {
  post_id,
  page_id,
  account_id,
  page_name,
  account_username,
  account_name,
  title,
  description,
  publish_time,
  permalink,
  views,
  impressions,
  reach,
  reactions,
  likes,
  comments,
  shares,
  saves,
  link_clicks,
  reactions_comments_shares, // the sum of reactions, comments and shares
  total_clicks,              // the sum of link, other and photo clicks
  count                      // number of fields
};
constexpr auto k_field_count = static_cast<std::size_t>(Field::count);

struct Alias {
  std::string_view header;
  Field field;
};

// Header names → fields. English is what Meta writes for an English UI. The Swedish metric and
// time names were seen in third-party parsers; the Swedish ID and text
// names (marked *) are unverified guesses. Matching ignores case and Unicode width (NFKC).
constexpr std::array k_aliases = {
    Alias{"Post ID", Field::post_id}, Alias{"Page ID", Field::page_id},
    Alias{"Account ID", Field::account_id}, Alias{"Page name", Field::page_name},
    Alias{"Account username", Field::account_username}, Alias{"Account name", Field::account_name},
    Alias{"Title", Field::title}, Alias{"Description", Field::description},
    Alias{"Publish time", Field::publish_time}, Alias{"Permalink", Field::permalink},
    Alias{"Views", Field::views}, Alias{"Impressions", Field::impressions},
    Alias{"Reach", Field::reach}, Alias{"Reactions", Field::reactions},
    Alias{"Likes", Field::likes}, Alias{"Comments", Field::comments},
    Alias{"Shares", Field::shares}, Alias{"Saves", Field::saves},
    Alias{"Link Clicks", Field::link_clicks},
    Alias{"Reactions, Comments and Shares", Field::reactions_comments_shares},
    Alias{"Total clicks", Field::total_clicks},
    // Swedish
    Alias{"Publiceringstid", Field::publish_time}, Alias{"Visningar", Field::views},
    Alias{"Räckvidd", Field::reach}, Alias{"Reaktioner", Field::reactions},
    Alias{"Kommentarer", Field::comments}, Alias{"Delningar", Field::shares},
    Alias{"Länkklick", Field::link_clicks}, Alias{"Inläggs-id", Field::post_id}, // *
    Alias{"Sid-id", Field::page_id},                                             // *
    Alias{"Konto-id", Field::account_id},                                        // *
    Alias{"Sidnamn", Field::page_name},                                          // *
    Alias{"Titel", Field::title},                                                // *
    Alias{"Beskrivning", Field::description},                                    // *
    Alias{"Permalänk", Field::permalink},                                        // *
    Alias{"Gilla-markeringar", Field::likes},                                    // *
    Alias{"Sparade objekt", Field::saves},                                       // *
};

using Columns = std::array<int, k_field_count>; // column index per field, -1 when absent

Columns map_columns(const std::vector<std::string> &header) {
  Columns columns;
  columns.fill(-1);
  for (std::size_t i = 0; i < header.size(); ++i) {
    const auto key = header_key(header[i]);
    for (const auto &alias : k_aliases) {
      auto &slot = columns[static_cast<std::size_t>(alias.field)];
      if (slot < 0 && key == header_key(alias.header)) {
        slot = static_cast<int>(i);
      }
    }
  }
  return columns;
}

// What a blank metric cell means, per column. Meta writes no "0" in post exports: in every row
// Total clicks = Link Clicks + Other Clicks + Photo clicks and Reactions, Comments and Shares =
// Reactions + Comments + Shares, with blanks counted as 0, and a post nobody clicked has a blank
// Total clicks too. So a blank count is 0 when its total has a value in the row, or when the post
// was measured at all (a Views, Impressions or Reach value in its row); the audience columns
// themselves, blank, are not reported (docs/formats.md).
struct BlankRule {
  Field field;
  bool count = true;          // false: an audience column, whose blank is never 0
  std::optional<Field> total; // blank = 0 when this total has a value in the row
};
constexpr std::array k_blank_rules = {
    BlankRule{Field::views, false, std::nullopt},
    BlankRule{Field::impressions, false, std::nullopt},
    BlankRule{Field::reach, false, std::nullopt},
    BlankRule{Field::reactions, true, Field::reactions_comments_shares},
    BlankRule{Field::likes, true, std::nullopt}, // Instagram: no total column
    BlankRule{Field::comments, true, Field::reactions_comments_shares},
    BlankRule{Field::shares, true, Field::reactions_comments_shares},
    BlankRule{Field::saves, true, std::nullopt},
    BlankRule{Field::link_clicks, true, Field::total_clicks},
};
// The columns whose value says the post was measured.
constexpr std::array k_audience_fields = {Field::views, Field::impressions, Field::reach};

const BlankRule *blank_rule(Field field) {
  for (const auto &rule : k_blank_rules) {
    if (rule.field == field) {
      return &rule;
    }
  }
  return nullptr;
}

bool has(const Columns &columns, Field field) {
  return columns[static_cast<std::size_t>(field)] >= 0;
}

// The required subset: Post ID and Publish time, plus Page ID (Facebook) or Account ID (Instagram).
std::optional<Platform> post_platform(const Columns &columns) {
  if (!has(columns, Field::post_id) || !has(columns, Field::publish_time)) {
    return std::nullopt;
  }
  if (has(columns, Field::page_id)) {
    return Platform::facebook;
  }
  if (has(columns, Field::account_id)) {
    return Platform::instagram;
  }
  return std::nullopt;
}

bool is_date_header(std::string_view name) {
  const auto key = header_key(name);
  return key == "date" || key == "datum";
}

class MetaPostInput final : public Input {
public:
  MetaPostInput(std::unique_ptr<ByteSource> source, Platform platform, const InputOptions &options)
      : m_source(std::move(source)), m_platform(platform), m_zone(options.source_time_zone) {}

  [[nodiscard]] const std::string &path() const override { return m_source->path(); }
  [[nodiscard]] const std::string &format() const override { return m_format; }
  [[nodiscard]] Platform platform() const override { return m_platform; }
  [[nodiscard]] std::string sha256() override { return m_source->sha256(); }

  void parse(IngestTarget &target) override {
    const auto observed = file_time_or_now(m_source->path());
    CsvReader reader(*m_source);
    CsvRecord record;
    if (!reader.next(record) || !record.error.empty()) {
      throw Error(ErrorKind::input, path() + ": cannot read the header line" +
                                        (record.error.empty() ? "" : ": " + record.error));
    }
    m_header = record.fields;
    m_columns = map_columns(m_header);
    if (reader.delimiter() != ',') {
      target.diagnose({path(), record.line, std::nullopt,
                       std::string("separated by '") + reader.delimiter() +
                           "', not ',': a spreadsheet re-save of a Meta export? Read by the "
                           "header names; check the numbers and dates",
                       false});
    }
    while (reader.next(record)) {
      if (interrupt_requested()) {
        throw Error(ErrorKind::interrupted, "interrupted");
      }
      convert(record, observed, target);
      target.record_boundary();
    }
  }

private:
  void skip(IngestTarget &target, std::int64_t line, const std::string &message) {
    skip_row(target, path(), line, message);
  }

  [[nodiscard]] std::string cell(const CsvRecord &record, Field field) const {
    return cell_text(record, m_columns[static_cast<std::size_t>(field)]);
  }

  // The count in `field`'s cell; a blank cell is 0 or not reported by k_blank_rules.
  std::optional<std::int64_t> count(const CsvRecord &record, Field field, IngestTarget &target) {
    const auto index = m_columns[static_cast<std::size_t>(field)];
    if (const auto value = cell_count(record, index, m_header, path(), target)) {
      return value;
    }
    const auto *rule = blank_rule(field);
    // A ragged row's missing cells are unknown, not blank.
    if (index < 0 || static_cast<std::size_t>(index) >= record.fields.size() ||
        !trim(cell(record, field)).empty() || rule == nullptr || !rule->count) {
      return std::nullopt; // no column, a cell that is not a count, or a blank audience column
    }
    bool ok = true;
    const auto has_value = [&](Field other) {
      return m_columns[static_cast<std::size_t>(other)] >= 0 &&
             parse_count(cell(record, other), ok).has_value();
    };
    const bool measured =
        std::any_of(k_audience_fields.begin(), k_audience_fields.end(), has_value);
    return measured || (rule->total && has_value(*rule->total)) ? std::optional<std::int64_t>(0)
                                                                : std::nullopt;
  }

  void convert(const CsvRecord &record, TimePoint observed, IngestTarget &target) {
    if (const auto problem = row_problem(record, m_header.size())) {
      skip(target, record.line, *problem);
      return;
    }
    PostRecord post;
    post.platform = m_platform;
    post.native_id = cell(record, Field::post_id);
    if (post.native_id.empty()) {
      skip(target, record.line, "no Post ID");
      return;
    }
    const auto publish = cell(record, Field::publish_time);
    auto local = util::parse_month_first_datetime(publish);
    if (!local) {
      local = util::parse_local_datetime(publish);
    }
    if (!local) {
      skip(target, record.line,
           "post " + post.native_id + ": publish time '" + publish +
               "' is not MM/DD/YYYY HH:MM[:SS]");
      return;
    }
    post.created_at = m_zone.from_local(*local);

    const bool facebook = m_platform == Platform::facebook;
    post.author =
        facebook
            ? AccountRef{cell(record, Field::page_id), cell(record, Field::page_name)}
            : AccountRef{
                  cell(record, Field::account_id),
                  std::string(util::strip_handle_prefix(cell(record, Field::account_username)))};
    // Caption: Title or Description depending on the post type; the longer one is the caption.
    auto title = cell(record, Field::title);
    auto description = cell(record, Field::description);
    post.text = util::code_point_count(title) > util::code_point_count(description)
                    ? std::move(title)
                    : std::move(description);
    post.text_norm = util::normalize_for_matching(post.text);
    add_text_hashtags(post);
    add_text_links(post);
    post.url = cell(record, Field::permalink);

    MetricCounts metrics;
    metrics.impressions = count(record, Field::views, target);
    if (const auto impressions = count(record, Field::impressions, target); !metrics.impressions) {
      metrics.impressions = impressions;
    }
    metrics.reach = count(record, Field::reach, target);
    metrics.likes = count(record, Field::reactions, target);
    if (const auto likes = count(record, Field::likes, target); !metrics.likes) {
      metrics.likes = likes;
    }
    metrics.replies = count(record, Field::comments, target);
    metrics.reposts = count(record, Field::shares, target);
    metrics.bookmarks = count(record, Field::saves, target);
    metrics.link_clicks = count(record, Field::link_clicks, target);
    if (!metrics.empty()) {
      post.metrics = metrics;
      post.observed_at = observed;
    }
    std::vector<std::pair<std::string, std::string>> extra;
    if (facebook && !post.author.native_id.empty()) {
      // The Graph API's form of the ID, kept for joins with API data.
      extra.emplace_back("_graph_id", post.author.native_id + "_" + post.native_id);
    }
    post.raw = row_json(m_header, record.fields, extra);
    post.join_on_content = true; // the same post may come from DYI under a synthetic key
    post.detail_rank = 1;

    if (!post.author.native_id.empty() && m_accounts.insert(post.author.native_id).second) {
      AccountRecord account;
      account.platform = m_platform;
      account.ref = post.author;
      account.display_name = facebook ? post.author.handle : cell(record, Field::account_name);
      target.account(account);
    }
    target.post(post);
  }

  std::unique_ptr<ByteSource> m_source;
  Platform m_platform;
  util::TimeZone m_zone;
  std::string m_format = "meta-post-csv";
  std::vector<std::string> m_header;
  Columns m_columns{};
  std::set<std::string> m_accounts;
};

class MetaPageInput final : public Input {
public:
  MetaPageInput(std::unique_ptr<ByteSource> source, Platform platform, const InputOptions &options)
      : m_source(std::move(source)), m_owner(util::strip_handle_prefix(options.owner_handle)),
        m_platform(platform) {
    if (m_owner.empty()) {
      throw Error(ErrorKind::input,
                  m_source->path() + ": page-level CSVs do not name their page; pass --as HANDLE",
                  "sociometer ingest --as OUR_PAGE FILE.csv");
    }
  }

  [[nodiscard]] const std::string &path() const override { return m_source->path(); }
  [[nodiscard]] const std::string &format() const override { return m_format; }
  [[nodiscard]] Platform platform() const override { return m_platform; }
  [[nodiscard]] std::string sha256() override { return m_source->sha256(); }

  void parse(IngestTarget &target) override {
    CsvReader reader(*m_source);
    CsvRecord title;
    CsvRecord header;
    if (!reader.next(title) || !title.error.empty() || title.fields.empty() ||
        !reader.next(header) || !header.error.empty()) {
      throw Error(ErrorKind::input, path() + ": cannot read the title and header lines");
    }
    const auto metric = std::string(trim(title.fields[0]));
    const auto key = header_key(metric);
    // Total followers (not "Follows", the daily new follows) also make follower snapshots.
    const bool followers =
        key.find("followers") != std::string::npos || key.find("följare") != std::string::npos;
    CsvRecord record;
    while (reader.next(record)) {
      if (interrupt_requested()) {
        throw Error(ErrorKind::interrupted, "interrupted");
      }
      convert(record, metric, followers, target);
      target.record_boundary();
    }
  }

private:
  void skip(IngestTarget &target, std::int64_t line, const std::string &message) {
    skip_row(target, path(), line, message);
  }

  void convert(const CsvRecord &record, const std::string &metric, bool followers,
               IngestTarget &target) {
    if (!record.error.empty()) {
      skip(target, record.line, record.error);
      return;
    }
    if (record.fields.size() < 2 || !extra_fields_empty(record, 2)) {
      skip(target, record.line,
           "expected 2 fields (date, value), found " + std::to_string(record.fields.size()));
      return;
    }
    // Key on the calendar date: the clock part shifts by an hour at DST changes.
    const auto stamp = trim(record.fields[0]);
    const auto day = util::parse_date(stamp.substr(0, 10));
    if (!day || (stamp.size() > 10 && stamp[10] != 'T' && stamp[10] != ' ')) {
      skip(target, record.line, "'" + std::string(stamp) + "' is not a date (YYYY-MM-DD...)");
      return;
    }
    bool ok = true;
    const auto value = parse_count(record.fields[1], ok);
    if (!ok) {
      skip(target, record.line, "'" + record.fields[1] + "' is not a count");
      return;
    }
    if (!value) {
      return; // blank: not available that day (Meta suppresses small numbers)
    }
    PageMetricRecord page;
    page.platform = m_platform;
    page.account = {"", m_owner};
    page.metric = metric;
    page.day = util::format_date(*day);
    page.value = *value;
    target.page_metric(page);
    if (followers) {
      AccountRecord account;
      account.platform = m_platform;
      account.ref = {"", m_owner};
      account.followers = value;
      account.observed_at = TimePoint{std::chrono::sys_days{*day}};
      target.account(account);
    }
  }

  std::unique_ptr<ByteSource> m_source;
  std::string m_owner;
  Platform m_platform = Platform::facebook;
  std::string m_format = "meta-page-csv";
};

} // namespace

MetaCsvSniff sniff_meta_csv(std::string_view head) {
  CsvReader reader(whole_text(head));
  std::vector<CsvRecord> records;
  CsvRecord record;
  while (records.size() < 2 && reader.next(record)) {
    records.push_back(record);
  }
  MetaCsvSniff sniff;
  if (records.empty() || !records[0].error.empty()) {
    return sniff;
  }
  const auto &first = records[0].fields;
  if (reader.had_sep_line() && first.size() == 1 && records.size() == 2 &&
      records[1].fields.size() == 2 && is_date_header(records[1].fields[0])) {
    sniff.kind = MetaCsvSniff::Kind::page_daily;
    sniff.platform = header_key(first[0]).find("instagram") != std::string::npos
                         ? Platform::instagram
                         : Platform::facebook;
    return sniff;
  }
  if (const auto platform = post_platform(map_columns(first))) {
    sniff.kind = MetaCsvSniff::Kind::posts;
    sniff.platform = *platform;
    return sniff;
  }
  // A spreadsheet that wrote each line as one quoted cell: split the cell and look again.
  if (first.size() == 1) {
    for (const char delimiter : {',', ';', '\t'}) {
      bool once = false;
      CsvReader inner(
          [&](std::string_view &chunk) {
            if (once) {
              return false;
            }
            once = true;
            chunk = first[0];
            return true;
          },
          CsvOptions{delimiter, false});
      CsvRecord split;
      if (inner.next(split) && split.fields.size() > 1 &&
          post_platform(map_columns(split.fields))) {
        sniff.kind = MetaCsvSniff::Kind::one_cell_per_row;
        return sniff;
      }
    }
  }
  return sniff;
}

std::unique_ptr<Input> make_meta_post_csv_input(std::unique_ptr<ByteSource> source,
                                                Platform platform, const InputOptions &options) {
  return std::make_unique<MetaPostInput>(std::move(source), platform, options);
}

std::unique_ptr<Input> make_meta_page_csv_input(std::unique_ptr<ByteSource> source,
                                                Platform platform, const InputOptions &options) {
  return std::make_unique<MetaPageInput>(std::move(source), platform, options);
}

} // namespace sociometer::ingest
