// SPDX-License-Identifier: Apache-2.0
// The campaign definitions file of `campaign import` (docs/output.md): JSON or TOML of the same
// shape, so that analysts can keep their causes in version control in the format they prefer.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sociometer::app {

// One campaign as a file or the flags of `campaign add` write it, before normalisation (hashtags,
// keywords and dates are interpreted by app::normalise_campaign, the same way for both).
struct CampaignSpec {
  std::string name;
  std::string from; // first day YYYY-MM-DD, or empty
  std::string to;   // last day YYYY-MM-DD (inclusive), or empty
  std::vector<std::string> hashtags;
  std::vector<std::pair<std::string, std::string>> keywords; // (language or "*", phrase)
  std::vector<std::string> urls;
  std::vector<std::string> cta_urls;
  // `FILE:LINE: ` (TOML) or `FILE: campaigns[N]: ` (JSON), for messages; empty for flags
  std::string where;
};

enum class CampaignFileFormat { json, toml };

// `.toml` or `.json` by the extension (any case); otherwise by the content: a document whose
// first character (after a BOM and white space) is `{` is JSON, anything else TOML.
[[nodiscard]] CampaignFileFormat campaign_file_format(const std::string &path,
                                                      std::string_view content);

// Reads and validates `path`. Keywords come sorted by language, phrases in file order. Throws
// Error(input) naming the file and the line for syntax errors (and, in TOML, for wrong values),
// the file and the entry for wrong values in JSON, and Error(io) when the file cannot be read.
[[nodiscard]] std::vector<CampaignSpec> read_campaign_file(const std::string &path);

} // namespace sociometer::app
