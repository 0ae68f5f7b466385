// SPDX-License-Identifier: Apache-2.0
#include "sociometer/analysis/monthly_report.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <future>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <variant>

#include "report_sums.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"
#include "sociometer/util/thread_priority.hpp"

namespace sociometer::analysis {
namespace {

constexpr std::size_t k_preview_code_points = 100;

std::string handle_of(const Dataset &dataset, const PostFacts &post) {
  return post.account >= 0 ? dataset.accounts[static_cast<std::size_t>(post.account)].handle
                           : std::string();
}

std::string one_line(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::replace(text.begin(), text.end(), '\r', ' ');
  std::replace(text.begin(), text.end(), '|', '/'); // keeps Markdown table cells intact
  return util::truncate_code_points(text, k_preview_code_points);
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
}

using HandleAt = std::function<std::optional<std::string>(std::int64_t, TimePoint)>;

// The author's handle when `post` was published; none when unknown.
std::optional<std::string> handle_when_posted(const Dataset &dataset, const PostFacts &post,
                                              const HandleAt &handle_at) {
  if (!handle_at || post.account < 0) {
    return std::nullopt;
  }
  return handle_at(dataset.accounts[static_cast<std::size_t>(post.account)].id, post.created_at);
}

// A working link to `post`: its stored web address, else one built from what identifies it for
// sure (a Bluesky post's DID, an X status ID) or from the author's handle at posting time. Never
// from a handle the account may not have had then: no link rather than a wrong one.
std::string post_link(const Dataset &dataset, const PostFacts &post, const HandleAt &handle_at) {
  if (post.url.starts_with("https://") || post.url.starts_with("http://")) {
    return post.url;
  }
  const auto &id = post.native_id;
  switch (post.platform) {
  case Platform::x:
    if (!all_digits(id)) {
      return {};
    }
    if (const auto handle = handle_when_posted(dataset, post, handle_at)) {
      return "https://x.com/" + *handle + "/status/" + id;
    }
    return "https://x.com/i/web/status/" + id; // X finds the author itself
  case Platform::bluesky: {
    // at://did:plc:…/app.bsky.feed.post/rkey: the DID stays the author's across handle changes.
    constexpr std::string_view prefix = "at://";
    constexpr std::string_view collection = "/app.bsky.feed.post/";
    const auto at = id.find(collection);
    if (!id.starts_with(prefix) || at == std::string::npos) {
      return {};
    }
    return "https://bsky.app/profile/" + id.substr(prefix.size(), at - prefix.size()) + "/post/" +
           id.substr(at + collection.size());
  }
  case Platform::mastodon: {
    // The status URI (the ID of archives and the API) opens the status; an Announce's does not.
    if (id.starts_with("https://") && !id.ends_with("/activity")) {
      return id;
    }
    const auto handle = handle_when_posted(dataset, post, handle_at);
    const auto at = handle ? handle->find('@') : std::string::npos;
    if (!all_digits(id) || at == std::string::npos || at == 0) {
      return {};
    }
    return "https://" + handle->substr(at + 1) + "/@" + handle->substr(0, at) + "/" + id;
  }
  default:
    return {};
  }
}

// Ranks `counts` by posts (desc), then key, keeps `limit`, and fills shares.
std::vector<CountRow> ranked(CountMap &counts, std::int64_t total, std::size_t limit) {
  std::vector<CountRow> rows;
  for (auto &[key, row] : counts) {
    row.key = key;
    row.share = total > 0 ? static_cast<double>(row.posts) / static_cast<double>(total) : 0.0;
    rows.push_back(row);
  }
  std::sort(rows.begin(), rows.end(), [](const CountRow &a, const CountRow &b) {
    return a.posts != b.posts ? a.posts > b.posts : a.key < b.key;
  });
  if (rows.size() > limit) {
    rows.resize(limit);
  }
  return rows;
}

// Withholds the rates of every engagement row of `report` measured on too few posts, and says
// where in its definitions.
void withhold_report_rates(MonthlyReport &report, double min_coverage) {
  CoverageGate gate(min_coverage);
  report.min_coverage = min_coverage;
  // The gate's test (CoverageGate::keep), kept as facts the report words in its language.
  const auto withhold = [&](EngagementRow &row, const char *kind, const std::string &name,
                            const std::string &where) {
    for (const auto &[rate, value, coverage] :
         {std::tuple{"er_impressions", row.er_impressions.pooled, row.er_impressions.coverage},
          std::tuple{"er_followers", row.er_followers.pooled, row.er_followers.coverage},
          std::tuple{"ctr", row.ctr, row.ctr_coverage}}) {
      if (value && coverage && *coverage < min_coverage) {
        report.withheld.push_back({rate, kind, name, *coverage});
      }
    }
    withhold_thin_rates(row, where, gate);
  };
  withhold(report.current, "headline", report.label, "headline " + report.label);
  withhold(report.previous, "comparison", report.previous_label,
           "comparison period " + report.previous_label);
  if (report.year_earlier) {
    withhold(*report.year_earlier, "year_earlier", report.year_earlier_label,
             "a year earlier " + report.year_earlier_label);
  }
  for (auto &row : report.by_platform) {
    const auto &key = std::get<std::string>(row.key);
    withhold(row, "platform", key, "platform " + key);
  }
  for (auto &row : report.by_account) {
    const auto &key = std::get<std::string>(row.key);
    withhold(row, "account", key, "account " + key);
  }
  report.definitions["min_coverage"] =
      gate.rule("er_impressions and er_followers (with their _median)");
  report.definitions.merge(gate.withheld_definitions());
}

// The platform rows whose non-repost posts report different sets of engagement components, with
// how many posts report each set.
void mixed_components_of(const ComponentCounts &counts, MonthlyReport &report) {
  for (const auto &row : report.by_platform) {
    const auto &key = std::get<std::string>(row.key);
    const auto found = counts.sets.find(key);
    if (found == counts.sets.end() || found->second.size() < 2) {
      continue;
    }
    MixedComponents mixed{key, {}};
    for (const auto &[components, posts] : found->second) {
      mixed.sets.push_back({component_names(components), posts});
    }
    report.mixed_components.push_back(std::move(mixed));
  }
}

// The components each platform row's posts report, and a note when engagement is not comparable
// between rows (platforms report different components) or within one (its sources differ).
void describe_components(const ComponentCounts &counts, MonthlyReport &report) {
  std::set<unsigned> distinct;
  std::string between;
  for (const auto &row : report.by_platform) {
    const auto &key = std::get<std::string>(row.key);
    const auto found = counts.reported.find(key);
    const auto components = found == counts.reported.end() ? 0U : found->second;
    report.platform_components.push_back(component_names(components));
    if (components != 0) {
      distinct.insert(components);
      between += (between.empty() ? "" : "; ") + key + ": " + component_names(components);
    }
  }
  report.components_differ = distinct.size() > 1;
  mixed_components_of(counts, report);
  std::string note;
  if (distinct.size() > 1) {
    note = "engagement components differ between platforms (" + between +
           "), so engagement is not comparable between them";
  }
  if (const auto mixed = mixed_components_definition(report.by_platform)) {
    note += (note.empty() ? "" : "; ") + *mixed;
  }
  if (!note.empty()) {
    report.components_note = note;
    report.definitions["engagement_components_mixed"] = note;
  }
}

std::chrono::year_month_day local_day(const util::TimeZone &zone, TimePoint t) {
  return util::local_parts(zone, t).day;
}

// The periods' instants, local dates and labels.
void describe_period(const MonthlyReportInput &input, MonthlyReport &report) {
  const auto &zone = *input.zone;
  report.since = input.since;
  report.until = input.until;
  report.previous_since = input.previous_since;
  report.previous_until = input.previous_until;
  if (input.month && input.previous_until <= input.previous_since) {
    report.previous_since = zone.start_of_day((*input.month - std::chrono::months{1}) / 1);
    report.previous_until = input.since;
  }
  const auto last_instant = [](TimePoint until) { return until - std::chrono::milliseconds{1}; };
  report.first_day = local_day(zone, report.since);
  report.last_day = local_day(zone, last_instant(report.until));
  report.previous_first_day = local_day(zone, report.previous_since);
  report.previous_last_day = local_day(zone, last_instant(report.previous_until));
  const auto whole_month = [](std::chrono::year_month_day first, std::chrono::year_month_day last) {
    const std::chrono::year_month_day month_end{
        std::chrono::year_month_day_last(first.year(), std::chrono::month_day_last(first.month()))};
    return first.day() == std::chrono::day{1} && month_end == last;
  };
  const auto label = [&](std::chrono::year_month_day first, std::chrono::year_month_day last,
                         std::string &month) {
    if (whole_month(first, last)) {
      month = util::format_year_month(first.year() / first.month());
      return month;
    }
    return util::format_date(first) + ".." + util::format_date(last);
  };
  report.label = label(report.first_day, report.last_day, report.month);
  report.previous_label =
      label(report.previous_first_day, report.previous_last_day, report.previous_month);
}

std::string scope_definition(ReportScope scope) {
  switch (scope) {
  case ReportScope::own:
    return "the organisation's own accounts (account set --role own); other accounts' posts "
           "about or with them are counted apart";
  case ReportScope::account:
    return "the account chosen with --account";
  case ReportScope::all_accounts:
    break;
  }
  return "every account in the store that the filters select: no account is declared as the "
         "organisation's own (account set HANDLE --platform P --role own)";
}

bool is_own(const Dataset &dataset, std::int32_t account) {
  return account >= 0 &&
         dataset.accounts[static_cast<std::size_t>(account)].role == AccountRole::own;
}

// Other accounts' posts that interact with an own account, by author, counted as the posts of
// the period come: memory per such author, not per post.
AboutOwnAccounts about_own_accounts(const ItemScan &others, std::size_t limit) {
  AboutOwnAccounts about;
  std::map<std::int32_t, ConversationRow> authors;
  const auto scanned = others([&](const Dataset &accounts, const PostFacts &post,
                                  const std::vector<std::string_view> &kinds,
                                  const std::vector<std::int32_t> &targets) {
    if (post.account < 0 || is_own(accounts, post.account)) {
      return;
    }
    bool counted = false;
    for (std::size_t i = 0; i < targets.size() && i < kinds.size(); ++i) {
      if (!is_own(accounts, targets[i])) {
        continue;
      }
      auto &row = authors[post.account];
      const auto count = [&](std::int64_t ConversationRow::*per_author, std::int64_t &total) {
        ++(row.*per_author);
        ++total;
      };
      switch (parse_edge_kind(kinds[i]).value_or(EdgeKind::mention)) {
      case EdgeKind::mention:
        count(&ConversationRow::mentions, about.mentions);
        break;
      case EdgeKind::reply:
        count(&ConversationRow::replies, about.replies);
        break;
      case EdgeKind::repost:
        count(&ConversationRow::reposts, about.reposts);
        break;
      case EdgeKind::quote:
        count(&ConversationRow::quotes, about.quotes);
        break;
      }
      if (!counted) { // each post once
        counted = true;
        ++row.posts;
        ++about.posts;
        if (const auto engagement = post_engagement(post)) {
          about.engagement = about.engagement.value_or(0) + *engagement;
        }
      }
    }
  });
  about.accounts = static_cast<std::int64_t>(authors.size());
  for (auto &[index, row] : authors) {
    const auto &account = scanned.accounts[static_cast<std::size_t>(index)];
    row.account = account.handle;
    row.platform = std::string(to_string(account.platform));
    about.top_accounts.push_back(row);
  }
  std::sort(about.top_accounts.begin(), about.top_accounts.end(),
            [](const ConversationRow &a, const ConversationRow &b) {
              return a.posts != b.posts
                         ? a.posts > b.posts
                         : std::tie(a.account, a.platform) < std::tie(b.account, b.platform);
            });
  if (about.top_accounts.size() > limit) {
    about.top_accounts.resize(limit);
  }
  return about;
}

// Fewer interactions or accounts than this, or a top account barely above the average: the
// ranking is noise, and the report says so instead of listing it as a finding.

ReportNetwork report_network(const GraphInput &graph, const InfluenceResult &result,
                             std::size_t limit) {
  ReportNetwork network;
  network.accounts = result.accounts;
  network.edges = result.edges;
  for (const auto &row : result.rows) {
    if (network.top.size() >= limit) {
      break;
    }
    const auto &account = graph.accounts[static_cast<std::size_t>(row.account)];
    network.top.push_back({account.handle, std::string(to_string(account.platform)), row.pr_index,
                           row.bridge, row.amplified_by, row.community});
  }
  for (const auto &community : result.communities) {
    network.communities.emplace_back(community.community, community.members);
  }
  const double top_index = result.rows.empty() ? 0.0 : result.rows.front().pr_index;
  network.top_pr_index = top_index;
  if (result.edges < k_min_network_edges || result.accounts < k_min_network_accounts) {
    network.signal = NetworkSignal::too_small;
    network.too_little_signal = "too few accounts or interactions to rank who drives the "
                                "conversation (it takes at least " +
                                std::to_string(k_min_network_accounts) + " accounts and " +
                                std::to_string(k_min_network_edges) + " interactions)";
  } else if (top_index < k_min_top_pr_index) {
    network.signal = NetworkSignal::uniform;
    network.too_little_signal = "the scores are nearly uniform (the top account is " +
                                std::to_string(top_index).substr(0, 4) +
                                " times the average): no account stands out";
  }
  return network;
}

using PseudonymOf = std::function<std::optional<std::string>(const std::string &)>;

// `handle` under its pseudonym when it has one.
std::string shown_handle(const PseudonymOf &pseudonyms, const std::string &handle) {
  return pseudonyms(handle).value_or(handle);
}

// `@handle` mentions in a post text under their pseudonyms.
std::string pseudonymize_text(const PseudonymOf &pseudonyms, const std::string &text) {
  std::string result;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto mention = text.find('@', at);
    if (mention == std::string::npos) {
      break;
    }
    auto end = mention + 1;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) != 0 ||
                                 text[end] == '_' || text[end] == '.')) {
      ++end;
    }
    result.append(text, at, mention + 1 - at);
    const auto handle = text.substr(mention + 1, end - mention - 1);
    result += handle.empty() ? handle : shown_handle(pseudonyms, handle);
    at = end;
  }
  result.append(text, std::min(at, text.size()), std::string::npos);
  return result;
}

