// SPDX-License-Identifier: Apache-2.0
// A Bluesky AppView on 127.0.0.1 for the fetch tests: one actor `org.example` whose feed holds
// items 1..N, newest first, item i at 2024-01-01 + i hours: a repost of another account's post
// when i is a multiple of 10, else a quote post when a multiple of 7, else a plain post. The XRPC
// endpoints `fetch bluesky` uses with `cursor` pagination (an opaque `c<i>`: items below i), and
// misbehaviour on cue.
#pragma once

#include <algorithm>
#include <atomic>
#include <string>
#include <vector>

#include "standin.hpp"

namespace sociometer::test {

class BlueskyStandIn final : public StandIn {
public:
  static constexpr const char *k_org_did = "did:plc:orgexample";
  static constexpr const char *k_other_did = "did:plc:otherexample";

  explicit BlueskyStandIn(int item_count) : StandIn(item_count, answers()) {
    auto &server = m_loopback.server();
    server.Get("/xrpc/app.bsky.feed.getAuthorFeed",
               [this](const httplib::Request &request, httplib::Response &response) {
                 serve_page(request, response, false);
               });
    server.Get("/xrpc/app.bsky.feed.searchPosts", [this](const httplib::Request &request,
                                                         httplib::Response &response) {
      if (search_needs_auth && !request.has_header("Authorization")) {
        record(request);
        response.status = 403;
        response.set_content(R"({"error":"Forbidden","message":"Forbidden"})", "application/json");
        return;
      }
      serve_page(request, response, true);
    });
    server.Get("/xrpc/app.bsky.actor.getProfile",
               [this](const httplib::Request &request, httplib::Response &response) {
                 record(request);
                 if (!known(request)) {
                   not_found(response);
                   return;
                 }
                 response.set_content(
                     R"({"did":"did:plc:orgexample","handle":"org.example","displayName":"Org",)"
                     R"("followersCount":1250,"followsCount":10,"postsCount":)" +
                         std::to_string(count()) + "}",
                     "application/json");
               });
    m_loopback.start();
  }

  [[nodiscard]] std::string url() const override { return m_loopback.base_url(); }
  // The feed of @Org.Example (as a user might write it).
  [[nodiscard]] std::vector<std::string> source_args() const override {
    return {"bluesky", "--service", url(), "--actor", "@Org.Example"};
  }

  // searchPosts answers 403 without an Authorization header, as the public AppView does.
  std::atomic<bool> search_needs_auth{false};

