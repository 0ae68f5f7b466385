// SPDX-License-Identifier: Apache-2.0
// The monthly newsletter: Markdown for people (pasted into a newsletter or rendered by a CI page)
// and JSON for scripts. Output depends only on the report and the envelope (deterministic).
#include <nlohmann/json.hpp>

#include "json_envelope.hpp"
#include "sociometer/analysis/monthly_report.hpp"
#include "sociometer/error.hpp"
#include "sociometer/report/renderer.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::report {
namespace {

using analysis::EngagementRow;
using analysis::MonthlyReport;

std::string fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string count(const std::optional<std::int64_t> &value) {
  return value ? std::to_string(*value) : "n/a";
}

std::string percent(const std::optional<double> &value) {
  return value ? fixed(*value * 100.0, 2) + "%" : "n/a";
}

std::optional<double> change(const std::optional<std::int64_t> &now,
                             const std::optional<std::int64_t> &before) {
  if (!now || !before || *before == 0) {
    return std::nullopt;
  }
  return static_cast<double>(*now - *before) / static_cast<double>(*before);
}

std::optional<double> change(const std::optional<double> &now,
                             const std::optional<double> &before) {
  if (!now || !before || *before == 0.0) {
    return std::nullopt;
  }
  return (*now - *before) / *before;
}

std::string signed_percent(const std::optional<double> &value) {
  if (!value) {
    return "n/a";
  }
  return (*value >= 0 ? "+" : "") + fixed(*value * 100.0, 1) + "%";
}

// A rate with its coverage, or why there is none (analysis withholds a rate measured on too few
// posts: docs/metrics.md §1).
std::string rate_with_coverage(const analysis::PooledRate &rate) {
  if (rate.withheld) {
    return "insufficient coverage (" + percent(rate.coverage) + " of posts)";
  }
  if (!rate.pooled) {
    return "n/a";
  }
  return percent(rate.pooled) + " (coverage " + percent(rate.coverage) + ")";
}

// Growth with its start and end counts, and how it was measured when not on every account.
std::string growth_text(const analysis::FollowerGrowth &growth) {
  if (!growth.start) {
    return "n/a";
  }
  std::string text = signed_percent(growth.growth) + " (" + std::to_string(*growth.start) + " → " +
                     std::to_string(*growth.end);
  if (growth.coverage && *growth.coverage < 1.0) {
    text += "; " + percent(growth.coverage) + " of accounts";
  }
  if (growth.interpolated.value_or(false)) {
    text += "; interpolated";
  }
  return text + ")";
}

void engagement_table_md(const std::vector<EngagementRow> &rows, const std::string &key_title,
                         std::ostream &out) {
  out << "| " << key_title
      << " | Posts | Likes | Reposts | Replies | Quotes | Engagement | Impressions | ER "
         "(impressions) | Follower growth |\n";
  out << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const auto &row : rows) {
    const auto *key = std::get_if<std::string>(&row.key);
    out << "| " << (key != nullptr ? *key : std::string("?")) << " | " << row.posts << " | "
        << count(row.likes) << " | " << count(row.reposts) << " | " << count(row.replies) << " | "
        << count(row.quotes) << " | " << count(row.engagement) << " | " << count(row.impressions)
        << " | " << rate_with_coverage(row.er_impressions) << " | " << growth_text(row.followers)
        << " |\n";
  }
}