// Replaces the handles of `report` that have a pseudonym, in every place the report names one.
// A top post by such an account loses its link, which would name it.
void pseudonymize(MonthlyReport &report, const PseudonymOf &pseudonyms) {
  report.pseudonymized = true;
  for (auto &row : report.by_account) {
    row.key = shown_handle(pseudonyms, std::get<std::string>(row.key));
  }
  for (auto &post : report.top_posts) {
    const auto shown = shown_handle(pseudonyms, post.account);
    if (shown != post.account) {
      post.url.clear();
    }
    post.account = shown;
    post.text = pseudonymize_text(pseudonyms, post.text);
  }
  if (report.about_own) {
    for (auto &row : report.about_own->top_accounts) {
      row.account = shown_handle(pseudonyms, row.account);
    }
  }
  if (report.network) {
    for (auto &row : report.network->top) {
      row.account = shown_handle(pseudonyms, row.account);
    }
  }
  report.definitions["pseudonyms"] =
      "handles of accounts that are not the organisation's own, partners or peers are shown as "
      "stable pseudonyms (a salted hash kept in the store: the same account gets the same "
      "pseudonym in every report of this store); their posts' links are left out";
}

} // namespace

bool shows(const MonthlyReport &report, std::string_view section) noexcept {
  return report.sections.empty() || std::find(report.sections.begin(), report.sections.end(),
                                              section) != report.sections.end();
}

