// SPDX-License-Identifier: Apache-2.0
#include "report_text.hpp"

#include <algorithm>
#include <cstdio>
#include <string_view>

#include "sociometer/util/time.hpp"

namespace sociometer::report::text {

std::string fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string count(const Language &lang, const std::optional<std::int64_t> &value) {
  return value ? lang.number(*value) : lang.text("report.not_available");
}

std::string percent(const Language &lang, const std::optional<double> &value) {
  return value ? lang.percent(*value, 2) : lang.text("report.not_available");
}

std::optional<double> change(const std::optional<std::int64_t> &now,
                             const std::optional<std::int64_t> &before) {
  if (!now || !before || *before == 0) {
    return std::nullopt;
  }
  return static_cast<double>(*now - *before) / static_cast<double>(*before);
}

std::optional<double> point_change(const std::optional<double> &now,
                                   const std::optional<double> &before) {
  if (!now || !before) {
    return std::nullopt;
  }
  return (*now - *before) * 100.0;
}

std::string signed_percent(const Language &lang, const std::optional<double> &value) {
  return value ? lang.signed_percent(*value, 1) : lang.text("report.not_available");
}

std::string signed_points(const Language &lang, const std::optional<double> &points) {
  if (!points) {
    return lang.text("report.not_available");
  }
  return lang.text("value.points", {{"points", lang.signed_decimal(*points, 2)}});
}

std::string rate_with_coverage(const Language &lang, const analysis::PooledRate &rate) {
  if (rate.withheld) {
    return lang.text("value.rate_withheld", {{"coverage", percent(lang, rate.coverage)}});
  }
  if (!rate.pooled) {
    return lang.text("report.not_available");
  }
  return lang.text("value.rate", {{"rate", percent(lang, rate.pooled)},
                                  {"coverage", percent(lang, rate.coverage)}});
}

std::string growth_text(const Language &lang, const analysis::FollowerGrowth &growth) {
  if (!growth.start) {
    return lang.text("report.not_available");
  }
  const bool partial = growth.coverage && *growth.coverage < 1.0;
  const bool interpolated = growth.interpolated.value_or(false);
  const char *key =
      partial ? (interpolated ? "value.growth_partial_interpolated" : "value.growth_partial")
              : (interpolated ? "value.growth_interpolated" : "value.growth");
  return lang.text(key, {{"growth", signed_percent(lang, growth.growth)},
                         {"start", count(lang, growth.start)},
                         {"end", count(lang, growth.end)},
                         {"coverage", percent(lang, growth.coverage)}});
}

std::string period_label(const Language &lang, const std::string &label) {
  if (const auto month = util::parse_year_month(label)) {
    return lang.month_year(*month / 1);
  }
  const auto dots = label.find("..");
  if (dots != std::string::npos) {
    const auto first = util::parse_date(std::string_view(label).substr(0, dots));
    const auto last = util::parse_date(std::string_view(label).substr(dots + 2));
    if (first && last) {
      return lang.period(*first, *last);
    }
  }
  return label;
}

std::string generated_sentence(const Language &lang, const analysis::MonthlyReport &report,
                               TimePoint generated_at) {
  return lang.text("report.generated", {{"time", lang.date_time(generated_at, report.time_zone)},
                                        {"time_zone", report.time_zone}});
}

std::string period_title(const Language &lang, const analysis::MonthlyReport &report) {
  if (!report.month.empty()) {
    return lang.month_year(report.first_day);
  }
  return lang.period(report.first_day, report.last_day);
}

std::string title(const Language &lang, const analysis::MonthlyReport &report) {
  if (report.organisation.empty()) {
    return lang.text("report.title", {{"period", period_title(lang, report)}});
  }
  return lang.text("report.title_organisation",
                   {{"organisation", report.organisation}, {"period", period_title(lang, report)}});
}

std::string period_sentence(const Language &lang, const analysis::MonthlyReport &report) {
  return lang.text("report.period", {{"period", lang.period(report.first_day, report.last_day)},
                                     {"time_zone", report.time_zone},
                                     {"comparison", lang.period(report.previous_first_day,
                                                                report.previous_last_day)}});
}

std::string scope_sentence(const Language &lang, const analysis::MonthlyReport &report) {
  switch (report.scope) {
  case analysis::ReportScope::own: {
    std::string accounts;
    for (const auto &account : report.own_accounts) {
      accounts += (accounts.empty() ? "" : lang.text("report.list_separator")) + account;
    }
    return lang.text("scope.own", {{"accounts", accounts}});
  }
  case analysis::ReportScope::account:
    return lang.text("scope.account");
  case analysis::ReportScope::all_accounts:
    break;
  }
  return lang.text("scope.all");
}

std::string filters_sentence(const Language &lang, const analysis::MonthlyReport &report) {
  std::string filters;
  for (const auto &[flag, value] : report.filters) {
    const bool known =
        flag == "platform" || flag == "account" || flag == "language" || flag == "owned";
    filters +=
        (filters.empty() ? "" : lang.text("report.list_separator")) +
        lang.text("filter.item", {{"name", known ? lang.text("filter." + flag) : flag},
                                  {"value", value == "yes" ? lang.text("filter.yes") : value}});
  }
  return lang.text("report.filters",
                   {{"filters", filters.empty() ? lang.text("report.filters_none") : filters}});
}

std::string coverage_sentence(const Language &lang, const analysis::MonthlyReport &report) {
  const auto left_out = report.followers_only_left_out;
  if (left_out == 0) {
    return lang.text("coverage.complete");
  }
  return lang.plural("coverage.left_out", left_out);
}

std::string network_reason(const Language &lang, const analysis::ReportNetwork &network) {
  switch (network.signal) {
  case analysis::NetworkSignal::too_small:
    return lang.text("network.too_small",
                     {{"accounts", lang.number(analysis::k_min_network_accounts)},
                      {"interactions", lang.number(analysis::k_min_network_edges)}});
  case analysis::NetworkSignal::uniform:
    return lang.text("network.uniform", {{"index", lang.decimal(network.top_pr_index, 2)}});
  case analysis::NetworkSignal::enough:
    break;
  }
  return {};
}

std::string component_list(const Language &lang, const std::string &components) {
  std::string text;
  std::size_t at = 0;
  while (at <= components.size()) {
    const auto end = std::min(components.find('+', at), components.size());
    const auto name = components.substr(at, end - at);
    const bool known = name == "likes" || name == "reposts" || name == "replies" ||
                       name == "quotes" || name == "none";
    text += (text.empty() ? "" : lang.text("components.joiner")) +
            (known ? lang.text("components." + name) : name);
    at = end + 1;
  }
  return text;
}

namespace {

// A share as a percentage: whole when it is one ("50%"), else with two decimals.
std::string threshold_percent(const Language &lang, double share) {
  const double points = share * 100.0;
  return lang.percent(share,
                      points == static_cast<double>(static_cast<std::int64_t>(points)) ? 0 : 2);
}

// The rows `rate` is withheld from, the first few named (as CoverageGate names them).
std::string withheld_text(const Language &lang, const analysis::MonthlyReport &report,
                          const std::string &rate) {
  constexpr std::size_t k_named_rows = 10; // as CoverageGate
  std::string rows;
  std::int64_t more = 0;
  std::size_t named = 0;
  for (const auto &row : report.withheld) {
    if (row.rate != rate) {
      continue;
    }
    if (named == k_named_rows) {
      ++more;
      continue;
    }
    ++named;
    // Period rows name their period, platform and account rows their key.
    const bool period_row =
        row.row == "headline" || row.row == "comparison" || row.row == "year_earlier";
    const auto name = period_row ? period_label(lang, row.name) : row.name;
    rows += (rows.empty() ? "" : lang.text("report.item_separator")) +
            lang.text("withheld.row", {{"row", lang.text("withheld." + row.row, {{"name", name}})},
                                       {"coverage", threshold_percent(lang, row.coverage)}});
  }
  if (more > 0) {
    rows += lang.text("report.item_separator") + lang.plural("withheld.more", more);
  }
  const bool known = rate == "er_impressions" || rate == "er_followers";
  return lang.text("withheld.text", {{"rate", known ? lang.text("metric." + rate) : rate},
                                     {"min_coverage", threshold_percent(lang, report.min_coverage)},
                                     {"rows", rows}});
}

} // namespace

std::string components_note(const Language &lang, const analysis::MonthlyReport &report) {
  const auto item_separator = lang.text("report.item_separator");
  std::string note;
  if (report.components_differ) {
    std::string list;
    for (std::size_t i = 0; i < report.by_platform.size() && i < report.platform_components.size();
         ++i) {
      const auto &components = report.platform_components[i];
      if (components == "none") {
        continue;
      }
      list += (list.empty() ? "" : item_separator) +
              lang.text("components.platform",
                        {{"platform", std::get<std::string>(report.by_platform[i].key)},
                         {"components", component_list(lang, components)}});
    }
    note = lang.text("components.between", {{"list", list}});
  }
  if (!report.mixed_components.empty()) {
    std::string list;
    for (const auto &row : report.mixed_components) {
      std::string sets;
      for (const auto &set : row.sets) {
        sets +=
            (sets.empty() ? "" : lang.text("report.list_separator")) +
            lang.text("components.set", {{"components", component_list(lang, set.components)},
                                         {"posts", lang.plural("coverage.of_posts", set.posts)}});
      }
      list += (list.empty() ? "" : item_separator) +
              lang.text("components.platform", {{"platform", row.platform}, {"components", sets}});
    }
    note += (note.empty() ? "" : item_separator) + lang.text("components.mixed", {{"list", list}});
  }
  return note;
}

std::string accounts_top_note(const Language &lang, const analysis::MonthlyReport &report) {
  const auto shown = static_cast<std::int64_t>(report.by_account.size());
  if (shown >= report.accounts_with_posts) {
    return {};
  }
  return lang.text("report.accounts_top", {{"shown", lang.number(shown)},
                                           {"accounts", lang.number(report.accounts_with_posts)}});
}

std::string definition_text(const Language &lang, const analysis::MonthlyReport &report,
                            const std::string &key, const std::string &english) {
  constexpr std::string_view withheld_suffix = "_withheld";
  if (key == "by_account") {
    const auto note = accounts_top_note(lang, report);
    return note.empty() ? english : note;
  }
  if (key == "engagement_components_mixed") {
    const auto note = components_note(lang, report);
    return note.empty() ? english : note;
  }
  if (key.size() > withheld_suffix.size() && key.ends_with(withheld_suffix)) {
    return withheld_text(lang, report, key.substr(0, key.size() - withheld_suffix.size()));
  }
  if (key == "min_coverage") {
    return lang.text("definition.min_coverage",
                     {{"min_coverage", threshold_percent(lang, report.min_coverage)}});
  }
  if (key == "coverage") {
    return lang.text("definition.coverage", {{"days", lang.number(analysis::k_coverage_gap_days)}});
  }
  if (key == "influencers") {
    return lang.text("definition.influencers",
                     {{"accounts", lang.number(analysis::k_min_network_accounts)},
                      {"interactions", lang.number(analysis::k_min_network_edges)},
                      {"index", lang.decimal(analysis::k_min_top_pr_index, 1)}});
  }
  const auto catalog_key =
      "definition." +
      (key == "scope" ? "scope_" + std::string(analysis::to_string(report.scope)) : key);
  return lang.has_text(catalog_key) ? lang.text(catalog_key) : english;
}

std::string network_sentence(const Language &lang, const analysis::ReportNetwork &network) {
  const auto size = lang.text(
      "network.size", {{"accounts", lang.plural("network.accounts", network.accounts)},
                       {"interactions", lang.plural("network.interactions", network.edges)}});
  if (network.signal != analysis::NetworkSignal::enough) {
    return lang.text("network.not_ranked",
                     {{"reason", network_reason(lang, network)}, {"size", size}});
  }
  return lang.text(
      "network.ranked",
      {{"size", size},
       {"communities", lang.plural("network.communities_count",
                                   static_cast<std::int64_t>(network.communities.size()))}});
}

std::string communities_sentence(const Language &lang, const analysis::ReportNetwork &network) {
  std::string list;
  for (const auto &[community, members] : network.communities) {
    list += (list.empty() ? "" : lang.text("report.list_separator")) +
            lang.text("network.community_members",
                      {{"community", lang.number(community)}, {"members", lang.number(members)}});
  }
  return lang.text("network.communities", {{"list", list}});
}

std::string kinds_sentence(const Language &lang, const analysis::MonthlyReport &report) {
  std::string kinds;
  for (const auto &[kind, posts] : report.posts_by_kind) {
    const bool known = kind == "post" || kind == "reply" || kind == "quote" || kind == "repost";
    kinds += (kinds.empty() ? "" : lang.text("report.list_separator")) +
             lang.text("value.kind_count", {{"kind", known ? lang.text("kind." + kind) : kind},
                                            {"count", lang.number(posts)}});
  }
  return lang.text("value.posts_by_kind", {{"kinds", kinds}});
}

std::chrono::year_month_day post_day(const analysis::MonthlyReport &report,
                                     const analysis::TopPost &post) {
  return util::local_parts(util::TimeZone(report.time_zone), post.created_at).day;
}

std::string account_on(const Language &lang, const std::string &account,
                       const std::string &platform) {
  return lang.text("value.account_on", {{"account", account}, {"platform", platform}});
}

std::vector<HeadlineLine> headline_lines(const Language &lang,
                                         const analysis::MonthlyReport &report) {
  const auto &now = report.current;
  const auto &before = report.previous;
  const analysis::EngagementRow no_row;
  const auto &year = report.year_earlier ? *report.year_earlier : no_row;
  const bool has_year = report.year_earlier.has_value();
  std::vector<HeadlineLine> lines;
  const auto as_count = [](std::int64_t n) { return std::optional<std::int64_t>(n); };
  lines.push_back({lang.text("metric.posts"), count(lang, now.posts), count(lang, before.posts),
                   signed_percent(lang, change(now.posts, before.posts)),
                   has_year ? count(lang, as_count(year.posts)) : "",
                   has_year ? signed_percent(lang, change(now.posts, year.posts)) : ""});
  using Count = std::optional<std::int64_t> analysis::EngagementRow::*;
  for (const auto &[key, member] :
       {std::pair<const char *, Count>{"metric.engagement", &analysis::EngagementRow::engagement},
        {"metric.likes", &analysis::EngagementRow::likes},
        {"metric.reposts", &analysis::EngagementRow::reposts},
        {"metric.replies", &analysis::EngagementRow::replies},
        {"metric.quotes", &analysis::EngagementRow::quotes},
        {"metric.impressions", &analysis::EngagementRow::impressions}}) {
    lines.push_back({lang.text(key), count(lang, now.*member), count(lang, before.*member),
                     signed_percent(lang, change(now.*member, before.*member)),
                     has_year ? count(lang, year.*member) : "",
                     has_year ? signed_percent(lang, change(now.*member, year.*member)) : ""});
  }
  using Rate = analysis::PooledRate analysis::EngagementRow::*;
  for (const auto &[key, member] :
       {std::pair<const char *, Rate>{"metric.er_impressions",
                                      &analysis::EngagementRow::er_impressions},
        {"metric.er_followers", &analysis::EngagementRow::er_followers}}) {
    lines.push_back(
        {lang.text(key), rate_with_coverage(lang, now.*member),
         rate_with_coverage(lang, before.*member),
         signed_points(lang, point_change((now.*member).pooled, (before.*member).pooled)),
         has_year ? rate_with_coverage(lang, year.*member) : "",
         has_year ? signed_points(lang, point_change((now.*member).pooled, (year.*member).pooled))
                  : ""});
  }
  // Growth is already a change; a change of it would be a second derivative nobody asked for.
  lines.push_back({lang.text("metric.follower_growth"), growth_text(lang, now.followers),
                   growth_text(lang, before.followers), "",
                   has_year ? growth_text(lang, year.followers) : "", ""});
  return lines;
}

std::string about_own_sentence(const Language &lang, const analysis::AboutOwnAccounts &about) {
  if (about.posts == 0) {
    return lang.text("others.none");
  }
  return lang.text("others.summary", {{"posts", lang.plural("others.posts", about.posts)},
                                      {"accounts", lang.plural("others.accounts", about.accounts)},
                                      {"mentions", lang.plural("others.mentions", about.mentions)},
                                      {"replies", lang.plural("others.replies", about.replies)},
                                      {"reposts", lang.plural("others.reposts", about.reposts)},
                                      {"quotes", lang.plural("others.quotes", about.quotes)},
                                      {"engagement", count(lang, about.engagement)}});
}

namespace {

// "12 of the 14 posts `status` counts ... are in the figures (left out: ...)."
std::string coverage_counts_sentence(const Language &lang,
                                     const analysis::PlatformCoverage &coverage) {
  std::string left_out;
  if (coverage.followers_only > 0) {
    left_out = lang.plural("coverage.followers_only", coverage.followers_only);
  }
  if (coverage.edit_versions > 0) {
    const auto versions = lang.plural("coverage.edit_versions", coverage.edit_versions);
    left_out = left_out.empty()
                   ? versions
                   : lang.text("coverage.left_out_both",
                               {{"followers_only", left_out}, {"edit_versions", versions}});
  }
  const auto counted = lang.number(coverage.counted);
  const auto stored = lang.plural("coverage.stored", coverage.stored);
  if (left_out.empty()) {
    return lang.text("coverage.counted", {{"counted", counted}, {"stored", stored}});
  }
  return lang.text("coverage.counted_left_out",
                   {{"counted", counted}, {"stored", stored}, {"left_out", left_out}});
}

std::string coverage_gaps_sentence(const Language &lang,
                                   const analysis::PlatformCoverage &coverage) {
  if (coverage.gaps.empty()) {
    return lang.plural("coverage.no_gaps", analysis::k_coverage_gap_days);
  }
  std::string gaps;
  for (const auto &gap : coverage.gaps) {
    gaps += (gaps.empty() ? "" : lang.text("report.item_separator")) +
            lang.text("coverage.gap", {{"period", lang.period(gap.first_day, gap.last_day)},
                                       {"days", lang.plural("coverage.days", gap.days)}});
  }
  return lang.text("coverage.gaps", {{"gaps", gaps}});
}

// The metrics known for part of the posts only; empty when every one is known for all.
std::string coverage_partial_sentence(const Language &lang,
                                      const analysis::PlatformCoverage &coverage) {
  std::string metrics;
  for (const auto &metric : coverage.metrics) {
    if (metric.posts == 0 || metric.known >= metric.posts) {
      continue;
    }
    const bool known_name = metric.metric == "impressions" || metric.metric == "followers" ||
                            metric.metric == "link_clicks";
    metrics += (metrics.empty() ? "" : lang.text("report.item_separator")) +
               lang.text("coverage.partial_metric",
                         {{"metric", known_name ? lang.text("coverage.metric_" + metric.metric)
                                                : metric.metric},
                          {"known", lang.number(metric.known)},
                          {"posts", lang.plural("coverage.of_posts", metric.posts)}});
  }
  return metrics.empty() ? "" : lang.text("coverage.partial", {{"metrics", metrics}});
}

} // namespace

std::string platform_coverage_sentence(const Language &lang,
                                       const analysis::PlatformCoverage &coverage) {
  const auto separator = lang.text("report.sentence_separator");
  auto text = coverage_counts_sentence(lang, coverage);
  if (coverage.placeholders > 0) {
    text += separator + lang.plural("coverage.placeholders", coverage.placeholders);
  }
  text += separator + coverage_gaps_sentence(lang, coverage);
  if (const auto partial = coverage_partial_sentence(lang, coverage); !partial.empty()) {
    text += separator + partial;
  }
  return text;
}

std::string new_supporters_text(const Language &lang, const analysis::CauseMetrics &campaign) {
  const auto supporters = lang.number(campaign.new_supporters);
  return campaign.new_supporters_censored
             ? lang.text("value.censored", {{"supporters", supporters}})
             : supporters;
}

std::string best_time_cell(const Language &lang, std::size_t weekday, std::size_t hour) {
  return lang.text("chart.best_time_cell",
                   {{"weekday", lang.weekday(static_cast<unsigned>(weekday))},
                    {"hour", lang.number(static_cast<std::int64_t>(hour))}});
}

std::string best_time_sentence(const Language &lang, const analysis::MonthlyReport &report) {
  double best = 0;
  std::string when;
  for (std::size_t day = 0; day < 7; ++day) {
    for (std::size_t hour = 0; hour < 24; ++hour) {
      const auto &cell = report.best_time[day][hour];
      if (cell.mean_engagement && *cell.mean_engagement > best) {
        best = *cell.mean_engagement;
        when = best_time_cell(lang, day, hour);
      }
    }
  }
  if (when.empty()) {
    return lang.text("chart.best_time_no_signal");
  }
  return lang.text(
      "chart.best_time_description",
      {{"time_zone", report.time_zone}, {"cell", when}, {"value", lang.decimal(best, 1)}});
}

} // namespace sociometer::report::text
