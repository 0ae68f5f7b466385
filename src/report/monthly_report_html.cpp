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
svg { max-width: 100%; height: auto; direction: ltr; }
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
void daily_chart(const Language &lang, const MonthlyReport &report, std::ostream &out) {
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
      best_day = lang.short_day(day.day);
    }
  }
  const int left = 50;
  const int plot = 680;
  const int band = 90;
  const double column = static_cast<double>(plot) / static_cast<double>(days.size());
  const auto description = lang.text(
      "chart.daily_description",
      {{"first", lang.short_day(days.front().day)},
       {"last", lang.short_day(days.back().day)},
       {"max_posts", lang.number(max_posts)},
       {"best",
        best_day_engagement >= 0
            ? lang.text("chart.daily_best",
                        {{"engagement", lang.number(best_day_engagement)}, {"day", best_day}})
            : lang.text("chart.daily_no_engagement")}});
  out << "<figure>\n";
  svg_open(out, "chart-daily", left + plot + 10, 2 * band + 60, lang.text("chart.daily_title"),
           description);
  const auto bars = [&](int top, std::int64_t max, std::string_view colour,
                        const std::string &label, auto value_of) {
    out << "<text x=\"" << left << "\" y=\"" << top + 10 << "\">"
        << esc(lang.text("chart.daily_band", {{"label", label}, {"max", lang.number(max)}}))
        << "</text>";
    out << "<line x1=\"" << left << "\" y1=\"" << top + band << "\" x2=\"" << left + plot
        << "\" y2=\"" << top + band << "\" stroke=\"#555\"/>\n";
    for (std::size_t i = 0; i < days.size(); ++i) {
      const auto value = value_of(days[i]);
      const double height = static_cast<double>(value) / static_cast<double>(max) * (band - 16);
      out << "<rect x=\"" << num(left + column * static_cast<double>(i) + 1) << "\" y=\""
          << num(top + band - height) << "\" width=\"" << num(std::max(column - 2, 1.0))
          << "\" height=\"" << num(height) << "\" fill=\"" << colour << "\"><title>"
          << esc(lang.short_day(days[i].day)) << ": " << lang.number(value) << "</title></rect>";
    }
    out << '\n';
  };
  bars(0, max_posts, k_blue, lang.text("column.posts"),
       [](const analysis::DailyRow &day) { return day.posts; });
  bars(band + 20, max_engagement, k_orange, lang.text("column.engagement"),
       [](const analysis::DailyRow &day) { return day.engagement.value_or(0); });
  for (std::size_t i = 0; i < days.size(); i += std::max<std::size_t>(1, days.size() / 6)) {
    out << "<text x=\"" << num(left + column * static_cast<double>(i)) << "\" y=\"" << 2 * band + 40
        << "\">" << esc(lang.short_day(days[i].day)) << "</text>";
  }
  out << "\n</svg>\n<figcaption>"
      << esc(lang.text("chart.daily_caption", {{"time_zone", report.time_zone}}))
      << "</figcaption>\n</figure>\n";
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
  out << "</svg>\n<figcaption>" << esc(title) << "</figcaption>\n</figure>\n";
}