  // "2024-01-DDTHH:00:00.000Z" for item i (i < 744).
  static std::string time_of(int i) {
    const auto two = [](int n) { return std::to_string(100 + n).substr(1); };
    return "2024-01-" + two(1 + i / 24) + "T" + two(i % 24) + ":00:00.000Z";
  }
  static std::string post_uri(int i) {
    return std::string("at://") + k_org_did + "/app.bsky.feed.post/p" + std::to_string(i);
  }
  // The mark `fetch bluesky` keeps when item i is the newest: its time and URI, a repost's own.
  static std::string mark_of(int i) {
    const auto uri = i % 10 == 0 ? std::string("at://") + k_org_did + "/app.bsky.feed.repost/r" +
                                       std::to_string(i)
                                 : post_uri(i);
    return time_of(i) + " " + uri;
  }

private:
  // A 429 with Bluesky's rate-limit headers; the broken page is cut in a post's URI.
  static Answers answers() {
    return {[](httplib::Response &response) {
              response.set_header("ratelimit-limit", "3000");
              response.set_header("ratelimit-remaining", "0");
              response.set_header("ratelimit-reset", std::to_string(one_second_ahead()));
              response.set_content(
                  R"({"error":"RateLimitExceeded","message":"Rate Limit Exceeded"})",
                  "application/json");
            },
            R"({"error":"InternalServerError"})", R"({"feed":[{"post":{"uri":"at://broken)"};
  }

  static std::string profile(const char *did, const char *handle) {
    return std::string(R"({"did":")") + did + R"(","handle":")" + handle + R"("})";
  }

  static std::string post_view(int i) {
    std::string record = R"({"$type":"app.bsky.feed.post","text":"Post )" + std::to_string(i) +
                         R"( #water","createdAt":")" + time_of(i) + R"(","langs":["en"])";
    std::string embed;
    if (i % 7 == 0) {
      const auto quoted =
          std::string("at://") + k_other_did + "/app.bsky.feed.post/q" + std::to_string(i);
      record += R"(,"embed":{"$type":"app.bsky.embed.record","record":{"uri":")" + quoted +
                R"(","cid":"bafyq"}})";
      embed = R"(,"embed":{"$type":"app.bsky.embed.record#view","record":{"$type":)"
              R"("app.bsky.embed.record#viewRecord","uri":")" +
              quoted + R"(","cid":"bafyq","author":)" + profile(k_other_did, "other.example") +
              R"(,"value":{"$type":"app.bsky.feed.post","text":"Quoted","createdAt":")" +
              time_of(0) + R"("},"indexedAt":")" + time_of(0) + R"("}})";
    }
    record += "}";
    return R"({"uri":")" + post_uri(i) + R"(","cid":"bafyp)" + std::to_string(i) +
           R"(","author":)" + profile(k_org_did, "org.example") + R"(,"record":)" + record + embed +
           R"(,"replyCount":0,"repostCount":1,"likeCount":)" + std::to_string(i) +
           R"(,"quoteCount":0,"indexedAt":")" + time_of(i) + R"("})";
  }

  static std::string feed_item(int i) {
    if (i % 10 != 0) {
      return R"({"post":)" + post_view(i) + "}";
    }
    const auto original =
        std::string("at://") + k_other_did + "/app.bsky.feed.post/o" + std::to_string(i);
    return R"({"post":{"uri":")" + original + R"(","cid":"bafyo","author":)" +
           profile(k_other_did, "other.example") +
           R"(,"record":{"$type":"app.bsky.feed.post","text":"Original","createdAt":")" +
           time_of(0) +
           R"("},"replyCount":0,"repostCount":5,"likeCount":9,"quoteCount":0,)"
           R"("indexedAt":")" +
           time_of(0) + R"("},"reason":{"$type":"app.bsky.feed.defs#reasonRepost","by":)" +
           profile(k_org_did, "org.example") + R"(,"uri":"at://)" + k_org_did +
           "/app.bsky.feed.repost/r" + std::to_string(i) + R"(","cid":"bafyr","indexedAt":")" +
           time_of(i) + R"("}})";
  }

  bool known(const httplib::Request &request) const {
    const auto actor = request.get_param_value("actor");
    return actor == "org.example" || actor == k_org_did;
  }
  static void not_found(httplib::Response &response) {
    response.status = 400;
    response.set_content(R"({"error":"InvalidRequest","message":"Profile not found"})",
                         "application/json");
  }

  void serve_page(const httplib::Request &request, httplib::Response &response, bool search) {
    if (misbehaved(request, response)) {
      return;
    }
    if (!search && !known(request)) {
      not_found(response);
      return;
    }
    const int limit = request.has_param("limit") ? std::stoi(request.get_param_value("limit")) : 50;
    int high = count();
    if (request.has_param("cursor")) {
      high = std::min(high, std::stoi(request.get_param_value("cursor").substr(1)) - 1);
    }
    std::string items;
    int low = high + 1;
    for (int i = high; i >= 1 && high - i < limit; --i) {
      if (search && i % 10 == 0) {
        continue; // search finds posts, not reposts
      }
      items += (items.empty() ? "" : ",") + (search ? post_view(i) : feed_item(i));
      low = i;
    }
    std::string body = search ? R"({"posts":[)" + items + "]" : R"({"feed":[)" + items + "]";
    if (low > 1 && low <= high) {
      body += R"(,"cursor":"c)" + std::to_string(low) + "\"";
    }
    response.set_content(body + "}", "application/json");
  }

  // Last, so it is destroyed first: its destructor joins the handler threads, which still use
  // the members above and the base's log and switches (a silent handler outlives the test's run).
  LoopbackServer m_loopback;
};

} // namespace sociometer::test
