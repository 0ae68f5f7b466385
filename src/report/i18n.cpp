// SPDX-License-Identifier: Apache-2.0
#include "i18n.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <toml++/toml.h>

#include "locale_format.hpp"
#include "sociometer/error.hpp"
#include "sociometer/report/renderer.hpp"

namespace sociometer::report {
namespace {

constexpr std::string_view k_plural_categories[] = {"zero", "one", "two", "few", "many", "other"};

bool is_plural_category(std::string_view key) {
  return std::find(std::begin(k_plural_categories), std::end(k_plural_categories), key) !=
         std::end(k_plural_categories);
}

// One entry of a catalog: a text, or the forms of a plural text by category.
struct Entry {
  std::string text;
  std::map<std::string, std::string, std::less<>> forms; // non-empty: a plural text
};
using Entries = std::map<std::string, Entry, std::less<>>;

// A table whose keys are all plural categories is one plural text; other tables nest keys.
bool is_plural_table(const toml::table &table) {
  return !table.empty() && std::all_of(table.begin(), table.end(), [](const auto &item) {
    return is_plural_category(item.first.str()) && item.second.is_string();
  });
}

void flatten(const toml::table &table, const std::string &prefix, Entries &entries,
             std::vector<std::string> &problems) {
  for (const auto &[key, node] : table) {
    const auto name = prefix + std::string(key.str());
    if (const auto *text = node.as_string()) {
      entries[name].text = text->get();
    } else if (const auto *inner = node.as_table(); inner != nullptr && is_plural_table(*inner)) {
      for (const auto &[category, form] : *inner) {
        entries[name].forms[std::string(category.str())] = form.as_string()->get();
      }
    } else if (inner != nullptr) {
      flatten(*inner, name + ".", entries, problems);
    } else {
      problems.push_back(name + ": not a text");
    }
  }
}

Entries parse_catalog(std::string_view text, std::string_view code,
                      std::vector<std::string> &problems) {
  Entries entries;
  try {
    const auto document = toml::parse(text, std::string(code) + ".toml");
    flatten(document, "", entries, problems);
  } catch (const toml::parse_error &error) {
    problems.push_back(std::string(code) + ".toml: " + std::string(error.description()));
  }
  return entries;
}

// The {names} a text uses.
std::set<std::string> placeholders(std::string_view text) {
  std::set<std::string> names;
  for (auto open = text.find('{'); open != std::string_view::npos;
       open = text.find('{', open + 1)) {
    const auto close = text.find('}', open);
    if (close == std::string_view::npos) {
      break;
    }
    names.emplace(text.substr(open + 1, close - open - 1));
  }
  return names;
}

std::set<std::string> placeholders(const Entry &entry) {
  if (entry.forms.empty()) {
    return placeholders(entry.text);
  }
  std::set<std::string> names;
  for (const auto &[category, form] : entry.forms) {
    names.merge(placeholders(form));
  }
  return names;
}

std::string joined(const std::set<std::string> &names) {
  std::string text;
  for (const auto &name : names) {
    text += (text.empty() ? "{" : ", {") + name + "}";
  }
  return text.empty() ? "none" : text;
}

void check_plural(const std::string &key, const Entry &entry, const LocaleFormats &formats,
                  std::vector<std::string> &problems) {
  if (!entry.forms.contains("other")) {
    problems.push_back(key + ": a plural text needs an \"other\" form");
  }
  // The forms the counts of a report reach (0 to 1000) must be written; others (the "many" of
  // French, for millions) fall back to "other".
  std::set<std::string> reached;
  for (std::int64_t count = 0; count <= 1000; ++count) {
    reached.insert(formats.plural_category(count));
  }
  for (const auto &category : reached) {
    if (!entry.forms.contains(category)) {
      problems.push_back(key + ": the plural form \"" + category + "\" is missing");
    }
  }
  const auto categories = formats.plural_categories();
  for (const auto &[category, form] : entry.forms) {
    if (std::find(categories.begin(), categories.end(), category) == categories.end()) {
      problems.push_back(key + ": the language has no plural form \"" + category + "\"");
    }
  }
}

std::string replaced(std::string_view text, TextArgs args, std::string_view key) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto open = text.find('{', at);
    const auto close = open == std::string_view::npos ? open : text.find('}', open);
    if (close == std::string_view::npos) {
      out += text.substr(at);
      break;
    }
    out += text.substr(at, open - at);
    const auto name = text.substr(open + 1, close - open - 1);
    const auto *arg = std::find_if(args.begin(), args.end(),
                                   [&](const auto &pair) { return pair.first == name; });
    if (arg == args.end()) {
      throw Error(ErrorKind::internal,
                  "report text " + std::string(key) + ": no value for {" + std::string(name) + "}");
    }
    out += arg->second;
    at = close + 1;
  }
  return out;
}

