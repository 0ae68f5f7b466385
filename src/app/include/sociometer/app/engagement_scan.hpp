// SPDX-License-Identifier: Apache-2.0
// Engagement sums over a store's posts, read on both cores when the store has a second reader.
#pragma once

#include <optional>

#include "sociometer/analysis/engagement.hpp"
#include "sociometer/store/store.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::app {

// The sums of one scan and its authors (the Dataset the scan returns).
struct ScannedEngagement {
  Dataset authors;
  analysis::EngagementSums sums;
};

// analysis::EngagementSums by `dimension` (none: one total) over the posts `query` selects, read
// by store::Store::scan_posts. With store.reader_beside() (same snapshot), the posts from the
// middle of the selection's time span on are read there at the same time, on a second thread,
// and their sums appended: the same rows, from both cores (docs/performance.md, "Engagement on
// two readers"). Without one, by account (whose rows grow with the authors: each half would hold
// its own), or when the selection spans one instant, one scan.
[[nodiscard]] ScannedEngagement scan_engagement(const store::Store &store,
                                                const store::PostQuery &query, bool with_language,
                                                std::optional<analysis::Dimension> dimension,
                                                const util::TimeZone &zone);

} // namespace sociometer::app
