// SPDX-License-Identifier: Apache-2.0
#include "sociometer/fetch/x_client.hpp"

#include <nlohmann/json.hpp>

#include "sociometer/error.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::fetch {
namespace {

// The fields and expansions twarc2 2.14 requests, so a page holds what a twarc2 capture holds.
constexpr const char *k_tweet_fields =
    "attachments,author_id,context_annotations,conversation_id,created_at,entities,geo,id,"
    "in_reply_to_user_id,lang,public_metrics,text,possibly_sensitive,referenced_tweets,"
    "reply_settings,source,withheld,edit_controls,edit_history_tweet_ids";
constexpr const char *k_expansions =
    "author_id,in_reply_to_user_id,referenced_tweets.id,referenced_tweets.id.author_id,"
    "entities.mentions.username,attachments.poll_ids,attachments.media_keys,geo.place_id,"
    "edit_history_tweet_ids";
constexpr const char *k_user_fields =
    "created_at,description,entities,id,location,name,pinned_tweet_id,profile_image_url,"
    "protected,public_metrics,url,username,verified,verified_type,withheld";
constexpr const char *k_media_fields =
    "alt_text,duration_ms,height,media_key,preview_image_url,public_metrics,type,url,variants,"
    "width";

std::string fields_query() {
  return std::string("tweet.fields=") + url_encode(k_tweet_fields) +
         "&expansions=" + url_encode(k_expansions) + "&user.fields=" + url_encode(k_user_fields) +
         "&media.fields=" + url_encode(k_media_fields);
}

// The `title: detail` of an X error response, or empty.
std::string problem_of(const nlohmann::json &body) {
  const auto text = [](const nlohmann::json &object, const char *key) {
    return object.is_object() && object.contains(key) && object[key].is_string()
               ? object[key].get<std::string>()
               : std::string();
  };
  auto source = body;
  if (body.is_object() && body.contains("errors") && body["errors"].is_array() &&
      !body["errors"].empty()) {
    source = body["errors"].front();
  }
  auto title = text(source, "title");
  auto detail = text(source, "detail");
  if (detail.empty()) {
    detail = text(source, "message");
  }
  return title.empty() ? detail : (detail.empty() ? title : title + ": " + detail);
}

[[noreturn]] void refuse(long status, const std::string &body, const std::string &shown_url) {
  std::string detail;
  try {
    detail = problem_of(nlohmann::json::parse(body));
  } catch (const nlohmann::json::exception &) { // NOLINT(bugprone-empty-catch): no JSON detail
  }
  const auto message =
      shown_url + ": HTTP " + std::to_string(status) + (detail.empty() ? "" : ": " + detail);
  if (status == 401 || status == 403) {
    throw Error(ErrorKind::network, message,
                "check the bearer token ($SOCIOMETER_X_BEARER_TOKEN or the tokens file, "
                "docs/secrets.md) and its access level");
  }
  throw Error(ErrorKind::network, message);
}

// `body` (one JSON object) with `"__twarc": {...}` added as twarc2 does, on one line; the API's
// bytes are kept as they are unless they span lines.
std::string twarc_line(const std::string &body, const nlohmann::json &parsed,
                       const std::string &shown_url) {
  const nlohmann::json twarc = {{"url", shown_url},
                                {"version", "sociometer"},
                                {"retrieved_at", util::format_rfc3339(util::report_clock_now())}};
  if (body.find_first_of("\r\n") != std::string::npos) {
    auto copy = parsed;
    copy["__twarc"] = twarc;
    return copy.dump();
  }
  const auto close = body.find_last_of('}');
  const bool empty = parsed.empty();
  return body.substr(0, close) + (empty ? "" : ",") + "\"__twarc\":" + twarc.dump() + "}";
}

} // namespace

XClient::XClient(net::HttpClient &http, std::string api_base, std::string token)
    : m_http(http), m_api_base(std::move(api_base)), m_token(std::move(token)) {}

std::string XClient::get(const std::string &url, std::string &shown_url) {
  shown_url = net::redact_url(url);
  auto response = get_json(m_http, url, m_token);
  if (response.status != 200) {
    refuse(response.status, response.body, shown_url);
  }
  return std::move(response.body);
}

