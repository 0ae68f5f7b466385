// SPDX-License-Identifier: Apache-2.0
// A Mastodon server on 127.0.0.1 for the fetch tests: one account `org` with statuses 1..N
// (status i created on day i of 2024), the REST endpoints `fetch mastodon` uses with `max_id` /
// `min_id` and `Link` pagination as Mastodon gives it, and misbehaviour on cue.
#pragma once

#include <algorithm>
#include <atomic>
#include <string>
#include <vector>

#include "standin.hpp"

namespace sociometer::test {

class MastodonStandIn final : public StandIn {
public:
  explicit MastodonStandIn(int status_count) : StandIn(status_count, answers()) {
    auto &server = m_loopback.server();
    server.Get("/api/v1/accounts/lookup",
               [this](const httplib::Request &request, httplib::Response &response) {
                 record(request);
                 if (request.get_param_value("acct") != "org") {
                   response.status = 404;
                   response.set_content(R"({"error":"Record not found"})", "application/json");
                   return;
                 }
                 response.set_content(account_json(), "application/json");
               });
    server.Get("/api/v1/accounts/42/statuses",
               [this](const httplib::Request &request, httplib::Response &response) {
                 statuses(request, response);
               });
    m_loopback.start();
  }

  [[nodiscard]] std::string url() const override { return m_loopback.base_url(); }
  // The statuses of @org.
  [[nodiscard]] std::vector<std::string> source_args() const override {
    return {"mastodon", "--instance", url(), "--account", "@org"};
  }

  // The followers the account lookup reports (a profile snapshot reads it).
  std::atomic<int> followers{1250};

  static std::string status_json(int id, const std::string &base) {
    const auto day = std::to_string(100 + (id - 1) % 28 + 1).substr(1);
    const auto month = std::to_string(100 + (id - 1) / 28 % 12 + 1).substr(1);
    return R"({"id":")" + std::to_string(id) + R"(","created_at":"2024-)" + month + "-" + day +
           R"(T10:00:00.000Z","in_reply_to_id":null,"in_reply_to_account_id":null,)"
           R"("sensitive":false,"spoiler_text":"","visibility":"public","language":"en",)"
           R"("uri":")" +
           base + "/users/org/statuses/" + std::to_string(id) +
           R"(",)"
           R"("url":")" +
           base + "/@org/" + std::to_string(id) +
           R"(",)"
           R"("replies_count":1,"reblogs_count":2,"favourites_count":)" +
           std::to_string(id) + R"(,"edited_at":null,"content":"<p>Post )" + std::to_string(id) +
           R"( #water</p>","reblog":null,"account":)" + account_json_for(base) +
           R"(,"media_attachments":[],"mentions":[],"tags":[{"name":"water"}],"emojis":[],)"
           R"("card":null,"poll":null})";
  }

private:
  // A 429 with Retry-After 1; the broken page is cut in a status's ID.
  static Answers answers() {
    return {[](httplib::Response &response) { response.set_header("Retry-After", "1"); }, "",
            "[{\"id\":\"broken"};
  }

  static std::string account_json_for(const std::string &base, int followers = 1250) {
    return R"({"id":"42","username":"org","acct":"org","display_name":"Org","url":")" + base +
           R"(/@org","created_at":"2022-11-07T00:00:00.000Z","followers_count":)" +
           std::to_string(followers) +
           R"(,"following_count":10,"statuses_count":99,"bot":false,"locked":false})";
  }
  std::string account_json() const { return account_json_for(url(), followers); }

  // Mastodon's order: newest first; max_id: below it; min_id: the page just above it.
  void statuses(const httplib::Request &request, httplib::Response &response) {
    if (misbehaved(request, response)) {
      return;
    }
    const int limit = request.has_param("limit") ? std::stoi(request.get_param_value("limit")) : 20;
    const int newest = count();
    int high = newest;
    int low = 1;
    if (request.has_param("max_id")) {
      high = std::min(newest, std::stoi(request.get_param_value("max_id")) - 1);
      low = std::max(1, high - limit + 1);
    } else if (request.has_param("min_id")) {
      low = std::stoi(request.get_param_value("min_id")) + 1;
      high = std::min(newest, low + limit - 1);
    } else {
      low = std::max(1, high - limit + 1);
    }
    std::string body = "[";
    for (int id = high; id >= low; --id) {
      body += (id == high ? "" : ",") + status_json(id, url());
    }
    body += "]";
    if (high >= low) {
      const auto path = url() + request.path + "?limit=" + std::to_string(limit);
      response.set_header("Link", "<" + path + "&max_id=" + std::to_string(low) +
                                      ">; rel=\"next\", <" + path +
                                      "&min_id=" + std::to_string(high) + ">; rel=\"prev\"");
    }
    response.set_content(body, "application/json");
  }

  // Last, so it is destroyed first: its destructor joins the handler threads, which still use
  // the members above and the base's log and switches (a silent handler outlives the test's run).
  LoopbackServer m_loopback;
};

} // namespace sociometer::test