std::string_view to_string(NetworkSignal signal) noexcept {
  switch (signal) {
  case NetworkSignal::too_small:
    return "too_small";
  case NetworkSignal::uniform:
    return "uniform";
  case NetworkSignal::enough:
    break;
  }
  return "enough";
}

std::string_view to_string(ReportScope scope) noexcept {
  switch (scope) {
  case ReportScope::own:
    return "own";
  case ReportScope::account:
    return "account";
  case ReportScope::all_accounts:
    break;
  }
  return "all_accounts";
}

namespace {

// The first `limit` of `candidates` by (engagement, native ID), as indices into `candidates`,
// with their native IDs (read through `content` when the posts hold none).
std::vector<std::size_t> ranked_posts(const std::deque<Candidate> &candidates, std::size_t limit,
                                      const PostContentReads &content,
                                      std::vector<std::string> &native_ids) {
  const auto kept = std::min(limit, candidates.size());
  if (kept == 0) {
    return {};
  }
  std::vector<std::string> ids;
  ids.reserve(candidates.size());
  if (content.native_ids) {
    std::vector<std::int64_t> store_ids;
    store_ids.reserve(candidates.size());
    for (const auto &[engagement, post] : candidates) {
      store_ids.push_back(post.id);
    }
    ids = content.native_ids(store_ids);
  } else {
    for (const auto &[engagement, post] : candidates) {
      ids.push_back(post.native_id);
    }
  }
  std::vector<std::size_t> order(candidates.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    order[i] = i;
  }
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (candidates[a].first != candidates[b].first) {
      return candidates[a].first > candidates[b].first;
    }
    // The same native ID on two platforms: by store ID, so that the order never depends on the
    // order the candidates were kept in.
    return ids[a] != ids[b] ? ids[a] < ids[b] : candidates[a].second.id < candidates[b].second.id;
  });
  order.resize(kept);
  native_ids.reserve(order.size());
  for (const auto at : order) {
    native_ids.push_back(std::move(ids[at]));
  }
  return order;
}