XUser XClient::lookup_user(const std::string &username) {
  XUser user;
  const auto body = get(m_api_base + "/2/users/by/username/" + url_encode(username) +
                            "?user.fields=" + url_encode(k_user_fields),
                        user.url);
  nlohmann::json parsed;
  try {
    parsed = nlohmann::json::parse(body);
  } catch (const nlohmann::json::exception &error) {
    throw Error(ErrorKind::network, user.url + ": not JSON (" + std::string(error.what()) + ")");
  }
  if (!parsed.is_object() || !parsed.contains("data") || !parsed["data"].is_object() ||
      !parsed["data"].contains("id") || !parsed["data"]["id"].is_string()) {
    const auto problem = parsed.is_object() ? problem_of(parsed) : std::string();
    throw Error(ErrorKind::input,
                "X has no user @" + username + (problem.empty() ? "" : " (" + problem + ")"),
                "check the user name (without @)");
  }
  user.id = parsed["data"]["id"].get<std::string>();
  // twarc2 `users` writes a lookup as a page whose `data` is a list of users.
  auto page = nlohmann::json::object();
  page["data"] = nlohmann::json::array({parsed["data"]});
  user.body = twarc_line(page.dump(), page, user.url);
  return user;
}

Profile XClient::profile(const std::string &username) {
  const auto line = nlohmann::json::parse(lookup_user(username).body);
  const auto &user = line["data"].front();
  const auto metrics = user.value("public_metrics", nlohmann::json::object());
  const auto count = [&](const char *key) -> std::optional<std::int64_t> {
    return metrics.contains(key) && metrics[key].is_number_integer()
               ? std::optional(metrics[key].get<std::int64_t>())
               : std::nullopt;
  };
  Profile profile;
  profile.native_id = user["id"].get<std::string>();
  profile.handle = user.value("username", username);
  profile.display_name = user.value("name", std::string());
  profile.followers = count("followers_count");
  profile.following = count("following_count");
  profile.posts = count("tweet_count");
  return profile;
}

FetchedPage XClient::page(const XPageRequest &request) {
  std::string url = m_api_base;
  if (request.user_id.empty()) {
    url += "/2/tweets/search/recent?query=" + url_encode(request.query);
  } else {
    url += "/2/users/" + url_encode(request.user_id) + "/tweets?";
  }
  url += (request.user_id.empty() ? "&" : "") + std::string("max_results=") +
         std::to_string(k_page_size) + "&" + fields_query();
  if (!request.since_id.empty()) {
    url += "&since_id=" + url_encode(request.since_id);
  }
  if (!request.until_id.empty()) {
    url += "&until_id=" + url_encode(request.until_id);
  }
  if (request.start_time) {
    url += "&start_time=" + url_encode(util::format_rfc3339(*request.start_time));
  }
  if (!request.next_token.empty()) {
    // Search pages with `next_token`, timelines with `pagination_token` (same value).
    url += (request.user_id.empty() ? "&next_token=" : "&pagination_token=") +
           url_encode(request.next_token);
  }
  FetchedPage result;
  const auto body = get(url, result.url);
  nlohmann::json parsed;
  try {
    parsed = nlohmann::json::parse(body);
  } catch (const nlohmann::json::exception &error) {
    throw Error(ErrorKind::network, result.url + ": the page is not JSON (" +
                                        std::string(error.what()) + "); nothing of it was stored");
  }
  if (!parsed.is_object() || (parsed.contains("data") && !parsed["data"].is_array())) {
    throw Error(ErrorKind::network, result.url + ": not an X API v2 page of tweets");
  }
  if (!parsed.contains("data") && !parsed.contains("meta")) {
    const auto problem = problem_of(parsed);
    throw Error(ErrorKind::network,
                result.url + ": no tweets and no `meta`" + (problem.empty() ? "" : ": " + problem));
  }
  for (const auto &tweet : parsed.value("data", nlohmann::json::array())) {
    if (!tweet.is_object() || !tweet.contains("id") || !tweet["id"].is_string()) {
      throw Error(ErrorKind::network, result.url + ": a tweet without an id");
    }
    ItemStub stub;
    stub.id = tweet["id"].get<std::string>();
    if (tweet.contains("created_at") && tweet["created_at"].is_string()) {
      stub.created_at = util::parse_iso8601(tweet["created_at"].get<std::string>());
    }
    result.items.push_back(std::move(stub));
  }
  if (parsed.contains("meta") && parsed["meta"].is_object() &&
      parsed["meta"].contains("next_token") && parsed["meta"]["next_token"].is_string()) {
    result.older = parsed["meta"]["next_token"].get<std::string>();
  }
  if (!result.items.empty()) {
    result.body = twarc_line(body, parsed, result.url);
  }
  return result;
}

} // namespace sociometer::fetch
