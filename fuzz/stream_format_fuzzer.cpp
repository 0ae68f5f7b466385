// SPDX-License-Identifier: Apache-2.0
// Any bytes through one stream parser chosen by the first byte, whatever the detector would say:
// Mastodon REST, Bluesky, Meta DYI single files (Facebook, Instagram), Meta post and page CSVs
// (Facebook, Instagram) and a mapped CSV. Each parser then sees inputs its own sniff would turn
// away (the ingest target covers detection). The rest of the bytes is the file.
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>

#include "fuzz_support.hpp"
#include "ingest/formats.hpp"
#include "sociometer/error.hpp"

namespace {

using namespace sociometer;
using Source = std::unique_ptr<ingest::ByteSource>;
using Factory = std::function<std::unique_ptr<ingest::Input>(Source, const ingest::InputOptions &)>;

// The column map of the LinkedIn fixture (tests/fixtures/csv/linkedin-map.txt), in flag form.
constexpr const char *k_column_map =
    "Post link=id,Post link=url,Created date=created_at,Post title=text,Posted by=author,"
    "Impressions=impressions,Likes=likes,Comments=replies,Reposts=reposts,Clicks=link_clicks";

const std::array<Factory, 8> &factories() {
  static const std::array<Factory, 8> table = {
      [](Source s, const ingest::InputOptions &) {
        return ingest::make_mastodon_rest_input(std::move(s));
      },
      [](Source s, const ingest::InputOptions &) {
        return ingest::make_bluesky_input(std::move(s));
      },
      [](Source s, const ingest::InputOptions &o) {
        return ingest::make_meta_dyi_file_input(std::move(s), Platform::facebook, o);
      },
      [](Source s, const ingest::InputOptions &o) {
        return ingest::make_meta_dyi_file_input(std::move(s), Platform::instagram, o);
      },
      [](Source s, const ingest::InputOptions &o) {
        return ingest::make_meta_post_csv_input(std::move(s), Platform::facebook, o);
      },
      [](Source s, const ingest::InputOptions &o) {
        return ingest::make_meta_post_csv_input(std::move(s), Platform::instagram, o);
      },
      [](Source s, const ingest::InputOptions &o) {
        return ingest::make_meta_page_csv_input(std::move(s), Platform::facebook, o);
      },
      [](Source s, const ingest::InputOptions &o) {
        auto options = o;
        options.column_map = k_column_map;
        options.platform = Platform::other;
        return ingest::make_mapped_csv_input(std::move(s), options);
      },
  };
  return table;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  if (size == 0) {
    return 0;
  }
  const auto &factory = factories()[data[0] % factories().size()];
  const auto path = fuzz::write_input_file(data + 1, size - 1);
  ingest::InputOptions options;
  options.owner_handle = "fuzz_org"; // the author of files that name none
  try {
    auto input = factory(std::make_unique<ingest::ByteSource>(path), options);
    fuzz::DiscardTarget target;
    input->parse(target);
  } catch (const Error &) {
    // A clear refusal of a bad input: expected.
  }
  return 0;
}
