// SPDX-License-Identifier: Apache-2.0
// The passes of a Bluesky fetch (an actor's feed or a post search). The API pages only from the
// newest item back (`cursor`), so both passes walk back: the forward pass from the newest item to
// the cursor's mark (the newest item an earlier run stored), the first run's backward pass from
// where it stands (the API cursor kept in `oldest_id`) to the end or the run's bounds.
//
// The mark moves only when a forward pass reaches it: a forward pass that is killed or fails
// leaves it where it was, so that the next run walks the same way again (storing again what it
// stored, no duplicate) and no gap can open between the new items and the old.
#include "fetch_session.hpp"
#include "sociometer/app/fetch_run.hpp"
#include "sociometer/fetch/bluesky_client.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::app {
namespace {

// The newest item an earlier run stored: `TIME URI` in the cursor's newest_id (the time the feed
// orders it by, RFC 3339), or `URI` alone when the item had no time.
struct Mark {
  std::optional<TimePoint> time;
  std::string id;
};

Mark parse_mark(const std::string &text) {
  const auto space = text.find(' ');
  if (space != std::string::npos) {
    if (auto time = util::parse_iso8601(text.substr(0, space))) {
      return {time, text.substr(space + 1)};
    }
  }
  return {std::nullopt, text};
}

std::string format_mark(const fetch::ItemStub &item) {
  return item.created_at ? util::format_rfc3339_ms(*item.created_at) + " " + item.id : item.id;
}

// An item at or below the mark: the marked item itself, or one older than it (the marked item
// may have been deleted since).
bool reaches(const fetch::ItemStub &item, const Mark &mark) {
  return item.id == mark.id || (mark.time && item.created_at && *item.created_at < *mark.time);
}

// The newest of `items[0, count)`, by time (the feed's order when times are missing).
std::optional<fetch::ItemStub> newest_of(const std::vector<fetch::ItemStub> &items,
                                         std::size_t count) {
  std::optional<fetch::ItemStub> newest;
  for (std::size_t i = 0; i < count; ++i) {
    if (!newest || (items[i].created_at &&
                    (!newest->created_at || *items[i].created_at > *newest->created_at))) {
      newest = items[i];
    }
  }
  return newest;
}

class BlueskyFetch {
public:
  BlueskyFetch(const BlueskyFetchRequest &request, FetchObserver &observer,
               const std::function<bool()> &stop_requested, FetchSession &session)
      : m_request(request), m_http(request.http, &observer, stop_requested),
        m_client(m_http, request.service, request.token), m_session(session),
        m_cursor(session.cursor()) {}

  FetchRun run() {
    // Without a mark after a finished first run the source was empty: all of it is new.
    if (!m_cursor.newest_id.empty() || m_cursor.backfill_done) {
      forward();
    }
    if (!m_cursor.backfill_done) {
      backward();
    }
    return m_session.finish();
  }

private:
  fetch::FetchedPage page_at(const std::string &position) {
    return m_request.search.empty() ? m_client.author_feed(m_request.actor, position)
                                    : m_client.search_posts(m_request.search, position);
  }
  [[nodiscard]] const char *items_key() const {
    return m_request.search.empty() ? "feed" : "posts";
  }

  // From the newest item down to the mark; the mark moves to the newest item with the page that
  // reaches it.
  void forward() {
    const auto mark = parse_mark(m_cursor.newest_id);
    std::optional<fetch::ItemStub> newest;
    std::string position;
    while (true) {
      auto page = page_at(position);
      std::size_t kept = 0;
      while (kept < page.items.size() && !(!mark.id.empty() && reaches(page.items[kept], mark))) {
        ++kept;
      }
      if (auto top = newest_of(page.items, kept); top && !newest) {
        newest = top;
      }
      const bool reached = kept < page.items.size() || page.older.empty();
      if (reached && newest) {
        m_cursor.newest_id = format_mark(*newest);
      }
      m_session.store_items(page, first_items(page.body, items_key(), kept), kept);
      if (reached) {
        return;
      }
      m_session.check_stop();
      position = page.older;
    }
  }

  // The first run's walk back from where it stands to the end, --limit or --since; its first page
  // sets the mark.
  void backward() {
    std::string position = m_cursor.oldest_id;
    while (true) {
      auto page = page_at(position);
      bool ended = page.items.empty();
      const auto kept =
          bounded_count(page, m_request.limit, m_request.since, m_session.stored(), ended);
      if (m_cursor.newest_id.empty()) {
        // Even an item the bounds leave out: what is newer than it is the next run's.
        if (auto top = newest_of(page.items, page.items.size())) {
          m_cursor.newest_id = format_mark(*top);
        }
      }
      ended = ended || page.older.empty();
      m_cursor.backfill_done = ended;
      if (!ended) {
        m_cursor.oldest_id = page.older;
      }
      m_session.store_items(page, first_items(page.body, items_key(), kept), kept);
      if (ended) {
        return;
      }
      m_session.check_stop();
      position = page.older;
    }
  }

  const BlueskyFetchRequest &m_request;
  net::HttpClient m_http;
  fetch::BlueskyClient m_client;
  FetchSession &m_session;
  FetchCursor &m_cursor;
};

} // namespace

std::string bluesky_source(const BlueskyFetchRequest &request) {
  return "bluesky " + request.service +
         (request.search.empty() ? " actor @" + request.actor : " search " + request.search);
}

FetchRun run_bluesky_fetch(const BlueskyFetchRequest &request, FetchObserver &observer,
                           const std::function<bool()> &stop_requested) {
  return run_fetch_source(request.store_path, bluesky_source(request), Platform::bluesky,
                          "bluesky-api", ingest::FetchedFormat::bluesky_page, observer,
                          stop_requested, [&](FetchSession &session) {
                            return BlueskyFetch(request, observer, stop_requested, session).run();
                          });
}

} // namespace sociometer::app
