// SPDX-License-Identifier: Apache-2.0
// The newsletter's figures for one period (a calendar month or any span of days): headline
// totals against the comparison period of equal length before it, per platform and account, top
// posts, top hashtags and languages, and what other accounts said about or with the
// organisation's own. Pure; report/ renders it.
#pragma once

#include <array>
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "sociometer/analysis/campaigns.hpp"
#include "sociometer/analysis/coverage.hpp"
#include "sociometer/analysis/engagement.hpp"
#include "sociometer/analysis/influence.hpp"
#include "sociometer/analysis/top.hpp"
#include "sociometer/model/facts.hpp"
#include "sociometer/model/table.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::analysis {

struct TopPost {
  std::string post_id;
  std::string platform;
  std::string account;
  TimePoint created_at{};
  std::string kind;
  std::string text; // shortened for display
  std::string url;
  std::optional<std::int64_t> likes;
  std::optional<std::int64_t> reposts;
  std::optional<std::int64_t> replies;
  std::optional<std::int64_t> quotes;
  std::int64_t engagement = 0;
};

struct CountRow {
  std::string key;
  std::int64_t posts = 0;
  double share = 0; // of all posts in the period
  std::optional<std::int64_t> engagement;
};

// Whose posts the report is about.
enum class ReportScope {
  own,          // the organisation's declared own accounts
  all_accounts, // no own account is declared: every account the filters select
  account,      // one account chosen with --account
};
[[nodiscard]] std::string_view to_string(ReportScope scope) noexcept;

// An account that mentioned, replied to, reposted or quoted the organisation's own accounts.
struct ConversationRow {
  std::string account;
  std::string platform;
  std::int64_t posts = 0; // its posts in the period that interact with own accounts
  std::int64_t mentions = 0;
  std::int64_t replies = 0;
  std::int64_t reposts = 0;
  std::int64_t quotes = 0;
};

// What other accounts said about or with the own accounts in the period: their posts that
// mention, reply to, repost or quote an own account (each post once, whatever it carries).
struct AboutOwnAccounts {
  std::int64_t posts = 0;
  std::int64_t accounts = 0; // distinct authors of those posts
  std::int64_t mentions = 0; // interactions by kind (a post may carry several)
  std::int64_t replies = 0;
  std::int64_t reposts = 0;
  std::int64_t quotes = 0;
  std::optional<std::int64_t> engagement; // received by those posts (their reposts excluded)
  std::vector<ConversationRow> top_accounts;
};

// One local day of the period, for the daily chart.
struct DailyRow {
  std::chrono::year_month_day day{};
  std::int64_t posts = 0;
  std::optional<std::int64_t> engagement; // of its non-repost posts; null when none reported any
};

// One weekday × hour cell of the best-time grid (local time): posts published then and the mean
// engagement per post among those that report engagement.
struct TimeCell {
  std::int64_t posts = 0;
  std::optional<double> mean_engagement;
};

// One account of the influence ranking, as the report shows it.
struct ReportInfluencer {
  std::string account;
  std::string platform;
  double pr_index = 0; // N · PageRank: 1.0 = the graph's average account
  double bridge = 0;   // normalised betweenness
  std::int64_t amplified_by = 0;
  std::int64_t community = 0;
};

// The least graph worth ranking, and the least lead of the top account over the average one.
inline constexpr std::int64_t k_min_network_edges = 10;
inline constexpr std::int64_t k_min_network_accounts = 5;
inline constexpr double k_min_top_pr_index = 1.5;

// Whether the period's graph carries enough signal to rank its accounts, and if not why.
enum class NetworkSignal {
  enough,
  too_small, // fewer than k_min_network_accounts accounts or k_min_network_edges interactions
  uniform,   // the top account's pr_index is below k_min_top_pr_index: no account stands out
};
// "enough", "too_small", "uniform" (JSON `too_little_signal_code`).
[[nodiscard]] std::string_view to_string(NetworkSignal signal) noexcept;