void compare_entry(const std::string &key, const Entry &english, const Entry &entry,
                   const LocaleFormats &formats, std::vector<std::string> &problems) {
  if (english.forms.empty() != entry.forms.empty()) {
    problems.push_back(key + (english.forms.empty() ? ": a single text in English, plural here"
                                                    : ": a plural text in English, single here"));
    return;
  }
  if (!entry.forms.empty()) {
    check_plural(key, entry, formats, problems);
  }
  const auto expected = placeholders(english);
  const auto used = placeholders(entry);
  // A plural form may leave {count} out ("un seul compte"); no text may add a placeholder.
  auto without_count = expected;
  without_count.erase("count");
  if (used != expected && !(!entry.forms.empty() && used == without_count)) {
    problems.push_back(key + ": placeholders " + joined(used) + ", English has " +
                       joined(expected));
  }
}

} // namespace

std::vector<std::string> catalog_problems(std::string_view english, std::string_view text,
                                          std::string_view code) {
  std::vector<std::string> problems;
  const auto reference = parse_catalog(english, "en", problems);
  const auto entries = parse_catalog(text, code, problems);
  const LocaleFormats formats(code);
  for (const auto &[key, entry] : reference) {
    const auto found = entries.find(key);
    if (found == entries.end()) {
      problems.push_back(key + ": missing");
    } else {
      compare_entry(key, entry, found->second, formats, problems);
    }
  }
  for (const auto &[key, entry] : entries) {
    if (!reference.contains(key)) {
      problems.push_back(key + ": not in en.toml");
    }
  }
  return problems;
}

std::vector<std::string> report_languages() {
  // English first, the default; then the others in code order.
  std::vector<std::string> codes{"en"};
  for (const auto &catalog : embedded_catalogs()) {
    if (catalog.code != "en") {
      codes.emplace_back(catalog.code);
    }
  }
  return codes;
}

struct Language::Impl {
  std::string code;
  Entries entries;
  std::unique_ptr<LocaleFormats> formats;
};

Language::Language(std::string_view code) {
  const auto &catalogs = embedded_catalogs();
  const auto source = std::find_if(catalogs.begin(), catalogs.end(),
                                   [&](const CatalogSource &c) { return c.code == code; });
  if (source == catalogs.end()) {
    std::string known;
    for (const auto &catalog : catalogs) {
      known += (known.empty() ? "" : ", ") + std::string(catalog.code);
    }
    throw Error(ErrorKind::usage, "--lang " + std::string(code) + ": no report in that language",
                "use one of: " + known);
  }
  auto impl = std::make_shared<Impl>();
  impl->code = std::string(code);
  std::vector<std::string> problems;
  impl->entries = parse_catalog(source->text, code, problems);
  if (!problems.empty()) {
    throw Error(ErrorKind::internal, "the report's " + impl->code + " texts: " + problems.front());
  }
  impl->formats = std::make_unique<LocaleFormats>(code);
  m_impl = std::move(impl);
}

const std::string &Language::code() const { return m_impl->code; }

bool Language::right_to_left() const { return m_impl->code == "ar"; }

std::string Language::text(std::string_view key, TextArgs args) const {
  const auto found = m_impl->entries.find(key);
  if (found == m_impl->entries.end() || !found->second.forms.empty()) {
    throw Error(ErrorKind::internal,
                "the report's " + m_impl->code + " texts have no text " + std::string(key));
  }
  return replaced(found->second.text, args, key);
}

bool Language::has_text(std::string_view key) const {
  const auto found = m_impl->entries.find(key);
  return found != m_impl->entries.end() && found->second.forms.empty();
}

std::string Language::plural(std::string_view key, std::int64_t count) const {
  const auto found = m_impl->entries.find(key);
  if (found == m_impl->entries.end() || found->second.forms.empty()) {
    throw Error(ErrorKind::internal,
                "the report's " + m_impl->code + " texts have no plural text " + std::string(key));
  }
  const auto &forms = found->second.forms;
  auto form = forms.find(m_impl->formats->plural_category(count));
  if (form == forms.end()) {
    form = forms.find("other");
  }
  return replaced(form->second, {{"count", m_impl->formats->number(count)}}, key);
}

std::string Language::number(std::int64_t value) const { return m_impl->formats->number(value); }

std::string Language::decimal(double value, int decimals) const {
  return m_impl->formats->decimal(value, decimals, false);
}

std::string Language::percent(double fraction, int decimals) const {
  return m_impl->formats->percent(fraction, decimals, false);
}

std::string Language::signed_percent(double fraction, int decimals) const {
  return m_impl->formats->percent(fraction, decimals, true);
}

std::string Language::signed_decimal(double value, int decimals) const {
  return m_impl->formats->decimal(value, decimals, true);
}

std::string Language::period(std::chrono::year_month_day first,
                             std::chrono::year_month_day last) const {
  return m_impl->formats->period(first, last);
}

std::string Language::month_year(std::chrono::year_month_day day) const {
  return m_impl->formats->date(day, "yMMMM");
}

std::string Language::short_day(std::chrono::year_month_day day) const {
  return m_impl->formats->date(day, "dMMM");
}

std::string Language::date(std::chrono::year_month_day day) const {
  return m_impl->formats->date(day, "yMMMd");
}

std::string Language::date_time(std::chrono::sys_time<std::chrono::milliseconds> instant,
                                std::string_view time_zone) const {
  return m_impl->formats->date_time(instant.time_since_epoch().count(), time_zone, "yMMMdHHmm");
}

std::string Language::weekday(unsigned monday_based) const {
  return m_impl->formats->weekday(monday_based);
}

} // namespace sociometer::report
