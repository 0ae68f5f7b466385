// SPDX-License-Identifier: Apache-2.0
// Both formats are read into CampaignSpec by their own reader with the same checks, so a JSON file
// and its TOML translation import identically. Unknown keys are errors: a misspelt `hashtag`
// would otherwise leave a campaign silently without its hashtags.
#include "sociometer/app/campaign_file.hpp"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <toml++/toml.h>

#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::app {
namespace {

constexpr std::string_view k_keys =
    "name, from, to, hashtags, keywords, urls, cta_urls, description";
const std::set<std::string, std::less<>> k_known_keys = {
    "name", "from", "to", "hashtags", "keywords", "urls", "cta_urls", "description"};
constexpr std::string_view k_hint = "see the campaign file format in docs/output.md";

[[noreturn]] void fail(const std::string &where, const std::string &message) {
  throw Error(ErrorKind::input, where + message, std::string(k_hint));
}

std::string read_all(const std::string &path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    throw Error(ErrorKind::io, path + ": cannot open");
  }
  std::ostringstream content;
  content << stream.rdbuf();
  if (stream.bad()) {
    throw Error(ErrorKind::io, path + ": cannot read");
  }
  return content.str();
}

void check_date(const std::string &text, const std::string &where, std::string_view key) {
  if (!text.empty() && !util::parse_date(text)) {
    fail(where, std::string(key) + " '" + text + "': expected a date YYYY-MM-DD");
  }
}

void sort_keywords(CampaignSpec &spec) {
  std::stable_sort(spec.keywords.begin(), spec.keywords.end(),
                   [](const auto &a, const auto &b) { return a.first < b.first; });
}

// --- JSON ---------------------------------------------------------------------------------------