// The weekday × hour grid: darker = more engagement per post; cells without posts are blank.
void heatmap(const Language &lang, const MonthlyReport &report, std::ostream &out) {
  double max = 0;
  for (const auto &day : report.best_time) {
    for (const auto &cell : day) {
      max = std::max(max, cell.mean_engagement.value_or(0.0));
    }
  }
  const int left = 40;
  const int cell_size = 26;
  const auto description = best_time_sentence(lang, report);
  out << "<figure>\n";
  svg_open(out, "chart-besttime", left + 24 * cell_size + 10, 7 * cell_size + 30,
           lang.text("chart.best_time_title"), description);
  for (std::size_t h = 0; h < 24; h += 3) {
    out << "<text x=\"" << left + static_cast<int>(h) * cell_size << "\" y=\"12\">"
        << esc(lang.text("chart.best_time_hour",
                         {{"hour", lang.number(static_cast<std::int64_t>(h))}}))
        << "</text>";
  }
  for (std::size_t d = 0; d < 7; ++d) {
    const auto y = 18 + static_cast<int>(d) * cell_size;
    out << "\n<text x=\"0\" y=\"" << y + 17 << "\">" << esc(lang.weekday(static_cast<unsigned>(d)))
        << "</text>";
    for (std::size_t h = 0; h < 24; ++h) {
      const auto &cell = report.best_time[d][h];
      const auto x = left + static_cast<int>(h) * cell_size;
      // Light to dark blue: one hue, so order reads without colour vision.
      const double share = cell.mean_engagement && max > 0 ? *cell.mean_engagement / max : 0;
      const auto fill = cell.posts == 0 ? std::string("#ffffff")
                                        : "rgba(0,114,178," + fixed(0.12 + 0.88 * share, 2) + ")";
      const auto value = cell.mean_engagement
                             ? lang.text("chart.best_time_value",
                                         {{"value", lang.decimal(*cell.mean_engagement, 1)}})
                             : lang.text("chart.best_time_no_engagement");
      out << "<rect x=\"" << x << "\" y=\"" << y << "\" width=\"" << cell_size - 2 << "\" height=\""
          << cell_size - 2 << "\" fill=\"" << fill << "\" stroke=\"#bbb\"><title>"
          << esc(lang.text("chart.best_time_tooltip",
                           {{"cell", best_time_cell(lang, d, h)},
                            {"posts", lang.plural("chart.posts", cell.posts)},
                            {"value", value}}))
          << "</title></rect>";
    }
  }
  out << "\n</svg>\n<figcaption>" << esc(description) << " "
      << esc(lang.text("chart.best_time_legend")) << "</figcaption>\n</figure>\n";
}

void cell(std::ostream &out, const std::string &text, bool number = false) {
  out << (number ? "<td class=\"n\">" : "<td>") << esc(text) << "</td>";
}

// A table's opening and header row: `align` has an 'r' for each numeric column.
void header(const Language &lang, std::initializer_list<const char *> keys, std::string_view align,
            std::ostream &out, const std::string &extra = {}) {
  out << "<table><thead><tr>";
  std::size_t i = 0;
  for (const auto *key : keys) {
    out << (i < align.size() && align[i] == 'r' ? "<th class=\"n\">" : "<th>")
        << esc(lang.text(std::string("column.") + key)) << "</th>";
    ++i;
  }
  out << extra << "</tr></thead><tbody>\n";
}

void engagement_table(const Language &lang, const std::vector<EngagementRow> &rows,
                      const char *key_column, const std::vector<std::string> &components,
                      std::ostream &out) {
  header(lang,
         {key_column, "posts", "likes", "reposts", "replies", "quotes", "engagement", "impressions",
          "er_impressions", "follower_growth"},
         "lrrrrrrrrr", out,
         components.empty() ? std::string()
                            : "<th>" + esc(lang.text("column.components")) + "</th>");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto &row = rows[i];
    const auto *key = std::get_if<std::string>(&row.key);
    out << "<tr>";
    cell(out, key != nullptr ? *key : std::string("?"));
    cell(out, lang.number(row.posts), true);
    for (const auto *value :
         {&row.likes, &row.reposts, &row.replies, &row.quotes, &row.engagement, &row.impressions}) {
      cell(out, count(lang, *value), true);
    }
    cell(out, rate_with_coverage(lang, row.er_impressions), true);
    cell(out, growth_text(lang, row.followers), true);
    if (!components.empty()) {
      cell(out, i < components.size() ? component_list(lang, components[i]) : std::string());
    }
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
}