// The period's non-repost posts by engagement, then post ID: the first `limit` of `candidates`.
std::vector<TopPost> top_posts_of(std::deque<Candidate> candidates, const Dataset &authors,
                                  std::size_t limit, const HandleAt &handle_at,
                                  const PostContentReads &content) {
  // Ranked by (engagement, post ID) first, so only the rows shown are built (texts, links).
  std::vector<std::string> native_ids;
  const auto ranked = ranked_posts(candidates, limit, content, native_ids);
  std::vector<PostFacts> shown;
  std::vector<std::int64_t> store_ids;
  shown.reserve(ranked.size());
  store_ids.reserve(ranked.size());
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    shown.push_back(std::move(candidates[ranked[i]].second));
    shown.back().native_id = native_ids[i];
    store_ids.push_back(shown.back().id);
  }
  if (content.texts && content.urls) {
    const auto texts = content.texts(store_ids);
    const auto urls = content.urls(store_ids);
    for (std::size_t i = 0; i < shown.size(); ++i) {
      shown[i].text = texts[i];
      shown[i].url = urls[i];
    }
  }
  std::vector<TopPost> top;
  top.reserve(shown.size());
  for (std::size_t i = 0; i < shown.size(); ++i) {
    const auto &post = shown[i];
    TopPost row;
    row.post_id = post.native_id;
    row.platform = std::string(to_string(post.platform));
    row.account = handle_of(authors, post);
    row.created_at = post.created_at;
    row.kind = std::string(to_string(post.kind));
    row.text = one_line(post.text);
    row.url = post_link(authors, post, handle_at);
    row.likes = post.metrics.likes;
    row.reposts = post.metrics.reposts;
    row.replies = post.metrics.replies;
    row.quotes = post.metrics.quotes;
    row.engagement = candidates[ranked[i]].first;
    top.push_back(std::move(row));
  }
  return top;
}