// The period's amplification network: who drives the conversation, and its communities.
struct ReportNetwork {
  std::int64_t accounts = 0;
  std::int64_t edges = 0;
  std::vector<ReportInfluencer> top; // by PageRank, --top of them
  std::vector<std::pair<std::int64_t, std::int64_t>>
      communities; // (community, members), largest first
  // Set when the graph carries too little signal to rank: why (English, for JSON).
  std::optional<std::string> too_little_signal;
  NetworkSignal signal = NetworkSignal::enough; // the same as a code, for the report's wording
  double top_pr_index = 0;                      // of the top account (0 when none)
};

// A run of local days of the period, longer than k_coverage_gap_days, on which no post of a
// platform is stored.
inline constexpr int k_coverage_gap_days = 7;
struct CoverageGap {
  std::chrono::year_month_day first_day{};
  std::chrono::year_month_day last_day{};
  std::int64_t days = 0;
};

// An import that last wrote posts of the period, with the local days of its first and last one.
struct CoverageSource {
  std::string source;
  std::chrono::year_month_day first_day{};
  std::chrono::year_month_day last_day{};
  std::int64_t posts = 0;
};

// For how many of a platform's non-repost posts of the period a count is known.
struct MetricCoverage {
  std::string metric; // impressions, followers (of the author), link_clicks
  std::int64_t known = 0;
  std::int64_t posts = 0;
};

// What one platform's figures rest on: the sources, the days without posts, the counts known for
// part of the posts only, and how the report's post count relates to `status`'s.
struct PlatformCoverage {
  std::string platform;
  std::vector<CoverageSource> sources;
  std::vector<CoverageGap> gaps;
  std::vector<MetricCoverage> metrics;
  std::int64_t stored = 0;  // primary posts of the period in scope, as `status` counts them
  std::int64_t counted = 0; // posts the report counts
  std::int64_t followers_only = 0;
  std::int64_t edit_versions = 0;
  std::int64_t placeholders = 0; // counted, but a notice stands in place of their text
};

// How many non-repost posts of a row report one set of engagement components.
struct ComponentCount {
  std::string components; // "likes+reposts"
  std::int64_t posts = 0;
};

// A platform row whose posts report different engagement components (sources differ).
struct MixedComponents {
  std::string platform;
  std::vector<ComponentCount> sets;
};

// A rate withheld from a row of the report for too little coverage (CoverageGate).
struct WithheldRate {
  std::string rate; // er_impressions, er_followers, ctr
  std::string row;  // headline, comparison, year_earlier, platform, account
  std::string name; // the row's period label, platform or account
  double coverage = 0;
};

