// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "sociometer/error.hpp"
#include "sociometer/fetch/mastodon_client.hpp"

using namespace sociometer;

TEST_CASE("Mastodon: Link header URLs by relation", "[fetch][mastodon]") {
  const std::string link = "<https://m.example/api/v1/accounts/1/statuses?max_id=105>; "
                           "rel=\"next\", <https://m.example/api/v1/accounts/1/statuses?min_id="
                           "110>; rel=\"prev\"";
  CHECK(fetch::link_url(link, "next") == "https://m.example/api/v1/accounts/1/statuses?max_id=105");
  CHECK(fetch::link_url(link, "prev") == "https://m.example/api/v1/accounts/1/statuses?min_id=110");
  CHECK(fetch::link_url(link, "last").empty());
  CHECK(fetch::link_url("", "next").empty());
  CHECK(fetch::link_url("<https://broken", "next").empty());
}

TEST_CASE("Mastodon: IDs compare as numbers of any length", "[fetch][mastodon]") {
  CHECK(fetch::compare_ids("99", "100") < 0);
  CHECK(fetch::compare_ids("113000000000000001", "112999999999999999") > 0);
  CHECK(fetch::compare_ids("42", "42") == 0);
}

TEST_CASE("Mastodon: --instance made canonical, or refused", "[fetch][mastodon]") {
  CHECK(fetch::normalise_instance("Mastodon.Social/") == "https://mastodon.social");
  CHECK(fetch::normalise_instance("http://127.0.0.1:8080") == "http://127.0.0.1:8080");
  CHECK_THROWS_AS(fetch::normalise_instance("ftp://x.example"), Error);
  CHECK_THROWS_AS(fetch::normalise_instance("https://x.example/@user"), Error);
  CHECK_THROWS_AS(fetch::normalise_instance("https://"), Error);
}