// The definitions of the figures the report shows.
void define(MonthlyReport &report) {
  // Only what the report shows: its rows carry no hour, weekday, Kaushik or click columns.
  report.definitions =
      engagement_definitions({"posts", "engagement", "er_impressions", "er_followers",
                              "follower_growth", "followers_start"});
  report.definitions["follower_growth"] =
      follower_growth_definition() + "; over each period, of the authors of that period's posts";
  if (static_cast<std::int64_t>(report.by_account.size()) < report.accounts_with_posts) {
    report.definitions["by_account"] =
        "the " + std::to_string(report.by_account.size()) +
        " accounts with the most engagement (--top) of the " +
        std::to_string(report.accounts_with_posts) +
        " with posts in the period; `sociometer engagement --by account` lists every one";
  }
  report.definitions["change"] =
      "counts: (this period - comparison period) / comparison period, null when the comparison "
      "period has no value or zero; rates: the difference in percentage points";
  report.definitions["comparison_period"] =
      "the calendar month before a calendar month, else the same number of days just before the "
      "period";
  report.definitions["top_posts"] =
      "non-repost posts of the period ranked by engagement, then post ID; each links to the "
      "post's stored web address, else to one built from its ID (Bluesky: the author's DID; X: "
      "the author's handle when it was posted, else x.com/i/web/status; Mastodon: the status "
      "URI, else the author's handle when it was posted); no link when neither is known";
  report.definitions["top_hashtags"] =
      "hashtags (NFKC + case folded) by number of posts of the period using them, all kinds; "
      "engagement summed over the non-repost posts among them";
  report.definitions["languages"] =
      "language of each post: platform-reported, otherwise detected from the text (und when "
      "unsure: too short, mixed or no text); a repost's is its original's when the original is "
      "stored";
  report.definitions["attribution"] = "publication cohort: a post's latest counts belong to the "
                                      "period it was published in";
  report.definitions["scope"] = scope_definition(report.scope);
  report.definitions["followers_only"] =
      "followers-only posts (Mastodon `private`) are left out of every figure: their audience did "
      "not consent to wider reporting; the report states how many there were";
}

