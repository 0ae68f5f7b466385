// SPDX-License-Identifier: Apache-2.0
// An X API v2 on 127.0.0.1 for the fetch tests: one user `org` (id 42) with tweets 1..N (tweet i
// created on day i of 2024, newest first), recent search and the user timeline with `since_id`,
// `until_id`, `start_time` and `next_token` pagination (pages of `page_size`, fewer than the
// `max_results` asked, as X may give), the user lookup, and misbehaviour on cue.
#pragma once

#include <algorithm>
#include <mutex>
#include <string>
#include <vector>

#include "standin.hpp"

namespace sociometer::test {

class XStandIn final : public StandIn {
public:
  explicit XStandIn(int tweet_count, int page_size = 10)
      : StandIn(tweet_count, answers(),
                // checked once, not repeated in every test
                {"tweet.fields", "expansions", "user.fields", "media.fields"}),
        m_page_size(page_size) {
    auto &server = m_loopback.server();
    server.Get("/2/users/by/username/org",
               [this](const httplib::Request &request, httplib::Response &response) {
                 record(request);
                 response.set_content(R"({"data":)" + user_json() + "}", "application/json");
               });
    server.Get("/2/users/by/username/nosuch",
               [this](const httplib::Request &request, httplib::Response &response) {
                 record(request);
                 response.set_content(
                     R"({"errors":[{"value":"nosuch","detail":"Could not find user with )"
                     R"(username: [nosuch].","title":"Not Found Error","resource_type":"user"}]})",
                     "application/json");
               });
    const auto tweets = [this](const httplib::Request &request, httplib::Response &response) {
      page(request, response);
    };
    server.Get("/2/tweets/search/recent", tweets);
    server.Get("/2/users/42/tweets", tweets);
    m_loopback.start();
  }

  [[nodiscard]] std::string url() const override { return m_loopback.base_url(); }
  // A search for #water.
  [[nodiscard]] std::vector<std::string> source_args() const override {
    return {"x", "--api-base", url(), "--query", "#water"};
  }

  // The bodies of the tweet pages answered with 200, in order.
  [[nodiscard]] std::vector<std::string> pages() const {
    const std::lock_guard lock(m_mutex);
    return m_pages;
  }

  static std::string user_json() {
    return R"({"id":"42","username":"org","name":"Org 🌐","created_at":"2021-05-02T09:30:00.000Z",)"
           R"("protected":false,"verified":false,"description":"An organisation",)"
           R"("public_metrics":{"followers_count":1200,"following_count":180,"tweet_count":99,)"
           R"("listed_count":12}})";
  }

  static std::string tweet_json(int id) {
    const auto day = std::to_string(100 + (id - 1) % 28 + 1).substr(1);
    const auto month = std::to_string(100 + (id - 1) / 28 % 12 + 1).substr(1);
    const auto text = "Tweet " + std::to_string(id) + " about #water with @partner";
    const auto tag = static_cast<int>(text.find('#')); // ASCII: code points = bytes
    return R"({"id":")" + std::to_string(id) + R"(","text":")" + text + R"(","created_at":"2024-)" +
           month + "-" + day + R"(T10:00:00.000Z","author_id":"42","conversation_id":")" +
           std::to_string(id) + R"(","lang":"en","edit_history_tweet_ids":[")" +
           std::to_string(id) +
           R"("],"public_metrics":{"retweet_count":2,"reply_count":1,"like_count":)" +
           std::to_string(id) +
           R"(,"quote_count":0,"impression_count":500},"entities":{"hashtags":[{"start":)" +
           std::to_string(tag) + R"(,"end":)" + std::to_string(tag + 6) +
           R"(,"tag":"water"}],"mentions":[{"start":)" + std::to_string(tag + 12) + R"(,"end":)" +
           std::to_string(tag + 20) + R"(,"username":"partner","id":"43"}]}})";
  }

private:
  // A 429 with x-rate-limit-remaining 0 and the reset one second ahead; the broken page is cut
  // in a tweet's ID.
  static Answers answers() {
    return {[](httplib::Response &response) {
              response.set_header("x-rate-limit-limit", "180");
              response.set_header("x-rate-limit-remaining", "0");
              response.set_header("x-rate-limit-reset", std::to_string(one_second_ahead()));
              response.set_content(R"({"title":"Too Many Requests","detail":"Too Many Requests"})",
                                   "application/json");
            },
            "", R"({"data":[{"id":"broken)"};
  }

  static int number(const httplib::Request &request, const char *name, int otherwise) {
    return request.has_param(name) ? std::stoi(request.get_param_value(name)) : otherwise;
  }

  // Newest first: ids in (since_id, until_id), from the `next_token` (the highest ID of the page)
  // down, at most page_size of them; start_time: none created before it (2024-MM-DD only).
  void page(const httplib::Request &request, httplib::Response &response) {
    if (misbehaved(request, response)) {
      return;
    }
    const int newest = count();
    const int low = number(request, "since_id", 0) + 1;
    int high = std::min(newest, number(request, "until_id", newest + 1) - 1);
    const auto token = request.has_param("next_token")
                           ? request.get_param_value("next_token")
                           : request.get_param_value("pagination_token");
    if (!token.empty()) {
      high = std::min(high, std::stoi(token.substr(4)));
    }
    std::string data;
    int id = high;
    int kept = 0;
    for (; id >= low && kept < m_page_size; --id) {
      data += (kept++ == 0 ? "" : ",") + tweet_json(id);
    }
    std::string body;
    if (kept == 0) {
      body = R"({"meta":{"result_count":0}})";
    } else {
      body =
          R"({"data":[)" + data + R"(],"includes":{"users":[)" + user_json() +
          R"(,{"id":"43","username":"partner","name":"Partner","public_metrics":)"
          R"({"followers_count":800,"following_count":300,"tweet_count":999,"listed_count":4}}]},)"
          R"("meta":{"newest_id":")" +
          std::to_string(high) + R"(","oldest_id":")" + std::to_string(id + 1) +
          R"(","result_count":)" + std::to_string(kept) +
          (id >= low ? R"(,"next_token":"tok-)" + std::to_string(id) + "\"" : std::string()) + "}}";
    }
    {
      const std::lock_guard lock(m_mutex);
      if (kept > 0) {
        m_pages.push_back(body);
      }
    }
    response.set_content(body, "application/json");
  }

  int m_page_size;
  mutable std::mutex m_mutex;
  std::vector<std::string> m_pages;
  // Last, so it is destroyed first: its destructor joins the handler threads, which still use
  // the members above and the base's log and switches (a silent handler outlives the test's run).
  LoopbackServer m_loopback;
};

} // namespace sociometer::test