// 1-based line of byte `offset` (nlohmann reports syntax errors by byte).
std::size_t line_of(std::string_view content, std::size_t offset) {
  offset = std::min(offset, content.size());
  return 1 + static_cast<std::size_t>(std::count(
                 content.begin(), content.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

std::vector<std::string> json_strings(const nlohmann::json &value, const std::string &where,
                                      const std::string &key) {
  if (!value.is_array()) {
    fail(where, key + ": expected an array of strings");
  }
  std::vector<std::string> result;
  for (const auto &item : value) {
    if (!item.is_string()) {
      fail(where, key + ": expected an array of strings");
    }
    result.push_back(item.get<std::string>());
  }
  return result;
}

std::vector<CampaignSpec> read_json(const std::string &path, const std::string &content) {
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(content);
  } catch (const nlohmann::json::parse_error &error) {
    // what() reads "[json.exception.parse_error.101] parse error at line 3, column 5: ..."
    std::string message = error.what();
    if (const auto colon = message.find(": "); colon != std::string::npos) {
      message.erase(0, colon + 2);
    }
    fail(path + ":" + std::to_string(line_of(content, error.byte == 0 ? 0 : error.byte - 1)) + ": ",
         "JSON: " + message);
  } catch (const nlohmann::json::out_of_range &error) {
    // Only a number beyond double's range ("number overflow parsing '1E400'") gets here; the
    // exception has no offset, so the line is where that number's text first occurs.
    const std::string message = error.what();
    const auto open = message.find('\'');
    const auto close = message.rfind('\'');
    if (open >= close) {
      fail(path + ": ", "JSON: number out of range");
    }
    const auto number = message.substr(open + 1, close - open - 1);
    const auto at = content.find(number);
    fail(path + ":" + std::to_string(line_of(content, at == std::string::npos ? 0 : at)) + ": ",
         "JSON: number out of range: '" + number + "'");
  }
  if (!document.is_object() || !document.contains("campaigns") ||
      !document["campaigns"].is_array()) {
    fail(path + ": ", "expected an object with a \"campaigns\" array");
  }
  std::vector<CampaignSpec> specs;
  const auto &list = document["campaigns"];
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto &item = list[i];
    CampaignSpec spec;
    spec.where = path + ": campaigns[" + std::to_string(i) + "]: ";
    if (!item.is_object()) {
      fail(spec.where, "expected an object");
    }
    for (const auto &[key, value] : item.items()) {
      if (k_known_keys.count(key) == 0) {
        fail(spec.where, "unknown key '" + key + "' (expected " + std::string(k_keys) + ")");
      }
      if (key == "name" || key == "from" || key == "to" || key == "description") {
        if (!value.is_string()) {
          fail(spec.where, key + ": expected a string");
        }
      }
    }
    spec.name = item.value("name", "");
    spec.from = item.value("from", "");
    spec.to = item.value("to", "");
    check_date(spec.from, spec.where, "from");
    check_date(spec.to, spec.where, "to");
    if (item.contains("hashtags")) {
      spec.hashtags = json_strings(item["hashtags"], spec.where, "hashtags");
    }
    if (item.contains("urls")) {
      spec.urls = json_strings(item["urls"], spec.where, "urls");
    }
    if (item.contains("cta_urls")) {
      spec.cta_urls = json_strings(item["cta_urls"], spec.where, "cta_urls");
    }
    if (item.contains("keywords")) {
      const auto &keywords = item["keywords"];
      if (!keywords.is_object()) {
        fail(spec.where, "keywords: expected an object of language: [phrases]");
      }
      for (const auto &[lang, words] : keywords.items()) {
        for (auto &word : json_strings(words, spec.where, "keywords." + lang)) {
          spec.keywords.emplace_back(lang, std::move(word));
        }
      }
    }
    sort_keywords(spec);
    specs.push_back(std::move(spec));
  }
  return specs;
}

// --- TOML ---------------------------------------------------------------------------------------

std::string at_line(const std::string &path, const toml::node &node) {
  return path + ":" + std::to_string(node.source().begin.line) + ": ";
}

std::vector<std::string> toml_strings(const toml::node &value, const std::string &path,
                                      const std::string &key) {
  const auto *array = value.as_array();
  if (array == nullptr) {
    fail(at_line(path, value), key + ": expected an array of strings");
  }
  std::vector<std::string> result;
  for (const auto &item : *array) {
    const auto *text = item.as_string();
    if (text == nullptr) {
      fail(at_line(path, item), key + ": expected an array of strings");
    }
    result.push_back(text->get());
  }
  return result;
}

// `from`/`to` as a TOML date (2024-03-01) or a string ("2024-03-01").
std::string toml_day(const toml::node &value, const std::string &path, std::string_view key) {
  if (const auto *text = value.as_string()) {
    check_date(text->get(), at_line(path, value), key);
    return text->get();
  }
  if (const auto *date = value.as_date()) {
    const auto &day = date->get();
    const std::chrono::year_month_day ymd{std::chrono::year{day.year},
                                          std::chrono::month{day.month}, std::chrono::day{day.day}};
    return util::format_date(ymd);
  }
  fail(at_line(path, value), std::string(key) + ": expected a date YYYY-MM-DD");
}

std::vector<CampaignSpec> read_toml(const std::string &path, const std::string &content) {
  toml::table document;
  try {
    document = toml::parse(content, path);
  } catch (const toml::parse_error &error) {
    fail(path + ":" + std::to_string(error.source().begin.line) + ": ",
         "TOML: " + std::string(error.description()));
  }
  const auto *campaigns = document.get("campaigns");
  const auto *list = campaigns != nullptr ? campaigns->as_array() : nullptr;
  if (list == nullptr) {
    fail(campaigns != nullptr ? at_line(path, *campaigns) : path + ": ",
         "expected [[campaigns]] tables");
  }
  for (const auto &[key, value] : document) {
    if (key.str() != "campaigns") {
      fail(at_line(path, value), "unknown key '" + std::string(key.str()) +
                                     "' (a campaign file holds [[campaigns]] tables only)");
    }
  }
  std::vector<CampaignSpec> specs;
  for (const auto &node : *list) {
    const auto *item = node.as_table();
    if (item == nullptr) {
      fail(at_line(path, node), "campaigns: expected a table");
    }
    CampaignSpec spec;
    spec.where = at_line(path, node);
    for (const auto &[key, value] : *item) {
      const std::string name(key.str());
      if (k_known_keys.count(name) == 0) {
        fail(at_line(path, value),
             "unknown key '" + name + "' (expected " + std::string(k_keys) + ")");
      }
      if (name == "name" || name == "description") {
        const auto *text = value.as_string();
        if (text == nullptr) {
          fail(at_line(path, value), name + ": expected a string");
        }
        if (name == "name") {
          spec.name = text->get();
        }
      } else if (name == "from") {
        spec.from = toml_day(value, path, "from");
      } else if (name == "to") {
        spec.to = toml_day(value, path, "to");
      } else if (name == "hashtags") {
        spec.hashtags = toml_strings(value, path, name);
      } else if (name == "urls") {
        spec.urls = toml_strings(value, path, name);
      } else if (name == "cta_urls") {
        spec.cta_urls = toml_strings(value, path, name);
      } else if (name == "keywords") {
        const auto *table = value.as_table();
        if (table == nullptr) {
          fail(at_line(path, value), "keywords: expected a table of language = [phrases]");
        }
        for (const auto &[lang, words] : *table) {
          for (auto &word : toml_strings(words, path, "keywords." + std::string(lang.str()))) {
            spec.keywords.emplace_back(std::string(lang.str()), std::move(word));
          }
        }
      }
    }
    sort_keywords(spec);
    specs.push_back(std::move(spec));
  }
  return specs;
}

std::string lower_extension(const std::string &path) {
  const auto slash = path.find_last_of('/');
  const auto dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
    return {};
  }
  return util::ascii_lower(path.substr(dot + 1));
}

} // namespace

CampaignFileFormat campaign_file_format(const std::string &path, std::string_view content) {
  const auto extension = lower_extension(path);
  if (extension == "toml") {
    return CampaignFileFormat::toml;
  }
  if (extension == "json") {
    return CampaignFileFormat::json;
  }
  if (content.substr(0, 3) == "\xEF\xBB\xBF") {
    content.remove_prefix(3);
  }
  const auto first = content.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && content[first] == '{' ? CampaignFileFormat::json
                                                                  : CampaignFileFormat::toml;
}

std::vector<CampaignSpec> read_campaign_file(const std::string &path) {
  auto content = read_all(path);
  const auto format = campaign_file_format(path, content);
  if (content.substr(0, 3) == "\xEF\xBB\xBF") {
    content.erase(0, 3); // a BOM left by an editor is not part of either syntax
  }
  return format == CampaignFileFormat::json ? read_json(path, content) : read_toml(path, content);
}

} // namespace sociometer::app
