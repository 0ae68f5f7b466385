// SPDX-License-Identifier: Apache-2.0
// Charts are plain SVG shapes with a <title> and <desc> each (screen readers read them), drawn in
// the Okabe–Ito palette, which stays distinct for the common kinds of colour blindness; every
// chart's numbers are also in a table, so nothing depends on colour alone.
#include "monthly_report_html.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

#include "report_text.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::report {
namespace {

using analysis::EngagementRow;
using analysis::MonthlyReport;
using namespace text; // NOLINT(google-build-using-namespace): the renderers' shared wording

constexpr std::string_view k_blue = "#0072B2";
constexpr std::string_view k_orange = "#E69F00";
constexpr std::string_view k_green = "#009E73";
constexpr std::string_view k_purple = "#CC79A7";

constexpr std::string_view k_css = R"(
:root { color-scheme: light; }
body { font-family: "Noto Sans", "Noto Sans CJK SC", "Noto Naskh Arabic", "DejaVu Sans",
  sans-serif; color: #1a1a1a; background: #fff; max-width: 60rem; margin: 2rem auto;
  padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .3rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 2px solid #0072B2; }
p.meta { color: #333; margin: .2rem 0; }
p.empty { border: 2px solid #D55E00; padding: .5rem; font-weight: bold; }
table { border-collapse: collapse; margin: .5rem 0; font-size: .9rem; width: 100%; }
th, td { border: 1px solid #999; padding: .25rem .4rem; text-align: start; vertical-align: top;
  overflow-wrap: break-word; }
td { overflow-wrap: anywhere; }
td.n, th.n { text-align: end; font-variant-numeric: tabular-nums; }
td.n { overflow-wrap: break-word; }
th { background: #e8eef4; }
figure { margin: 1rem 0; }
figcaption { font-size: .9rem; color: #333; }
svg { max-width: 100%; height: auto; }
svg text { font-size: 11px; fill: #1a1a1a; }
.note { font-size: .9rem; color: #333; }
.legend span { display: inline-block; width: .8rem; height: .8rem; margin: 0 .3rem 0 .8rem; }
footer { margin-top: 2rem; font-size: .8rem; color: #444; }
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; }
  table, figure, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; }
}
)";

// Text escaped for HTML element content and attribute values.
std::string esc(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (const char c : text) {
    switch (c) {
    case '&':
      escaped += "&amp;";
      break;
    case '<':
      escaped += "&lt;";
      break;
    case '>':
      escaped += "&gt;";
      break;
    case '"':
      escaped += "&quot;";
      break;
    default:
      escaped += c;
    }
  }
  return escaped;
}

std::string num(double value) { return fixed(value, 1); }

// The opening of an accessible chart: role img, labelled by its title and described.
void svg_open(std::ostream &out, const std::string &id, int width, int height,
              const std::string &title, const std::string &description) {
  out << "<svg class=\"chart\" id=\"" << id << "\" role=\"img\" viewBox=\"0 0 " << width << ' '
      << height << "\" width=\"" << width << "\" height=\"" << height << "\" aria-labelledby=\""
      << id << "-title " << id << "-desc\"><title id=\"" << id << "-title\">" << esc(title)
      << "</title><desc id=\"" << id << "-desc\">" << esc(description) << "</desc>\n";
}

// Daily posts (bars) and engagement (bars below), one column per local day.
void daily_chart(const MonthlyReport &report, std::ostream &out) {
  const auto &days = report.daily;
  if (days.empty()) {
    return;
  }
  std::int64_t max_posts = 1;
  std::int64_t max_engagement = 1;
  std::int64_t best_day_engagement = -1;
  std::string best_day;
  for (const auto &day : days) {
    max_posts = std::max(max_posts, day.posts);
    max_engagement = std::max(max_engagement, day.engagement.value_or(0));
    if (day.engagement.value_or(-1) > best_day_engagement) {
      best_day_engagement = *day.engagement;
      best_day = short_day(day.day);
    }
  }
  const int left = 50;
  const int plot = 680;
  const int band = 90;
  const double column = static_cast<double>(plot) / static_cast<double>(days.size());
  const auto description =
      "Posts and engagement per day from " + short_day(days.front().day) + " to " +
      short_day(days.back().day) + ". Most posts on one day: " + std::to_string(max_posts) +
      (best_day_engagement >= 0
           ? ". Highest engagement: " + std::to_string(best_day_engagement) + " on " + best_day
           : ". No engagement reported") +
      ".";
  out << "<figure>\n";
  svg_open(out, "chart-daily", left + plot + 10, 2 * band + 60, "Posts and engagement per day",
           description);
  const auto bars = [&](int top, std::int64_t max, std::string_view colour, const char *label,
                        auto value_of) {
    out << "<text x=\"" << left << "\" y=\"" << top + 10 << "\">" << label << " (highest: " << max
        << ")</text>";
    out << "<line x1=\"" << left << "\" y1=\"" << top + band << "\" x2=\"" << left + plot
        << "\" y2=\"" << top + band << "\" stroke=\"#555\"/>\n";
    for (std::size_t i = 0; i < days.size(); ++i) {
      const auto value = value_of(days[i]);
      const double height = static_cast<double>(value) / static_cast<double>(max) * (band - 16);
      out << "<rect x=\"" << num(left + column * static_cast<double>(i) + 1) << "\" y=\""
          << num(top + band - height) << "\" width=\"" << num(std::max(column - 2, 1.0))
          << "\" height=\"" << num(height) << "\" fill=\"" << colour << "\"><title>"
          << short_day(days[i].day) << ": " << value << "</title></rect>";
    }
    out << '\n';
  };
  bars(0, max_posts, k_blue, "Posts", [](const analysis::DailyRow &day) { return day.posts; });
  bars(band + 20, max_engagement, k_orange, "Engagement",
       [](const analysis::DailyRow &day) { return day.engagement.value_or(0); });
  for (std::size_t i = 0; i < days.size(); i += std::max<std::size_t>(1, days.size() / 6)) {
    out << "<text x=\"" << num(left + column * static_cast<double>(i)) << "\" y=\"" << 2 * band + 40
        << "\">" << short_day(days[i].day) << "</text>";
  }
  out << "\n</svg>\n<figcaption>Posts (blue) and engagement received (orange) per day, "
      << esc(report.time_zone) << ".</figcaption>\n</figure>\n";
}

// One horizontal bar per row: `value` of each, labelled.
struct Bar {
  std::string label;
  double value = 0;
  std::string shown;
};

void bar_chart(const std::string &id, const std::string &title, const std::vector<Bar> &bars,
               std::string_view colour, std::ostream &out) {
  if (bars.empty()) {
    return;
  }
  double max = 0;
  std::string description = title + ": ";
  for (std::size_t i = 0; i < bars.size(); ++i) {
    max = std::max(max, bars[i].value);
    description += (i == 0 ? "" : "; ") + bars[i].label + " " + bars[i].shown;
  }
  max = max > 0 ? max : 1;
  const int row = 22;
  const int left = 150;
  const int plot = 480;
  out << "<figure>\n";
  svg_open(out, id, left + plot + 90, static_cast<int>(bars.size()) * row + 10, title,
           description + ".");
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const auto y = static_cast<int>(i) * row + 4;
    const double width = bars[i].value / max * plot;
    out << "<text x=\"" << left - 6 << "\" y=\"" << y + 14 << "\" text-anchor=\"end\">"
        << esc(bars[i].label) << "</text><rect x=\"" << left << "\" y=\"" << y << "\" width=\""
        << num(width) << "\" height=\"" << row - 6 << "\" fill=\"" << colour << "\"/><text x=\""
        << num(left + width + 4) << "\" y=\"" << y + 14 << "\">" << esc(bars[i].shown)
        << "</text>\n";
  }
  out << "</svg>\n<figcaption>" << esc(title) << ".</figcaption>\n</figure>\n";
}

// The weekday × hour grid: darker = more engagement per post; cells without posts are blank.
void heatmap(const MonthlyReport &report, std::ostream &out) {
  static constexpr std::array<const char *, 7> k_days = {"Mon", "Tue", "Wed", "Thu",
                                                         "Fri", "Sat", "Sun"};
  double max = 0;
  std::string best;
  for (std::size_t d = 0; d < 7; ++d) {
    for (std::size_t h = 0; h < 24; ++h) {
      const auto &cell = report.best_time[d][h];
      if (cell.mean_engagement && *cell.mean_engagement > max) {
        max = *cell.mean_engagement;
        best = std::string(k_days[d]) + " " + std::to_string(h) + ":00";
      }
    }
  }
  const int left = 40;
  const int cell_size = 26;
  const auto description =
      max > 0 ? "Mean engagement per post by weekday and hour of publication (" + report.time_zone +
                    "). Best cell: " + best + ", " + fixed(max, 1) + " per post."
              : "No post of the period reports engagement: the grid has no signal.";
  out << "<figure>\n";
  svg_open(out, "chart-besttime", left + 24 * cell_size + 10, 7 * cell_size + 30,
           "Best time to post", description);
  for (std::size_t h = 0; h < 24; h += 3) {
    out << "<text x=\"" << left + static_cast<int>(h) * cell_size << "\" y=\"12\">" << h
        << "h</text>";
  }
  for (std::size_t d = 0; d < 7; ++d) {
    const auto y = 18 + static_cast<int>(d) * cell_size;
    out << "\n<text x=\"0\" y=\"" << y + 17 << "\">" << k_days[d] << "</text>";
    for (std::size_t h = 0; h < 24; ++h) {
      const auto &cell = report.best_time[d][h];
      const auto x = left + static_cast<int>(h) * cell_size;
      // Light to dark blue: one hue, so order reads without colour vision.
      const double share = cell.mean_engagement && max > 0 ? *cell.mean_engagement / max : 0;
      const auto fill = cell.posts == 0 ? std::string("#ffffff")
                                        : "rgba(0,114,178," + fixed(0.12 + 0.88 * share, 2) + ")";
      out << "<rect x=\"" << x << "\" y=\"" << y << "\" width=\"" << cell_size - 2 << "\" height=\""
          << cell_size - 2 << "\" fill=\"" << fill << "\" stroke=\"#bbb\"><title>" << k_days[d]
          << ' ' << h << ":00 — " << cell.posts << " posts, "
          << (cell.mean_engagement ? fixed(*cell.mean_engagement, 1) + " engagement per post"
                                   : std::string("no engagement reported"))
          << "</title></rect>";
    }
  }
  out << "\n</svg>\n<figcaption>" << esc(description)
      << " Darker cells: more engagement per post; white: no post.</figcaption>\n</figure>\n";
}

void cell(std::ostream &out, const std::string &text, bool number = false) {
  out << (number ? "<td class=\"n\">" : "<td>") << esc(text) << "</td>";
}

void engagement_table(const std::vector<EngagementRow> &rows, const std::string &key_title,
                      const std::vector<std::string> &components, std::ostream &out) {
  out << "<table><thead><tr><th>" << esc(key_title)
      << "</th><th class=\"n\">Posts</th><th class=\"n\">Likes</th><th class=\"n\">Reposts</th>"
         "<th class=\"n\">Replies</th><th class=\"n\">Quotes</th><th class=\"n\">Engagement</th>"
         "<th class=\"n\">Impressions</th><th class=\"n\">ER (impressions)</th>"
         "<th class=\"n\">Follower growth</th>"
      << (components.empty() ? "" : "<th>Components</th>") << "</tr></thead><tbody>\n";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto &row = rows[i];
    const auto *key = std::get_if<std::string>(&row.key);
    out << "<tr>";
    cell(out, key != nullptr ? *key : std::string("?"));
    cell(out, std::to_string(row.posts), true);
    for (const auto *value :
         {&row.likes, &row.reposts, &row.replies, &row.quotes, &row.engagement, &row.impressions}) {
      cell(out, count(*value), true);
    }
    cell(out, rate_with_coverage(row.er_impressions), true);
    cell(out, growth_text(row.followers), true);
    if (!components.empty()) {
      cell(out, i < components.size() ? components[i] : std::string());
    }
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
}

void headline(const MonthlyReport &report, std::ostream &out) {
  const bool year = report.year_earlier.has_value();
  out << "<h2>Headline</h2>\n<table><thead><tr><th>Metric</th><th class=\"n\">" << esc(report.label)
      << "</th><th class=\"n\">" << esc(report.previous_label)
      << "</th><th class=\"n\">Change</th>";
  if (year) {
    out << "<th class=\"n\">" << esc(report.year_earlier_label)
        << "</th><th class=\"n\">Change (year)</th>";
  }
  out << "</tr></thead><tbody>\n";
  for (const auto &line : headline_lines(report)) {
    out << "<tr><td>" << esc(line.name) << "</td>";
    cell(out, line.now, true);
    cell(out, line.before, true);
    cell(out, line.change, true);
    if (year) {
      cell(out, line.year, true);
      cell(out, line.year_change, true);
    }
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
}

void top_posts(const MonthlyReport &report, std::ostream &out) {
  out << "<h2>Top posts</h2>\n";
  if (report.top_posts.empty()) {
    out << "<p>No post of the period has engagement counts.</p>\n";
    return;
  }
  out << "<table><thead><tr><th class=\"n\">#</th><th>Date</th><th>Account</th><th>Post</th>"
         "<th class=\"n\">Engagement</th></tr></thead><tbody>\n";
  int rank = 0;
  for (const auto &post : report.top_posts) {
    out << "<tr><td class=\"n\">" << ++rank << "</td>";
    cell(out, util::format_rfc3339(post.created_at).substr(0, 10));
    cell(out, post.account + " (" + post.platform + ")");
    // dir="auto": an Arabic or Hebrew post reads right to left inside a left-to-right page.
    out << "<td dir=\"auto\">";
    if (post.url.empty()) {
      out << esc(post.text);
    } else {
      out << "<a href=\"" << esc(post.url) << "\">" << esc(post.text) << "</a>";
    }
    out << "</td>";
    cell(out, std::to_string(post.engagement), true);
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
}

void count_rows(const std::vector<analysis::CountRow> &rows, const char *key_title,
                const char *prefix, std::ostream &out) {
  out << "<table><thead><tr><th>" << key_title
      << "</th><th class=\"n\">Posts</th><th class=\"n\">Share of posts</th><th "
         "class=\"n\">Engagement</th></tr></thead><tbody>\n";
  for (const auto &row : rows) {
    out << "<tr><td dir=\"auto\">" << prefix << esc(row.key) << "</td>";
    cell(out, std::to_string(row.posts), true);
    cell(out, percent(row.share), true);
    cell(out, count(row.engagement), true);
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
}

void about_own(const analysis::AboutOwnAccounts &about, std::ostream &out) {
  out << "<h2>What others said about or with us</h2>\n<p>" << esc(about_own_sentence(about))
      << "</p>\n";
  if (about.posts == 0) {
    return;
  }
  out << "<table><thead><tr><th>Account</th><th class=\"n\">Posts</th><th "
         "class=\"n\">Mentions</th><th class=\"n\">Replies</th><th class=\"n\">Reposts</th><th "
         "class=\"n\">Quotes</th></tr></thead><tbody>\n";
  for (const auto &row : about.top_accounts) {
    out << "<tr>";
    cell(out, row.account + " (" + row.platform + ")");
    for (const auto value : {row.posts, row.mentions, row.replies, row.reposts, row.quotes}) {
      cell(out, std::to_string(value), true);
    }
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
}

void network(const analysis::ReportNetwork &network, std::ostream &out) {
  out << "<h2>Influencers</h2>\n<p>" << esc(network_sentence(network)) << "</p>\n";
  if (network.too_little_signal || network.top.empty()) {
    return;
  }
  out << "<table><thead><tr><th class=\"n\">#</th><th>Account</th><th class=\"n\">PR "
         "index</th><th class=\"n\">Amplified by</th><th class=\"n\">Bridge</th><th "
         "class=\"n\">Community</th></tr></thead><tbody>\n";
  int rank = 0;
  for (const auto &row : network.top) {
    out << "<tr><td class=\"n\">" << ++rank << "</td>";
    cell(out, row.account + " (" + row.platform + ")");
    cell(out, fixed(row.pr_index, 2), true);
    cell(out, std::to_string(row.amplified_by), true);
    cell(out, fixed(row.bridge, 3), true);
    cell(out, std::to_string(row.community), true);
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
  std::vector<Bar> bars;
  for (const auto &[community, members] : network.communities) {
    if (bars.size() == 12) {
      break; // the long tail of tiny communities says nothing in a chart
    }
    bars.push_back({"Community " + std::to_string(community), static_cast<double>(members),
                    std::to_string(members) + " accounts"});
  }
  bar_chart("chart-communities", "Community sizes (accounts)", bars, k_purple, out);
}

void campaigns(const MonthlyReport &report, std::ostream &out) {
  out << "<h2>Campaigns and cause support</h2>\n";
  if (report.campaigns.empty()) {
    out << "<p>" << esc(no_campaign_sentence()) << "</p>\n";
    return;
  }
  out << "<table><thead><tr><th>Campaign</th><th class=\"n\">Posts</th><th "
         "class=\"n\">Participants</th><th class=\"n\">Engaged supporters</th><th "
         "class=\"n\">New supporters</th><th class=\"n\">Returning supporters</th><th "
         "class=\"n\">Engagement</th><th class=\"n\">Potential reach</th><th "
         "class=\"n\">Impressions</th></tr></thead><tbody>\n";
  for (const auto &row : report.campaigns) {
    out << "<tr><td dir=\"auto\">" << esc(row.campaign) << "</td>";
    for (const auto value : {row.posts, row.participants, row.engaged_supporters}) {
      cell(out, std::to_string(value), true);
    }
    cell(out,
         std::to_string(row.new_supporters) + (row.new_supporters_censored ? " (censored)" : ""),
         true);
    cell(out, std::to_string(row.returning_supporters), true);
    for (const auto *value : {&row.engagement, &row.potential_reach, &row.measured_impressions}) {
      cell(out, count(*value), true);
    }
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
}

void coverage(const MonthlyReport &report, std::ostream &out) {
  out << "<h2>Data coverage</h2>\n<p>" << esc(coverage_sentence(report)) << "</p>\n";
  if (report.coverage.empty()) {
    return;
  }
  out << "<table><thead><tr><th>Platform</th><th>Source</th><th>First post</th><th>Last "
         "post</th><th class=\"n\">Posts</th></tr></thead><tbody>\n";
  for (const auto &platform : report.coverage) {
    for (const auto &source : platform.sources) {
      out << "<tr>";
      cell(out, platform.platform);
      cell(out, source.source);
      cell(out, util::format_date(source.first_day));
      cell(out, util::format_date(source.last_day));
      cell(out, std::to_string(source.posts), true);
      out << "</tr>\n";
    }
  }
  out << "</tbody></table>\n<ul>\n";
  for (const auto &platform : report.coverage) {
    out << "<li><strong>" << esc(platform.platform)
        << "</strong>: " << esc(platform_coverage_sentence(platform)) << "</li>\n";
  }
  out << "</ul>\n";
}

std::vector<Bar> platform_bars(const MonthlyReport &report) {
  std::vector<Bar> bars;
  for (const auto &row : report.by_platform) {
    const auto engagement = row.engagement.value_or(0);
    bars.push_back({std::get<std::string>(row.key), static_cast<double>(engagement),
                    std::to_string(engagement) + " (" + std::to_string(row.posts) + " posts)"});
  }
  return bars;
}

std::vector<Bar> language_bars(const MonthlyReport &report) {
  std::vector<Bar> bars;
  for (const auto &row : report.languages) {
    bars.push_back({row.key, static_cast<double>(row.posts),
                    std::to_string(row.posts) + " (" + percent(row.share) + ")"});
  }
  return bars;
}

void sections(const MonthlyReport &report, std::ostream &out) {
  if (shows(report, "headline")) {
    headline(report, out);
  }
  if (shows(report, "daily")) {
    out << "<h2>Posts and engagement per day</h2>\n";
    daily_chart(report, out);
  }
  if (shows(report, "platforms")) {
    out << "<h2>By platform</h2>\n";
    bar_chart("chart-platforms", "Engagement per platform", platform_bars(report), k_blue, out);
    engagement_table(report.by_platform, "Platform", report.platform_components, out);
    if (report.components_note) {
      out << "<p class=\"note\">Note: " << esc(*report.components_note) << ".</p>\n";
    }
  }
  if (shows(report, "accounts")) {
    out << "<h2>By account</h2>\n";
    engagement_table(report.by_account, "Account", {}, out);
  }
  if (report.about_own && shows(report, "others")) {
    about_own(*report.about_own, out);
  }
  if (shows(report, "campaigns")) {
    campaigns(report, out);
  }
  if (report.network && shows(report, "influencers")) {
    network(*report.network, out);
  }
  if (shows(report, "top-posts")) {
    top_posts(report, out);
  }
  if (shows(report, "best-time")) {
    out << "<h2>Best time to post</h2>\n";
    heatmap(report, out);
  }
  if (shows(report, "hashtags")) {
    out << "<h2>Top hashtags</h2>\n";
    if (report.top_hashtags.empty()) {
      out << "<p>No hashtags in this period.</p>\n";
    } else {
      count_rows(report.top_hashtags, "Hashtag", "#", out);
    }
  }
  if (shows(report, "languages")) {
    out << "<h2>Languages</h2>\n";
    bar_chart("chart-languages", "Posts per language", language_bars(report), k_green, out);
    count_rows(report.languages, "Language", "", out);
  }
}

void body(const MonthlyReport &report, const Envelope &envelope, std::ostream &out) {
  out << "<h1>" << esc(title(report)) << "</h1>\n";
  out << "<p class=\"meta\">Period: " << esc(period_text(report.first_day, report.last_day)) << ", "
      << esc(report.time_zone) << "; compared with "
      << esc(period_text(report.previous_first_day, report.previous_last_day)) << ".</p>\n";
  out << "<p class=\"meta\">" << esc(scope_sentence(report)) << "</p>\n<p class=\"meta\">"
      << esc(filters_sentence(report)) << "</p>\n";
  if (report.pseudonymized) {
    out << "<p class=\"meta\">" << esc(pseudonym_sentence()) << "</p>\n";
  }
  if (report.empty()) {
    out << "<p class=\"empty\">" << esc(empty_sentence()) << "</p>\n";
  }
  sections(report, out);
  if (shows(report, "coverage")) {
    coverage(report, out);
  }
  if (shows(report, "definitions")) {
    out << "<h2>How these numbers were computed</h2>\n<dl>\n";
    for (const auto &[key, text] : report.definitions) {
      out << "<dt>" << esc(key) << "</dt><dd>" << esc(text) << "</dd>\n";
    }
    out << "</dl>\n";
  }
  out << "<footer>Generated by sociometer at " << util::format_rfc3339(envelope.generated_at)
      << ".</footer>\n";
}

} // namespace

void render_html(const MonthlyReport &report, const Envelope &envelope, std::ostream &out) {
  out << "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << esc(title(report)) << "</title>\n<style>" << k_css << "</style>\n"
      << "</head>\n<body>\n";
  body(report, envelope, out);
  out << "</body>\n</html>\n";
}

} // namespace sociometer::report