void headline(const Language &lang, const MonthlyReport &report, std::ostream &out) {
  const bool year = report.year_earlier.has_value();
  out << "<h2>" << esc(lang.text("section.headline")) << "</h2>\n<table><thead><tr><th>"
      << esc(lang.text("column.metric")) << "</th><th class=\"n\">"
      << esc(period_label(lang, report.label)) << "</th><th class=\"n\">"
      << esc(period_label(lang, report.previous_label)) << "</th><th class=\"n\">"
      << esc(lang.text("column.change")) << "</th>";
  if (year) {
    out << "<th class=\"n\">" << esc(period_label(lang, report.year_earlier_label))
        << "</th><th class=\"n\">" << esc(lang.text("column.change_year")) << "</th>";
  }
  out << "</tr></thead><tbody>\n";
  for (const auto &line : headline_lines(lang, report)) {
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

void top_posts(const Language &lang, const MonthlyReport &report, std::ostream &out) {
  out << "<h2>" << esc(lang.text("section.top_posts")) << "</h2>\n";
  if (report.top_posts.empty()) {
    out << "<p>" << esc(lang.text("empty.top_posts")) << "</p>\n";
    return;
  }
  out << "<table><thead><tr><th class=\"n\">" << esc(lang.text("column.rank")) << "</th><th>"
      << esc(lang.text("column.date")) << "</th><th>" << esc(lang.text("column.account"))
      << "</th><th>" << esc(lang.text("column.post")) << "</th><th class=\"n\">"
      << esc(lang.text("column.engagement")) << "</th></tr></thead><tbody>\n";
  int rank = 0;
  for (const auto &post : report.top_posts) {
    out << "<tr><td class=\"n\">" << esc(lang.number(++rank)) << "</td>";
    cell(out, lang.date(post_day(report, post)));
    out << "<td><bdi>" << esc(account_on(lang, post.account, post.platform)) << "</bdi></td>";
    // dir="auto": a post reads in its own direction whatever the page's (<bdi> likewise for
    // handles inside a right-to-left page).
    out << "<td dir=\"auto\">";
    if (post.url.empty()) {
      out << esc(post.text);
    } else {
      out << "<a href=\"" << esc(post.url) << "\">" << esc(post.text) << "</a>";
    }
    out << "</td>";
    cell(out, lang.number(post.engagement), true);
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
}

void count_rows(const Language &lang, const std::vector<analysis::CountRow> &rows,
                const char *key_column, const char *prefix, std::ostream &out) {
  header(lang, {key_column, "posts", "share", "engagement"}, "lrrr", out);
  for (const auto &row : rows) {
    out << "<tr><td dir=\"auto\">" << prefix << esc(row.key) << "</td>";
    cell(out, lang.number(row.posts), true);
    cell(out, percent(lang, row.share), true);
    cell(out, count(lang, row.engagement), true);
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
}

void about_own(const Language &lang, const analysis::AboutOwnAccounts &about, std::ostream &out) {
  out << "<h2>" << esc(lang.text("section.others")) << "</h2>\n<p>"
      << esc(about_own_sentence(lang, about)) << "</p>\n";
  if (about.posts == 0) {
    return;
  }
  header(lang, {"account", "posts", "mentions", "replies", "reposts", "quotes"}, "lrrrrr", out);
  for (const auto &row : about.top_accounts) {
    out << "<tr><td><bdi>" << esc(account_on(lang, row.account, row.platform)) << "</bdi></td>";
    for (const auto value : {row.posts, row.mentions, row.replies, row.reposts, row.quotes}) {
      cell(out, lang.number(value), true);
    }
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
}

void network(const Language &lang, const analysis::ReportNetwork &network, std::ostream &out) {
  out << "<h2>" << esc(lang.text("section.influencers")) << "</h2>\n<p>"
      << esc(network_sentence(lang, network)) << "</p>\n";
  if (network.too_little_signal || network.top.empty()) {
    return;
  }
  header(lang, {"rank", "account", "pr_index", "amplified_by", "bridge", "community"}, "rlrrrr",
         out);
  int rank = 0;
  for (const auto &row : network.top) {
    out << "<tr><td class=\"n\">" << esc(lang.number(++rank)) << "</td>";
    out << "<td><bdi>" << esc(account_on(lang, row.account, row.platform)) << "</bdi></td>";
    cell(out, lang.decimal(row.pr_index, 2), true);
    cell(out, lang.number(row.amplified_by), true);
    cell(out, lang.decimal(row.bridge, 3), true);
    cell(out, lang.number(row.community), true);
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
  std::vector<Bar> bars;
  for (const auto &[community, members] : network.communities) {
    if (bars.size() == 12) {
      break; // the long tail of tiny communities says nothing in a chart
    }
    bars.push_back({lang.text("chart.community", {{"number", lang.number(community)}}),
                    static_cast<double>(members), lang.plural("chart.accounts", members)});
  }
  bar_chart("chart-communities", lang.text("chart.communities_title"), bars, k_purple, out);
}

void campaigns(const Language &lang, const MonthlyReport &report, std::ostream &out) {
  out << "<h2>" << esc(lang.text("section.campaigns")) << "</h2>\n";
  if (report.campaigns.empty()) {
    out << "<p>" << esc(lang.text("campaigns.none")) << "</p>\n";
    return;
  }
  header(lang,
         {"campaign", "posts", "participants", "engaged_supporters", "new_supporters",
          "returning_supporters", "engagement", "potential_reach", "impressions"},
         "lrrrrrrrr", out);
  for (const auto &row : report.campaigns) {
    out << "<tr><td dir=\"auto\">" << esc(row.campaign) << "</td>";
    for (const auto value : {row.posts, row.participants, row.engaged_supporters}) {
      cell(out, lang.number(value), true);
    }
    cell(out, new_supporters_text(lang, row), true);
    cell(out, lang.number(row.returning_supporters), true);
    for (const auto *value : {&row.engagement, &row.potential_reach, &row.measured_impressions}) {
      cell(out, count(lang, *value), true);
    }
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
}

void coverage(const Language &lang, const MonthlyReport &report, std::ostream &out) {
  out << "<h2>" << esc(lang.text("section.coverage")) << "</h2>\n<p>"
      << esc(coverage_sentence(lang, report)) << "</p>\n";
  if (report.coverage.empty()) {
    return;
  }
  header(lang, {"platform", "source", "first_post", "last_post", "posts"}, "llllr", out);
  for (const auto &platform : report.coverage) {
    for (const auto &source : platform.sources) {
      out << "<tr>";
      cell(out, platform.platform);
      out << "<td><bdi>" << esc(source.source) << "</bdi></td>"; // a path keeps its direction
      cell(out, lang.date(source.first_day));
      cell(out, lang.date(source.last_day));
      cell(out, lang.number(source.posts), true);
      out << "</tr>\n";
    }
  }
  out << "</tbody></table>\n<ul>\n";
  for (const auto &platform : report.coverage) {
    out << "<li><strong>" << esc(platform.platform)
        << "</strong>: " << esc(platform_coverage_sentence(lang, platform)) << "</li>\n";
  }
  out << "</ul>\n";
}

std::vector<Bar> platform_bars(const Language &lang, const MonthlyReport &report) {
  std::vector<Bar> bars;
  for (const auto &row : report.by_platform) {
    const auto engagement = row.engagement.value_or(0);
    bars.push_back(
        {std::get<std::string>(row.key), static_cast<double>(engagement),
         lang.text("chart.platform_bar", {{"engagement", lang.number(engagement)},
                                          {"posts", lang.plural("chart.posts", row.posts)}})});
  }
  return bars;
}

std::vector<Bar> language_bars(const Language &lang, const MonthlyReport &report) {
  std::vector<Bar> bars;
  for (const auto &row : report.languages) {
    bars.push_back({row.key, static_cast<double>(row.posts),
                    lang.text("chart.language_bar", {{"posts", lang.number(row.posts)},
                                                     {"share", percent(lang, row.share)}})});
  }
  return bars;
}

void sections(const Language &lang, const MonthlyReport &report, std::ostream &out) {
  const auto h2 = [&](const char *key) {
    out << "<h2>" << esc(lang.text(std::string("section.") + key)) << "</h2>\n";
  };
  if (shows(report, "headline")) {
    headline(lang, report, out);
  }
  if (shows(report, "daily")) {
    h2("daily");
    daily_chart(lang, report, out);
  }
  if (shows(report, "platforms")) {
    h2("platforms");
    bar_chart("chart-platforms", lang.text("chart.platforms_title"), platform_bars(lang, report),
              k_blue, out);
    engagement_table(lang, report.by_platform, "platform", report.platform_components, out);
    if (const auto note = components_note(lang, report); !note.empty()) {
      out << "<p class=\"note\">" << esc(lang.text("report.note", {{"note", note}})) << "</p>\n";
    }
  }
  if (shows(report, "accounts")) {
    h2("accounts");
    engagement_table(lang, report.by_account, "account", {}, out);
    if (const auto note = accounts_top_note(lang, report); !note.empty()) {
      out << "<p class=\"note\">" << esc(note) << "</p>\n";
    }
  }
  if (report.about_own && shows(report, "others")) {
    about_own(lang, *report.about_own, out);
  }
  if (shows(report, "campaigns")) {
    campaigns(lang, report, out);
  }
  if (report.network && shows(report, "influencers")) {
    network(lang, *report.network, out);
  }
  if (shows(report, "top-posts")) {
    top_posts(lang, report, out);
  }
  if (shows(report, "best-time")) {
    h2("best_time");
    heatmap(lang, report, out);
  }
  if (shows(report, "hashtags")) {
    h2("hashtags");
    if (report.top_hashtags.empty()) {
      out << "<p>" << esc(lang.text("empty.hashtags")) << "</p>\n";
    } else {
      count_rows(lang, report.top_hashtags, "hashtag", "#", out);
    }
  }
  if (shows(report, "languages")) {
    h2("languages");
    bar_chart("chart-languages", lang.text("chart.languages_title"), language_bars(lang, report),
              k_green, out);
    count_rows(lang, report.languages, "language", "", out);
  }
}

void body(const Language &lang, const MonthlyReport &report, const Envelope &envelope,
          std::ostream &out) {
  out << "<h1>" << esc(title(lang, report)) << "</h1>\n";
  out << "<p class=\"meta\">" << esc(period_sentence(lang, report)) << "</p>\n";
  out << "<p class=\"meta\">" << esc(scope_sentence(lang, report)) << "</p>\n<p class=\"meta\">"
      << esc(filters_sentence(lang, report)) << "</p>\n";
  if (report.pseudonymized) {
    out << "<p class=\"meta\">" << esc(lang.text("report.pseudonyms")) << "</p>\n";
  }
  if (report.empty()) {
    out << "<p class=\"empty\">" << esc(lang.text("report.empty")) << "</p>\n";
  }
  sections(lang, report, out);
  if (shows(report, "coverage")) {
    coverage(lang, report, out);
  }
  if (shows(report, "definitions")) {
    out << "<h2>" << esc(lang.text("section.definitions")) << "</h2>\n<p>"
        << esc(lang.text("report.definitions_intro", {{"time_zone", report.time_zone}}))
        << "</p>\n<dl>\n";
    for (const auto &[key, text] : report.definitions) {
      out << "<dt>" << esc(key) << "</dt><dd>" << esc(definition_text(lang, report, key, text))
          << "</dd>\n";
    }
    out << "</dl>\n";
  }
  out << "<footer>" << esc(generated_sentence(lang, report, envelope.generated_at))
      << "</footer>\n";
}

} // namespace

void render_html(const MonthlyReport &report, const Envelope &envelope, const Language &lang,
                 std::ostream &out) {
  // Arabic pages run right to left: the tables' and headings' alignment follows (CSS uses start
  // and end), the charts keep their left-to-right axes.
  out << "<!DOCTYPE html>\n<html lang=\"" << lang.code() << "\" dir=\""
      << (lang.right_to_left() ? "rtl" : "ltr") << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << esc(title(lang, report)) << "</title>\n<style>" << k_css << "</style>\n"
      << "</head>\n<body>\n";
  body(lang, report, envelope, out);
  out << "</body>\n</html>\n";
}

} // namespace sociometer::report