// What the report reads beside the period's own posts: the comparison periods' totals and the
// coverage facts.
struct ComparisonReads {
  std::optional<EngagementRow> year_earlier; // only with posts a year earlier
  std::string year_earlier_label;
  EngagementRow previous;
  std::optional<CoverageFacts> coverage;
};

// The label of the year-earlier column: the month a year before, or the local days.
std::string year_earlier_label(const MonthlyReportInput &input, const MonthlyReport &report) {
  if (!report.month.empty()) {
    return util::format_year_month(
        (std::chrono::year_month{report.first_day.year(), report.first_day.month()} -
         std::chrono::years{1}));
  }
  return util::format_date(local_day(*input.zone, input.year_earlier_since)) + ".." +
         util::format_date(
             local_day(*input.zone, input.year_earlier_until - std::chrono::milliseconds{1}));
}

// The account rows of `keys`, in their order, summed over a second read of their authors' posts
// (the period's scan kept only each account's engagement).
std::vector<EngagementRow> top_account_rows(const MonthlyReportInput &input,
                                            const std::vector<AccountEngagement::Key> &keys,
                                            const Span &period) {
  if (keys.empty()) {
    return {};
  }
  if (!input.posts_of_authors) {
    throw Error(ErrorKind::internal, "monthly report: no read of the top accounts' posts");
  }
  AuthorSelection selection;
  std::map<std::string_view, std::size_t> position_of;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    selection.account_ids.insert(selection.account_ids.end(), keys[i].account_ids.begin(),
                                 keys[i].account_ids.end());
    selection.authorless = selection.authorless || keys[i].authorless;
    position_of.emplace(keys[i].key, i);
  }
  EngagementSums sums(Dimension::account, *input.zone);
  const auto authors = input.posts_of_authors(
      selection, [&sums](const Dataset &authors_so_far, const PostFacts &post) {
        sums.add(authors_so_far, post);
      });
  std::vector<std::optional<EngagementRow>> rows(keys.size());
  sums.each_row(authors, period, EngagementSums::Detail::full, [&](EngagementRow &&row) {
    const auto *key = std::get_if<std::string>(&row.key);
    if (const auto at = key != nullptr ? position_of.find(*key) : position_of.end();
        at != position_of.end()) {
      rows[at->second] = std::move(row);
    }
  });
  std::vector<EngagementRow> ordered;
  ordered.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    // The second read must find the posts the first one summed: the same engagement.
    if (!rows[i] || rows[i]->engagement != keys[i].engagement) {
      throw Error(ErrorKind::internal,
                  "monthly report: the second read of " + keys[i].key + "'s posts differs");
    }
    ordered.push_back(std::move(*rows[i]));
  }
  return ordered;
}