struct MonthlyReport {
  std::string organisation;
  std::string time_zone;
  std::string month;          // YYYY-MM when the period is one calendar month, else empty
  std::string previous_month; // YYYY-MM when the comparison period is one, else empty
  std::string label;          // the month, else "YYYY-MM-DD..YYYY-MM-DD" (last day inclusive)
  std::string previous_label;
  TimePoint since{};
  TimePoint until{};
  TimePoint previous_since{};
  TimePoint previous_until{};
  // The periods as local dates in the report zone, last days inclusive.
  std::chrono::year_month_day first_day{};
  std::chrono::year_month_day last_day{};
  std::chrono::year_month_day previous_first_day{};
  std::chrono::year_month_day previous_last_day{};
  ReportScope scope = ReportScope::all_accounts;
  std::vector<std::string> own_accounts;                    // "handle (platform)", declared own
  std::vector<std::pair<std::string, std::string>> filters; // as given: flag → value
  EngagementRow current;
  EngagementRow previous;
  // The same period a year earlier, when the store has posts then.
  std::optional<EngagementRow> year_earlier;
  std::string year_earlier_label;
  bool pseudonymized = false; // handles of non-own, non-partner, non-peer accounts replaced
  // The sections to show, by name (k_report_sections); all when empty.
  std::vector<std::string> sections;
  std::vector<std::pair<std::string, std::int64_t>> posts_by_kind; // kind → posts this period
  std::vector<EngagementRow> by_platform;
  // Parallel to by_platform: the engagement components its posts report ("likes+reposts").
  std::vector<std::string> platform_components;
  // Set when platform rows report different components, or one row mixes them: engagement is
  // then not comparable between them.
  std::optional<std::string> components_note;
  // The same as facts: platform rows report different components (platform_components), and the
  // platform rows that mix components.
  bool components_differ = false;
  std::vector<MixedComponents> mixed_components;
  // Rates withheld for too little coverage, in row order, and the threshold (--min-coverage).
  std::vector<WithheldRate> withheld;
  double min_coverage = k_default_min_coverage;
  // Own accounts by engagement (own scope); over every account, the --top with the most of
  // `accounts_with_posts`.
  std::vector<EngagementRow> by_account;
  std::int64_t accounts_with_posts = 0;
  std::vector<TopPost> top_posts;
  std::vector<CountRow> top_hashtags;
  std::vector<CountRow> languages;
  std::optional<AboutOwnAccounts> about_own; // only in the own scope
  // Followers-only posts of the period in scope, left out of every figure (their audience did
  // not consent to wider reporting).
  std::int64_t followers_only_left_out = 0;
  std::optional<ReportNetwork> network;   // set when the caller ranked the period's graph
  std::vector<DailyRow> daily;            // every local day of the period, in order
  std::vector<PlatformCoverage> coverage; // by platform (the coverage facts were given)
  // Cause support of the stored campaigns whose window meets the period (analysis/campaigns).
  std::vector<CauseMetrics> campaigns;
  // [iso weekday - 1][hour]: Monday 0:00 first.
  std::array<std::array<TimeCell, 24>, 7> best_time{};
  Definitions definitions;

  // No post in the period.
  [[nodiscard]] bool empty() const noexcept { return current.posts == 0; }
};

// Reads of post content by store ID (PostFacts::id), one value per ID in the order asked (empty
// when none), for a period loaded without content: only the top posts' are read.
struct PostContentReads {
  using Read = std::function<std::vector<std::string>(const std::vector<std::int64_t> &ids)>;
  Read native_ids;
  Read texts;
  Read urls;
};

// MonthlyReportInput::account_rows_in_scan: 10 MB of sums, where a capture by hundreds of
// thousands of accounts would need hundreds (docs/performance.md).
inline constexpr std::size_t k_default_account_rows_in_scan = 20'000;

