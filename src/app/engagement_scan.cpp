// SPDX-License-Identifier: Apache-2.0
#include "sociometer/app/engagement_scan.hpp"

#include <future>
#include <system_error>

namespace sociometer::app {
namespace {

// The instant that splits `query`'s posts in two scans: the middle of their time span (posts are
// spread over time evenly enough in a capture or an export for two similar halves), or none
// when there is no second reader, the rows are by account, or the span has no middle.
std::optional<TimePoint> split_time(const store::Store &store, const store::PostQuery &query,
                                    std::optional<analysis::Dimension> dimension) {
  // Rows by account are about as many as the authors, and each half would hold its own: up to
  // twice the memory (279 → 471 MiB over 288,000 accounts, docs/performance.md).
  if (store.reader_beside() == nullptr || dimension == analysis::Dimension::account) {
    return std::nullopt;
  }
  const auto span = store.post_time_span(query);
  if (!span) {
    return std::nullopt;
  }
  const auto middle = span->first + (span->second - span->first) / 2;
  if (middle <= span->first) {
    return std::nullopt;
  }
  return middle;
}

} // namespace

ScannedEngagement scan_engagement(const store::Store &store, const store::PostQuery &query,
                                  bool with_language, std::optional<analysis::Dimension> dimension,
                                  const util::TimeZone &zone) {
  ScannedEngagement result{Dataset{}, analysis::EngagementSums(dimension, zone)};
  const auto add_to = [with_language](const store::Store &reader, const store::PostQuery &posts,
                                      analysis::EngagementSums &sums) {
    return reader.scan_posts(
        posts, with_language,
        [&sums](const Dataset &authors, const PostFacts &post) { sums.add(authors, post); });
  };
  const auto middle = split_time(store, query, dimension);
  if (!middle) {
    result.authors = add_to(store, query, result.sums);
    return result;
  }
  auto earlier = query;
  earlier.until = *middle;
  auto later = query;
  later.since = *middle;
  analysis::EngagementSums later_sums(dimension, zone);
  // The later half on the second reader; its future waits for it even when the first half throws.
  std::future<Dataset> later_authors;
  try {
    later_authors = std::async(std::launch::async,
                               [&] { return add_to(*store.reader_beside(), later, later_sums); });
  } catch (const std::system_error &) { // no thread to be had: all on this one
    result.authors = add_to(store, query, result.sums);
    return result;
  }
  result.authors = add_to(store, earlier, result.sums);
  result.sums.append(std::move(later_sums), result.authors, later_authors.get());
  return result;
}

} // namespace sociometer::app