void render_markdown(const MonthlyReport &report, const Envelope &envelope, std::ostream &out) {
  const auto title = report.organisation.empty() ? std::string("Social media report")
                                                 : report.organisation + " — social media report";
  out << "# " << title << ", " << report.month << "\n\n";
  out << "Period: " << util::format_rfc3339(report.since) << " to "
      << util::format_rfc3339(report.until) << " (the calendar month " << report.month
      << " in time zone " << report.time_zone << "), compared with " << report.previous_month
      << ".\n\n";

  out << "## Headline\n\n";
  out << "| Metric | " << report.month << " | " << report.previous_month << " | Change |\n";
  out << "|---|---:|---:|---:|\n";
  const auto &now = report.current;
  const auto &before = report.previous;
  const auto line = [&](const std::string &name, const std::optional<std::int64_t> &a,
                        const std::optional<std::int64_t> &b) {
    out << "| " << name << " | " << count(a) << " | " << count(b) << " | "
        << signed_percent(change(a, b)) << " |\n";
  };
  line("Posts", now.posts, before.posts);
  line("Engagement", now.engagement, before.engagement);
  line("Likes", now.likes, before.likes);
  line("Reposts received", now.reposts, before.reposts);
  line("Replies received", now.replies, before.replies);
  line("Quotes received", now.quotes, before.quotes);
  line("Impressions", now.impressions, before.impressions);
  out << "| Engagement rate (impressions) | " << rate_with_coverage(now.er_impressions) << " | "
      << rate_with_coverage(before.er_impressions) << " | "
      << signed_percent(change(now.er_impressions.pooled, before.er_impressions.pooled)) << " |\n";
  out << "| Engagement rate (followers) | " << rate_with_coverage(now.er_followers) << " | "
      << rate_with_coverage(before.er_followers) << " | "
      << signed_percent(change(now.er_followers.pooled, before.er_followers.pooled)) << " |\n";
  // Growth is already a change; a change of it would be a second derivative nobody asked for.
  out << "| Follower growth | " << growth_text(now.followers) << " | "
      << growth_text(before.followers) << " | |\n\n";

  out << "Posts by kind:";
  for (const auto &[kind, posts] : report.posts_by_kind) {
    out << " " << kind << " " << posts
        << (kind == report.posts_by_kind.back().first ? ".\n\n" : ",");
  }

  out << "## By platform\n\n";
  engagement_table_md(report.by_platform, "Platform", out);
  out << "\n## By account\n\n";
  engagement_table_md(report.by_account, "Account", out);

  out << "\n## Top posts\n\n";
  if (report.top_posts.empty()) {
    out << "No post of the month has engagement counts.\n";
  } else {
    out << "| # | Date | Account | Post | Likes | Reposts | Replies | Quotes | Engagement |\n";
    out << "|---:|---|---|---|---:|---:|---:|---:|---:|\n";
    int rank = 0;
    for (const auto &post : report.top_posts) {
      const auto date = util::format_rfc3339(post.created_at).substr(0, 10);
      const auto text = post.url.empty() ? post.text : "[" + post.text + "](" + post.url + ")";
      out << "| " << ++rank << " | " << date << " | " << post.account << " (" << post.platform
          << ") | " << text << " | " << count(post.likes) << " | " << count(post.reposts) << " | "
          << count(post.replies) << " | " << count(post.quotes) << " | " << post.engagement
          << " |\n";
    }
  }

  out << "\n## Top hashtags\n\n";
  if (report.top_hashtags.empty()) {
    out << "No hashtags this month.\n";
  } else {
    out << "| Hashtag | Posts | Share of posts | Engagement |\n|---|---:|---:|---:|\n";
    for (const auto &row : report.top_hashtags) {
      out << "| #" << row.key << " | " << row.posts << " | " << percent(row.share) << " | "
          << count(row.engagement) << " |\n";
    }
  }

  out << "\n## Languages\n\n";
  out << "| Language | Posts | Share of posts | Engagement |\n|---|---:|---:|---:|\n";
  for (const auto &row : report.languages) {
    out << "| " << row.key << " | " << row.posts << " | " << percent(row.share) << " | "
        << count(row.engagement) << " |\n";
  }

  out << "\n## How these numbers were computed\n\n";
  out << "Time zone: " << report.time_zone << ". Posts belong to the month they were published in; "
      << "each count is its latest reported value.\n\n";
  for (const auto &[key, text] : report.definitions) {
    out << "- **" << key << "**: " << text << "\n";
  }
  out << "\nGenerated by sociometer at " << util::format_rfc3339(envelope.generated_at) << ".\n";
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

void render_json(const MonthlyReport &report, const Envelope &envelope, std::ostream &out) {
  auto document = envelope_json(envelope);
  document["definitions"] = nlohmann::ordered_json::object();
  for (const auto &[key, text] : report.definitions) {
    document["definitions"][key] = text;
  }
  nlohmann::ordered_json body;
  body["organisation"] = report.organisation;
  body["month"] = report.month;
  body["previous_month"] = report.previous_month;
  body["time_zone"] = report.time_zone;
  body["since"] = util::format_rfc3339(report.since);
  body["until"] = util::format_rfc3339(report.until);
  auto headline = row_json(report.current);
  headline.erase("key");
  auto previous = row_json(report.previous);
  previous.erase("key");
  body["headline"] = headline;
  body["previous"] = previous;
  body["change"] = {
      {"posts", optional_json(change(std::optional<std::int64_t>(report.current.posts),
                                     std::optional<std::int64_t>(report.previous.posts)))},
      {"engagement", optional_json(change(report.current.engagement, report.previous.engagement))},
      {"impressions",
       optional_json(change(report.current.impressions, report.previous.impressions))},
  };
  auto kinds = nlohmann::ordered_json::object();
  for (const auto &[kind, posts] : report.posts_by_kind) {
    kinds[kind] = posts;
  }
  body["posts_by_kind"] = kinds;
  for (const auto &[name, rows] : {std::pair{"by_platform", &report.by_platform},
                                   std::pair{"by_account", &report.by_account}}) {
    auto list = nlohmann::ordered_json::array();
    for (const auto &row : *rows) {
      list.push_back(row_json(row));
    }
    body[name] = list;
  }
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
  document["report"] = body;
  out << document.dump(2) << '\n';
}

} // namespace

void render_monthly_report(const MonthlyReport &report, const Envelope &envelope, Format format,
                           std::ostream &out) {
  switch (format) {
  case Format::md:
    render_markdown(report, envelope, out);
    return;
  case Format::json:
    render_json(report, envelope, out);
    return;
  default:
    throw Error(ErrorKind::usage,
                "report: format '" + std::string(to_string(format)) + "' is not available",
                "use --format md or --format json");
  }
}

} // namespace sociometer::report