struct MonthlyReportInput {
  std::string organisation;
  std::optional<std::chrono::year_month> month; // set when the period is one calendar month
  const util::TimeZone *zone = nullptr;
  TimePoint since{};
  TimePoint until{};
  // The comparison period; when unset (until == since), the calendar month before `month`.
  TimePoint previous_since{};
  TimePoint previous_until{};
  // The posts of the period, scanned once for every section: each with its hashtags (as
  // `texts`) and its language (store::Store::scan_posts_with_hashtags, or analysis::item_scan_of
  // for a loaded Dataset). Only sums and the top posts' candidates are held.
  ItemScan current;
  // The period's posts of some authors, with `current`'s filters: over every account the scan of
  // `current` keeps only each account's engagement, and the top accounts' rows are summed from
  // this second, narrow read (analysis::author_scan_of turns a loaded Dataset into one).
  AuthorScan posts_of_authors;
  // Set when `current` hands posts over without content (native IDs, texts, links): the top
  // posts' are read through it. Unset: `current`'s posts hold them.
  PostContentReads content;
  // Posts of the comparison period, scanned once for their totals (analysis::scan_of turns a
  // loaded Dataset into one).
  PostScan previous;
  // Posts of the same period a year earlier (unset: not read), from year_earlier_since/until.
  PostScan year_earlier;
  TimePoint year_earlier_since{};
  TimePoint year_earlier_until{};
  // Sources and left-out posts of the period in scope, read once (unset: no coverage section
  // figures, and no followers-only posts said to be left out).
  std::function<CoverageFacts()> coverage;
  // Whether `previous`, `year_earlier` and `coverage` read through a store connection of their
  // own, which nothing else here uses (store::Store::reader_beside): they are then read, in that
  // order, on a second thread while `current` is scanned. Unset: on this thread, after it.
  bool comparisons_beside = false;
  std::vector<std::string> sections;
  // The pseudonym to show for a handle (as written, without `@`), or std::nullopt to show it as it
  // is; unset: no pseudonyms.
  std::function<std::optional<std::string>(const std::string &handle)> pseudonym_of;
  // Posts of the period by every account, each with its interactions as
  // store::PostItemKind::interactions hands them over: kind names in `texts`, targets in
  // `accounts` (own scope only; else unset).
  ItemScan others;
  // The handle an account (store ID) had at a time, for links to posts without a stored URL;
  // unset or none: no link is built from a handle.
  std::function<std::optional<std::string>(std::int64_t account_id, TimePoint when)> handle_at;
  std::vector<CauseMetrics> campaigns; // computed by the caller (app::cause_support)
  // The period's influence ranking over every account the filters select, and its graph. The
  // ranking is asked for once the period's posts are scanned, so a caller may compute it
  // meanwhile on another thread; unset or null: no influencers section.
  std::function<const InfluenceResult *()> influence;
  const GraphInput *graph = nullptr;
  ReportScope scope = ReportScope::all_accounts;
  std::vector<std::string> own_accounts;
  std::vector<std::pair<std::string, std::string>> filters;
  std::size_t top_limit = 10;
  // Over every account: the accounts whose whole rows the period's scan sums (some 500 bytes
  // each). Beyond this many, the scan keeps only each account's engagement, and the top accounts'
  // rows are summed from `posts_of_authors` (a second read of their posts).
  std::size_t account_rows_in_scan = k_default_account_rows_in_scan;
  double min_coverage = k_default_min_coverage; // rates below it are withheld (CoverageGate)
};

// The report's sections, in order, as `--sections` names them.
inline constexpr std::array<std::string_view, 13> k_report_sections = {
    "headline",  "daily",     "platforms", "accounts",  "others",   "campaigns",  "influencers",
    "top-posts", "best-time", "hashtags",  "languages", "coverage", "definitions"};

// Whether `report` shows `section` (every section when none was chosen).
[[nodiscard]] bool shows(const MonthlyReport &report, std::string_view section) noexcept;

// The data coverage of the local days [first_day, last_day] per platform: `facts`' sources and
// left-out posts, the gaps between the posts of `current` (the posts the report counts), and for
// how many of their non-repost posts impressions, the author's followers and link clicks are
// known.
[[nodiscard]] std::vector<PlatformCoverage>
report_coverage(const Dataset &current, const CoverageFacts &facts, const util::TimeZone &zone,
                std::chrono::year_month_day first_day, std::chrono::year_month_day last_day);
// What report_coverage counts of one platform's posts, summed as the posts come.
struct PlatformPostCounts {
  std::set<std::chrono::sys_days> days; // local days with posts
  std::int64_t counted = 0;
  std::int64_t originals = 0; // non-repost posts: those that carry counts of their own
  std::int64_t impressions = 0;
  std::int64_t followers = 0;
  std::int64_t link_clicks = 0;
};
using CoverageCounts = std::map<std::string, PlatformPostCounts>;
// Counts `post` (its author in `authors`, published on `local_day`) into `counts`.
void count_coverage(CoverageCounts &counts, const Dataset &authors, const PostFacts &post,
                    std::chrono::sys_days local_day);
// report_coverage over posts counted as they came.
[[nodiscard]] std::vector<PlatformCoverage> report_coverage(const CoverageCounts &counts,
                                                            const CoverageFacts &facts,
                                                            const util::TimeZone &zone,
                                                            std::chrono::year_month_day first_day,
                                                            std::chrono::year_month_day last_day);

// Computes the report from the two periods' datasets.
[[nodiscard]] MonthlyReport build_monthly_report(const MonthlyReportInput &input);

} // namespace sociometer::analysis
