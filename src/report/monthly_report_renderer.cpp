// SPDX-License-Identifier: Apache-2.0
// The monthly newsletter: Markdown for people (pasted into a newsletter or rendered by a CI page)
// and JSON for scripts. Output depends only on the report and the envelope (deterministic).
#include <array>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "json_envelope.hpp"
#include "monthly_report_html.hpp"
#include "report_text.hpp"
#include "sociometer/analysis/monthly_report.hpp"
#include "sociometer/error.hpp"
#include "sociometer/report/renderer.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::report {
namespace {

using analysis::EngagementRow;
using analysis::MonthlyReport;
using namespace text; // NOLINT(google-build-using-namespace): the renderers' shared wording

// "| a | b |" and its alignment row: `align` has an 'r' for each right-aligned (numeric) column.
void header_md(const Language &lang, std::initializer_list<const char *> keys,
               std::string_view align, std::ostream &out) {
  out << "|";
  for (const auto *key : keys) {
    out << " " << lang.text(std::string("column.") + key) << " |";
  }
  out << "\n|";
  for (const char column : align) {
    out << (column == 'r' ? "---:|" : "---|");
  }
  out << "\n";
}

void scope_md(const Language &lang, const MonthlyReport &report, std::ostream &out) {
  out << period_sentence(lang, report) << "\n\n";
  out << scope_sentence(lang, report) << "\n\n" << filters_sentence(lang, report) << "\n\n";
  if (report.pseudonymized) {
    out << lang.text("report.pseudonyms") << "\n\n";
  }
  if (report.empty()) {
    out << "**" << lang.text("report.empty") << "**\n\n";
  }
}

void about_own_md(const Language &lang, const analysis::AboutOwnAccounts &about,
                  std::ostream &out) {
  out << "## " << lang.text("section.others") << "\n\n"
      << about_own_sentence(lang, about) << "\n\n";
  if (about.posts == 0) {
    return;
  }
  header_md(lang, {"account", "posts", "mentions", "replies", "reposts", "quotes"}, "lrrrrr", out);
  for (const auto &row : about.top_accounts) {
    out << "| " << account_on(lang, row.account, row.platform) << " | " << lang.number(row.posts)
        << " | " << lang.number(row.mentions) << " | " << lang.number(row.replies) << " | "
        << lang.number(row.reposts) << " | " << lang.number(row.quotes) << " |\n";
  }
  out << "\n";
}

void network_md(const Language &lang, const analysis::ReportNetwork &network, std::ostream &out) {
  out << "## " << lang.text("section.influencers") << "\n\n";
  out << network_sentence(lang, network) << "\n\n";
  if (network.too_little_signal || network.top.empty()) {
    return;
  }
  header_md(lang, {"rank", "account", "pr_index", "amplified_by", "bridge", "community"}, "rlrrrr",
            out);
  int rank = 0;
  for (const auto &row : network.top) {
    out << "| " << lang.number(++rank) << " | " << account_on(lang, row.account, row.platform)
        << " | " << lang.decimal(row.pr_index, 2) << " | " << lang.number(row.amplified_by) << " | "
        << lang.decimal(row.bridge, 3) << " | " << lang.number(row.community) << " |\n";
  }
  out << "\n" << communities_sentence(lang, network) << "\n\n";
}

void engagement_table_md(const Language &lang, const std::vector<EngagementRow> &rows,
                         const char *key_column, std::ostream &out) {
  header_md(lang,
            {key_column, "posts", "likes", "reposts", "replies", "quotes", "engagement",
             "impressions", "er_impressions", "follower_growth"},
            "lrrrrrrrrr", out);
  for (const auto &row : rows) {
    const auto *key = std::get_if<std::string>(&row.key);
    out << "| " << (key != nullptr ? *key : std::string("?")) << " | " << lang.number(row.posts)
        << " | " << count(lang, row.likes) << " | " << count(lang, row.reposts) << " | "
        << count(lang, row.replies) << " | " << count(lang, row.quotes) << " | "
        << count(lang, row.engagement) << " | " << count(lang, row.impressions) << " | "
        << rate_with_coverage(lang, row.er_impressions) << " | " << growth_text(lang, row.followers)
        << " |\n";
  }
}

void headline_md(const Language &lang, const MonthlyReport &report, std::ostream &out) {
  const bool year = report.year_earlier.has_value();
  out << "## " << lang.text("section.headline") << "\n\n";
  out << "| " << lang.text("column.metric") << " | " << period_label(lang, report.label) << " | "
      << period_label(lang, report.previous_label) << " | " << lang.text("column.change") << " |";
  if (year) {
    out << " " << period_label(lang, report.year_earlier_label) << " | "
        << lang.text("column.change_year") << " |";
  }
  out << (year ? "\n|---|---:|---:|---:|---:|---:|\n" : "\n|---|---:|---:|---:|\n");
  for (const auto &line : headline_lines(lang, report)) {
    out << "| " << line.name << " | " << line.now << " | " << line.before << " | "
        << (line.change.empty() ? "" : line.change + " ") << "|";
    if (year) {
      out << " " << line.year << " | " << (line.year_change.empty() ? "" : line.year_change + " ")
          << "|";
    }
    out << "\n";
  }
  out << "\n" << kinds_sentence(lang, report) << "\n\n";
}

void top_posts_md(const Language &lang, const MonthlyReport &report, std::ostream &out) {
  out << "## " << lang.text("section.top_posts") << "\n\n";
  if (report.top_posts.empty()) {
    out << lang.text("empty.top_posts") << "\n\n";
    return;
  }
  header_md(
      lang,
      {"rank", "date", "account", "post", "likes", "reposts", "replies", "quotes", "engagement"},
      "rlllrrrrr", out);
  int rank = 0;
  for (const auto &post : report.top_posts) {
    const auto text = post.url.empty() ? post.text : "[" + post.text + "](" + post.url + ")";
    out << "| " << lang.number(++rank) << " | " << lang.date(post_day(report, post)) << " | "
        << account_on(lang, post.account, post.platform) << " | " << text << " | "
        << count(lang, post.likes) << " | " << count(lang, post.reposts) << " | "
        << count(lang, post.replies) << " | " << count(lang, post.quotes) << " | "
        << lang.number(post.engagement) << " |\n";
  }
  out << "\n";
}

void count_rows_md(const Language &lang, const std::vector<analysis::CountRow> &rows,
                   const char *key_column, const char *prefix, std::ostream &out) {
  header_md(lang, {key_column, "posts", "share", "engagement"}, "lrrr", out);
  for (const auto &row : rows) {
    out << "| " << prefix << row.key << " | " << lang.number(row.posts) << " | "
        << percent(lang, row.share) << " | " << count(lang, row.engagement) << " |\n";
  }
  out << "\n";
}

void definitions_md(const Language &lang, const MonthlyReport &report, std::ostream &out) {
  out << "## " << lang.text("section.definitions") << "\n\n";
  out << lang.text("report.definitions_intro", {{"time_zone", report.time_zone}}) << "\n\n";
  for (const auto &[key, text] : report.definitions) {
    out << "- **" << key << "**: " << definition_text(lang, report, key, text) << "\n";
  }
  out << "\n";
}

void daily_md(const Language &lang, const MonthlyReport &report, std::ostream &out) {
  out << "## " << lang.text("section.daily") << "\n\n";
  header_md(lang, {"day", "posts", "engagement"}, "lrr", out);
  for (const auto &day : report.daily) {
    out << "| " << lang.date(day.day) << " | " << lang.number(day.posts) << " | "
        << count(lang, day.engagement) << " |\n";
  }
  out << "\n";
}

// Weekdays down, hours across: mean engagement per post; `-` where posts report none, blank
// where nothing was posted.
void best_time_md(const Language &lang, const MonthlyReport &report, std::ostream &out) {
  out << "## " << lang.text("section.best_time") << "\n\n"
      << best_time_sentence(lang, report) << "\n\n| " << lang.text("column.weekday") << " |";
  for (std::int64_t hour = 0; hour < 24; ++hour) {
    out << " " << lang.text("chart.best_time_hour", {{"hour", lang.number(hour)}}) << " |";
  }
  out << "\n|---|";
  for (int hour = 0; hour < 24; ++hour) {
    out << "---:|";
  }
  out << "\n";
  for (unsigned day = 0; day < 7; ++day) {
    out << "| " << lang.weekday(day) << " |";
    for (const auto &cell : report.best_time.at(day)) {
      out << " "
          << (cell.mean_engagement ? lang.decimal(*cell.mean_engagement, 1)
                                   : std::string(cell.posts > 0 ? "-" : ""))
          << " |";
    }
    out << "\n";
  }
  out << "\n";
}

void campaigns_md(const Language &lang, const MonthlyReport &report, std::ostream &out) {
  out << "## " << lang.text("section.campaigns") << "\n\n";
  if (report.campaigns.empty()) {
    out << lang.text("campaigns.none") << "\n\n";
    return;
  }
  header_md(lang,
            {"campaign", "posts", "participants", "engaged_supporters", "new_supporters",
             "returning_supporters", "engagement", "potential_reach", "impressions"},
            "lrrrrrrrr", out);
  for (const auto &row : report.campaigns) {
    out << "| " << row.campaign << " | " << lang.number(row.posts) << " | "
        << lang.number(row.participants) << " | " << lang.number(row.engaged_supporters) << " | "
        << new_supporters_text(lang, row) << " | " << lang.number(row.returning_supporters) << " | "
        << count(lang, row.engagement) << " | " << count(lang, row.potential_reach) << " | "
        << count(lang, row.measured_impressions) << " |\n";
  }
  out << "\n";
}

void coverage_md(const Language &lang, const MonthlyReport &report, std::ostream &out) {
  out << "## " << lang.text("section.coverage") << "\n\n"
      << coverage_sentence(lang, report) << "\n\n";
  if (report.coverage.empty()) {
    return;
  }
  header_md(lang, {"platform", "source", "first_post", "last_post", "posts"}, "llllr", out);
  for (const auto &platform : report.coverage) {
    for (const auto &source : platform.sources) {
      out << "| " << platform.platform << " | " << source.source << " | "
          << lang.date(source.first_day) << " | " << lang.date(source.last_day) << " | "
          << lang.number(source.posts) << " |\n";
    }
  }
  out << "\n";
  for (const auto &platform : report.coverage) {
    out << "- **" << platform.platform << "**: " << platform_coverage_sentence(lang, platform)
        << "\n";
  }
  out << "\n";
}

void render_markdown(const MonthlyReport &report, const Envelope &envelope, const Language &lang,
                     std::ostream &out) {
  out << "# " << title(lang, report) << "\n\n";
  scope_md(lang, report, out);
  if (shows(report, "headline")) {
    headline_md(lang, report, out);
  }
  if (shows(report, "daily")) {
    daily_md(lang, report, out);
  }
  if (shows(report, "platforms")) {
    out << "## " << lang.text("section.platforms") << "\n\n";
    engagement_table_md(lang, report.by_platform, "platform", out);
    const auto note = components_note(lang, report);
    out << (note.empty() ? "\n" : "\n" + lang.text("report.note", {{"note", note}}) + "\n\n");
  }
  if (shows(report, "accounts")) {
    out << "## " << lang.text("section.accounts") << "\n\n";
    engagement_table_md(lang, report.by_account, "account", out);
    const auto note = accounts_top_note(lang, report);
    out << (note.empty() ? "\n" : "\n" + note + "\n\n");
  }
  if (report.about_own && shows(report, "others")) {
    about_own_md(lang, *report.about_own, out);
  }
  if (shows(report, "campaigns")) {
    campaigns_md(lang, report, out);
  }
  if (report.network && shows(report, "influencers")) {
    network_md(lang, *report.network, out);
  }
  if (shows(report, "top-posts")) {
    top_posts_md(lang, report, out);
  }
  if (shows(report, "best-time")) {
    best_time_md(lang, report, out);
  }
  if (shows(report, "hashtags")) {
    out << "## " << lang.text("section.hashtags") << "\n\n";
    if (report.top_hashtags.empty()) {
      out << lang.text("empty.hashtags") << "\n\n";
    } else {
      count_rows_md(lang, report.top_hashtags, "hashtag", "#", out);
    }
  }
  if (shows(report, "languages")) {
    out << "## " << lang.text("section.languages") << "\n\n";
    count_rows_md(lang, report.languages, "language", "", out);
  }
  if (shows(report, "coverage")) {
    coverage_md(lang, report, out);
  }
  if (shows(report, "definitions")) {
    definitions_md(lang, report, out);
  }
  out << generated_sentence(lang, report, envelope.generated_at) << "\n";
}

nlohmann::ordered_json optional_json(const std::optional<std::int64_t> &value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}
nlohmann::ordered_json optional_json(const std::optional<double> &value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json row_json(const EngagementRow &row) {
  nlohmann::ordered_json object;
  object["key"] = cell_json(row.key);
  object["posts"] = row.posts;
  object["likes"] = optional_json(row.likes);
  object["reposts"] = optional_json(row.reposts);
  object["replies"] = optional_json(row.replies);
  object["quotes"] = optional_json(row.quotes);
  object["engagement"] = optional_json(row.engagement);
  object["impressions"] = optional_json(row.impressions);
  object["er_impressions"] = optional_json(row.er_impressions.pooled);
  object["er_impressions_coverage"] = optional_json(row.er_impressions.coverage);
  object["er_impressions_median"] = optional_json(row.er_impressions.median);
  object["er_followers"] = optional_json(row.er_followers.pooled);
  object["er_followers_coverage"] = optional_json(row.er_followers.coverage);
  object["er_followers_median"] = optional_json(row.er_followers.median);
  object["followers_start"] = optional_json(row.followers.start);
  object["followers_end"] = optional_json(row.followers.end);
  object["followers_net_new"] = optional_json(row.followers.net_new);
  object["follower_growth"] = optional_json(row.followers.growth);
  object["follower_growth_coverage"] = optional_json(row.followers.coverage);
  object["follower_growth_interpolated"] =
      row.followers.interpolated
          ? nlohmann::ordered_json(std::int64_t{*row.followers.interpolated ? 1 : 0})
          : nlohmann::ordered_json(nullptr);
  return object;
}

nlohmann::ordered_json about_own_json(const analysis::AboutOwnAccounts &about) {
  nlohmann::ordered_json object;
  object["posts"] = about.posts;
  object["accounts"] = about.accounts;
  object["mentions"] = about.mentions;
  object["replies"] = about.replies;
  object["reposts"] = about.reposts;
  object["quotes"] = about.quotes;
  object["engagement"] = optional_json(about.engagement);
  auto rows = nlohmann::ordered_json::array();
  for (const auto &row : about.top_accounts) {
    rows.push_back({{"account", row.account},
                    {"platform", row.platform},
                    {"posts", row.posts},
                    {"mentions", row.mentions},
                    {"replies", row.replies},
                    {"reposts", row.reposts},
                    {"quotes", row.quotes}});
  }
  object["top_accounts"] = rows;
  return object;
}

nlohmann::ordered_json network_json(const analysis::ReportNetwork &network) {
  nlohmann::ordered_json object;
  object["accounts"] = network.accounts;
  object["interactions"] = network.edges;
  object["too_little_signal"] = network.too_little_signal
                                    ? nlohmann::ordered_json(*network.too_little_signal)
                                    : nlohmann::ordered_json(nullptr);
  object["too_little_signal_code"] =
      network.signal == analysis::NetworkSignal::enough
          ? nlohmann::ordered_json(nullptr)
          : nlohmann::ordered_json(std::string(analysis::to_string(network.signal)));
  auto top = nlohmann::ordered_json::array();
  for (const auto &row : network.top) {
    top.push_back({{"account", row.account},
                   {"platform", row.platform},
                   {"pr_index", row.pr_index},
                   {"amplified_by", row.amplified_by},
                   {"bridge", row.bridge},
                   {"community", row.community}});
  }
  object["top"] = top;
  auto communities = nlohmann::ordered_json::array();
  for (const auto &[community, members] : network.communities) {
    communities.push_back({{"community", community}, {"members", members}});
  }
  object["communities"] = communities;
  return object;
}

nlohmann::ordered_json daily_json(const MonthlyReport &report) {
  auto days = nlohmann::ordered_json::array();
  for (const auto &day : report.daily) {
    days.push_back({{"day", util::format_date(day.day)},
                    {"posts", day.posts},
                    {"engagement", optional_json(day.engagement)}});
  }
  return days;
}

// The cells with posts only: 168 mostly empty cells would bury the few that say something.
nlohmann::ordered_json best_time_json(const MonthlyReport &report) {
  auto cells = nlohmann::ordered_json::array();
  for (std::size_t day = 0; day < 7; ++day) {
    for (std::size_t hour = 0; hour < 24; ++hour) {
      const auto &cell = report.best_time[day][hour];
      if (cell.posts > 0) {
        cells.push_back({{"iso_weekday", day + 1},
                         {"hour", hour},
                         {"posts", cell.posts},
                         {"mean_engagement", optional_json(cell.mean_engagement)}});
      }
    }
  }
  return cells;
}

nlohmann::ordered_json campaigns_json(const MonthlyReport &report) {
  auto rows = nlohmann::ordered_json::array();
  for (const auto &row : report.campaigns) {
    rows.push_back(
        {{"campaign", row.campaign},
         {"posts", row.posts},
         {"participants", row.participants},
         {"engaged_supporters", row.engaged_supporters},
         {"new_supporters", row.new_supporters},
         {"returning_supporters", row.returning_supporters},
         {"new_supporters_censored", row.new_supporters_censored},
         {"engagement", optional_json(row.engagement)},
         {"potential_reach", optional_json(row.potential_reach)},
         {"potential_reach_coverage", optional_json(row.potential_reach_coverage)},
         {"measured_impressions", optional_json(row.measured_impressions)},
         {"measured_impressions_coverage", optional_json(row.measured_impressions_coverage)},
         {"share_of_voice", optional_json(row.share_of_voice)}});
  }
  return rows;
}

nlohmann::ordered_json coverage_json(const MonthlyReport &report) {
  auto platforms = nlohmann::ordered_json::array();
  for (const auto &platform : report.coverage) {
    auto sources = nlohmann::ordered_json::array();
    for (const auto &source : platform.sources) {
      sources.push_back({{"source", source.source},
                         {"first_day", util::format_date(source.first_day)},
                         {"last_day", util::format_date(source.last_day)},
                         {"posts", source.posts}});
    }
    auto gaps = nlohmann::ordered_json::array();
    for (const auto &gap : platform.gaps) {
      gaps.push_back({{"first_day", util::format_date(gap.first_day)},
                      {"last_day", util::format_date(gap.last_day)},
                      {"days", gap.days}});
    }
    auto metrics = nlohmann::ordered_json::object();
    for (const auto &metric : platform.metrics) {
      metrics[metric.metric] = {{"known", metric.known}, {"posts", metric.posts}};
    }
    platforms.push_back({{"platform", platform.platform},
                         {"stored_posts", platform.stored},
                         {"counted_posts", platform.counted},
                         {"followers_only_left_out", platform.followers_only},
                         {"edit_versions_left_out", platform.edit_versions},
                         {"placeholders", platform.placeholders},
                         {"sources", sources},
                         {"gaps", gaps},
                         {"metrics_known", metrics}});
  }
  return {{"gap_days", analysis::k_coverage_gap_days}, {"platforms", platforms}};
}

// Counts: relative change; rates: percentage points.
nlohmann::ordered_json change_json(const EngagementRow &now, const EngagementRow &before) {
  return {
      {"posts", optional_json(change(std::optional<std::int64_t>(now.posts),
                                     std::optional<std::int64_t>(before.posts)))},
      {"engagement", optional_json(change(now.engagement, before.engagement))},
      {"impressions", optional_json(change(now.impressions, before.impressions))},
      {"er_impressions_pp",
       optional_json(point_change(now.er_impressions.pooled, before.er_impressions.pooled))},
      {"er_followers_pp",
       optional_json(point_change(now.er_followers.pooled, before.er_followers.pooled))},
  };
}

nlohmann::ordered_json withheld_json(const MonthlyReport &report) {
  auto withheld = nlohmann::ordered_json::array();
  for (const auto &rate : report.withheld) {
    withheld.push_back(
        {{"rate", rate.rate}, {"row", rate.row}, {"name", rate.name}, {"coverage", rate.coverage}});
  }
  return withheld;
}

// The `report` keys of each section of `--sections` (the period, scope and filters always stay).
constexpr std::pair<std::string_view, std::array<std::string_view, 7>> k_section_keys[] = {
    {"headline",
     {"headline", "previous", "year_earlier", "year_earlier_period", "change", "change_year",
      "posts_by_kind"}},
    {"daily", {"daily"}},
    {"platforms", {"by_platform", "engagement_components_note"}},
    {"accounts", {"by_account"}},
    {"others", {"about_own_accounts"}},
    {"campaigns", {"campaigns"}},
    {"influencers", {"influencers"}},
    {"top-posts", {"top_posts"}},
    {"best-time", {"best_time"}},
    {"hashtags", {"top_hashtags"}},
    {"languages", {"languages"}},
    {"coverage", {"coverage"}},
};

// Leaves out of `body` the keys of the sections `--sections` did not choose, as Markdown and
// HTML leave out those sections.
void drop_unchosen_sections(const MonthlyReport &report, nlohmann::ordered_json &body) {
  for (const auto &[section, keys] : k_section_keys) {
    if (shows(report, section)) {
      continue;
    }
    for (const auto key : keys) {
      if (!key.empty()) {
        body.erase(std::string(key));
      }
    }
  }
}

void render_json(const MonthlyReport &report, const Envelope &envelope, const Language &lang,
                 std::ostream &out) {
  auto document = envelope_json(envelope);
  document["definitions"] = nlohmann::ordered_json::object();
  if (shows(report, "definitions")) {
    for (const auto &[key, text] : report.definitions) {
      document["definitions"][key] = text;
    }
  }
  nlohmann::ordered_json body;
  body["language"] = lang.code();
  body["organisation"] = report.organisation;
  const auto text_or_null = [](const std::string &text) {
    return text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text);
  };
  body["month"] = text_or_null(report.month);
  body["previous_month"] = text_or_null(report.previous_month);
  body["period"] = report.label;
  body["comparison_period"] = report.previous_label;
  body["time_zone"] = report.time_zone;
  body["since"] = util::format_rfc3339(report.since);
  body["until"] = util::format_rfc3339(report.until);
  body["first_day"] = util::format_date(report.first_day);
  body["last_day"] = util::format_date(report.last_day);
  body["comparison_since"] = util::format_rfc3339(report.previous_since);
  body["comparison_until"] = util::format_rfc3339(report.previous_until);
  body["comparison_first_day"] = util::format_date(report.previous_first_day);
  body["comparison_last_day"] = util::format_date(report.previous_last_day);
  body["scope"] = std::string(analysis::to_string(report.scope));
  body["own_accounts"] = report.own_accounts;
  auto filters = nlohmann::ordered_json::object();
  for (const auto &[flag, value] : report.filters) {
    filters[flag] = value;
  }
  body["filters"] = filters;
  body["empty"] = report.empty();
  body["pseudonymized"] = report.pseudonymized;
  body["followers_only_left_out"] = report.followers_only_left_out;
  body["min_coverage"] = report.min_coverage;
  body["withheld_rates"] = withheld_json(report);
  auto headline = row_json(report.current);
  headline.erase("key");
  auto previous = row_json(report.previous);
  previous.erase("key");
  body["headline"] = headline;
  body["previous"] = previous;
  if (report.year_earlier) {
    auto year = row_json(*report.year_earlier);
    year.erase("key");
    body["year_earlier"] = year;
  } else {
    body["year_earlier"] = nullptr;
  }
  body["year_earlier_period"] = text_or_null(report.year_earlier_label);
  body["change"] = change_json(report.current, report.previous);
  body["change_year"] = report.year_earlier ? change_json(report.current, *report.year_earlier)
                                            : nlohmann::ordered_json(nullptr);
  auto kinds = nlohmann::ordered_json::object();
  for (const auto &[kind, posts] : report.posts_by_kind) {
    kinds[kind] = posts;
  }
  body["posts_by_kind"] = kinds;
  auto platforms = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < report.by_platform.size(); ++i) {
    auto row = row_json(report.by_platform[i]);
    row["engagement_components"] = i < report.platform_components.size()
                                       ? nlohmann::ordered_json(report.platform_components[i])
                                       : nlohmann::ordered_json(nullptr);
    platforms.push_back(row);
  }
  body["by_platform"] = platforms;
  body["engagement_components_note"] = report.components_note
                                           ? nlohmann::ordered_json(*report.components_note)
                                           : nlohmann::ordered_json(nullptr);
  auto accounts = nlohmann::ordered_json::array();
  for (const auto &row : report.by_account) {
    accounts.push_back(row_json(row));
  }
  body["by_account"] = accounts;
  body["accounts_with_posts"] = report.accounts_with_posts;
  auto posts = nlohmann::ordered_json::array();
  for (const auto &post : report.top_posts) {
    posts.push_back({{"post_id", post.post_id},
                     {"platform", post.platform},
                     {"account", post.account},
                     {"created_at", util::format_rfc3339(post.created_at)},
                     {"kind", post.kind},
                     {"text", post.text},
                     {"url", post.url.empty() ? nlohmann::ordered_json(nullptr)
                                              : nlohmann::ordered_json(post.url)},
                     {"likes", optional_json(post.likes)},
                     {"reposts", optional_json(post.reposts)},
                     {"replies", optional_json(post.replies)},
                     {"quotes", optional_json(post.quotes)},
                     {"engagement", post.engagement}});
  }
  body["top_posts"] = posts;
  body["about_own_accounts"] =
      report.about_own ? about_own_json(*report.about_own) : nlohmann::ordered_json(nullptr);
  body["influencers"] =
      report.network ? network_json(*report.network) : nlohmann::ordered_json(nullptr);
  for (const auto &[name, rows] : {std::pair{"top_hashtags", &report.top_hashtags},
                                   std::pair{"languages", &report.languages}}) {
    auto list = nlohmann::ordered_json::array();
    for (const auto &row : *rows) {
      list.push_back({{"key", row.key},
                      {"posts", row.posts},
                      {"share", row.share},
                      {"engagement", optional_json(row.engagement)}});
    }
    body[name] = list;
  }
  body["daily"] = daily_json(report);
  body["best_time"] = best_time_json(report);
  body["campaigns"] = campaigns_json(report);
  body["coverage"] = coverage_json(report);
  drop_unchosen_sections(report, body);
  document["report"] = body;
  out << document.dump(2) << '\n';
}

} // namespace

void render_monthly_report(const MonthlyReport &report, const Envelope &envelope, Format format,
                           std::string_view language, std::ostream &out) {
  const Language lang(language);
  switch (format) {
  case Format::md:
    render_markdown(report, envelope, lang, out);
    return;
  case Format::json:
    render_json(report, envelope, lang, out);
    return;
  case Format::html:
    render_html(report, envelope, lang, out);
    return;
  default:
    throw Error(ErrorKind::usage,
                "report: format '" + std::string(to_string(format)) + "' is not available",
                "use --format md, html or json");
  }
}

} // namespace sociometer::report