// The report's account rows: by engagement, so the newsletter leads with what worked. Over every
// account of the store (no own account declared) a capture has thousands: the `--top` with the
// most.
void set_account_rows(const MonthlyReportInput &input, PeriodSums &sums, const Dataset &authors,
                      const Span &period, MonthlyReport &report) {
  if (report.scope == ReportScope::all_accounts) {
    auto ranking = sums.account_engagement.top(authors, input.top_limit);
    report.accounts_with_posts = static_cast<std::int64_t>(ranking.keys);
    report.by_account = sums.account_rows_in_scan()
                            ? sums.by_account.top_rows(authors, period, input.top_limit)
                            : top_account_rows(input, ranking.top, period);
  } else {
    report.accounts_with_posts = static_cast<std::int64_t>(sums.by_account.keys());
    report.by_account = sums.by_account.top_rows(authors, period, sums.by_account.keys());
  }
}

} // namespace

MonthlyReport build_monthly_report(const MonthlyReportInput &input) {
  MonthlyReport report;
  report.organisation = input.organisation;
  report.time_zone = input.zone->name();
  describe_period(input, report);
  report.scope = input.scope;
  report.own_accounts = input.own_accounts;
  report.filters = input.filters;
  // Follower growth over each period: of the authors of that period's posts.
  const Span period{report.since, report.until};
  const Span previous_period{report.previous_since, report.previous_until};
  // Started first: with a connection of their own, these reads overlap the period's scan.
  auto comparisons = std::async(
      input.comparisons_beside ? std::launch::async : std::launch::deferred,
      [&input, previous_period, previous_label = report.previous_label,
       year_label = input.year_earlier ? year_earlier_label(input, report) : std::string()] {
        if (input.comparisons_beside) {
          // These reads can wait: beside the period's scan and the influence ranking they are a
          // third thread on two cores, and took CPU from the ranking, the longest part of a
          // report over hundreds of thousands of accounts (docs/performance.md).
          util::lower_this_thread_priority();
        }
        ComparisonReads reads;
        if (input.coverage) {
          reads.coverage = input.coverage();
        }
        if (input.year_earlier) {
          auto totals = engagement_total(input.year_earlier, year_label,
                                         Span{input.year_earlier_since, input.year_earlier_until});
          if (totals.posts > 0) { // no year-on-year column without posts a year earlier
            reads.year_earlier = std::move(totals);
            reads.year_earlier_label = year_label;
          }
        }
        reads.previous = engagement_total(input.previous, previous_label, previous_period);
        return reads;
      });
  // One pass over the period's posts feeds every section.
  PeriodSums sums(*input.zone, report, input.top_limit, input.account_rows_in_scan);
  const auto authors = input.current(
      [&](const Dataset &authors_so_far, const PostFacts &post,
          const std::vector<std::string_view> &hashtags,
          const std::vector<std::int32_t> &) { sums.add(authors_so_far, post, hashtags); });
  report.current = sums.total.total(authors, report.label, period);
  report.sections = input.sections;
  auto reads = comparisons.get(); // rethrows what the reads threw
  if (reads.year_earlier) {
    report.year_earlier_label = std::move(reads.year_earlier_label);
    report.year_earlier = std::move(reads.year_earlier);
  }
  report.previous = std::move(reads.previous);
  if (reads.coverage) {
    for (const auto &platform : reads.coverage->left_out) {
      report.followers_only_left_out += platform.followers_only;
    }
  }

  for (const auto kind : {PostKind::post, PostKind::reply, PostKind::quote, PostKind::repost}) {
    report.posts_by_kind.emplace_back(std::string(to_string(kind)),
                                      entry(sums.kinds, to_string(kind)));
  }
  report.by_platform = sums.by_platform.rows(authors, period);
  set_account_rows(input, sums, authors, period, report);

  report.top_posts =
      top_posts_of(sums.top.take(), authors, input.top_limit, input.handle_at, input.content);
  report.top_hashtags = ranked(sums.hashtags, sums.posts, input.top_limit);
  report.languages = ranked(sums.languages, sums.posts, sums.languages.size());
  define(report);
  if (input.others) {
    report.about_own = about_own_accounts(input.others, input.top_limit);
    report.definitions["about_own_accounts"] =
        "posts of the period by accounts that are not the organisation's own which mention, "
        "reply to, repost or quote an own account (each post once; interactions by kind count "
        "each one it carries); engagement received by those posts";
  }
  if (const auto *influence = input.influence ? input.influence() : nullptr;
      influence != nullptr && input.graph != nullptr) {
    report.network = report_network(*input.graph, *influence, input.top_limit);
    report.definitions["influencers"] =
        "accounts ranked by PageRank on the period's amplification graph (reposts, quotes, "
        "replies and mentions between every account the filters select, own or not); pr_index = "
        "N x PageRank (1.0 = the average account); bridge = normalised betweenness; communities "
        "by Leiden. Not ranked when it has fewer than 5 accounts or 10 interactions, or when the "
        "top account's pr_index is below 1.5";
  }
  if (input.pseudonym_of) {
    pseudonymize(report, input.pseudonym_of); // before the rates' reasons name the accounts
  }
  withhold_report_rates(report, input.min_coverage);
  describe_components(sums.components, report);
  report.daily = std::move(sums.days);
  sums.fill_best_time(report);
  if (reads.coverage) {
    report.coverage = report_coverage(sums.coverage, *reads.coverage, *input.zone, report.first_day,
                                      report.last_day);
    report.definitions["coverage"] =
        "per platform: the imports that last wrote the period's posts, with their first and last "
        "post; runs of more than " +
        std::to_string(k_coverage_gap_days) +
        " local days without a post; for how many non-repost posts impressions, the author's "
        "followers and link clicks are known; and how the count relates to `status`'s stored "
        "posts (followers-only posts and older versions of edited posts are left out)";
  }
  report.campaigns = input.campaigns;
  if (!report.campaigns.empty()) {
    report.definitions["campaigns"] =
        "cause support of the stored campaigns whose window meets the period, over every "
        "account's posts of the period (as `campaign report` computes it)";
  }
  return report;
}

} // namespace sociometer::analysis
