// SPDX-License-Identifier: Apache-2.0
#include "language.hpp"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <cstdio> // cld2's header uses FILE without including it

#include "sociometer/util/text.hpp"

namespace sociometer::ingest {
namespace {

bool starts_with_url(std::string_view text) {
  return text.starts_with("http://") || text.starts_with("https://") || text.starts_with("www.");
}

// The words of a post: URLs, @mentions and #hashtags say little about its language (campaign
// tags are often English in any language) and would tip short texts.
std::string words_only(std::string_view text, std::size_t &letters) {
  std::string words;
  words.reserve(text.size());
  letters = 0;
  std::size_t pos = 0;
  bool at_word_start = true;
  while (pos < text.size()) {
    if (at_word_start &&
        (text[pos] == '@' || text[pos] == '#' || starts_with_url(text.substr(pos)))) {
      while (pos < text.size() && text[pos] != ' ' && text[pos] != '\n' && text[pos] != '\t') {
        ++pos;
      }
      continue;
    }
    const auto code_point = util::decode_code_point(text, pos);
    if (!code_point) {
      return {};
    }
    if (util::is_letter(code_point->value)) {
      ++letters;
    }
    at_word_start =
        code_point->value == ' ' || code_point->value == '\n' || code_point->value == '\t';
    words.append(text.substr(pos, code_point->length));
    pos += code_point->length;
  }
  return words;
}

// CLD2 names Traditional Chinese `zh-Hant`; the platforms and our reports use `zh` for both.
std::string primary_subtag(const char *code) {
  std::string result(code);
  if (const auto dash = result.find('-'); dash != std::string::npos) {
    result.erase(dash);
  }
  return result;
}

class DetectingTarget final : public IngestTarget {
public:
  explicit DetectingTarget(IngestTarget &inner) : m_inner(inner) {}
  void account(const AccountRecord &record) override { m_inner.account(record); }
  void post(const PostRecord &record) override {
    if (!record.lang.empty() || record.state != PostState::available ||
        record.kind == PostKind::repost) {
      m_inner.post(record);
      return;
    }
    PostRecord detected = record;
    const auto language = detect_language(record.text);
    detected.lang = language.code;
    detected.lang_confidence = language.confidence;
    m_inner.post(detected);
  }
  void page_metric(const PageMetricRecord &record) override { m_inner.page_metric(record); }
  void record_boundary() override { m_inner.record_boundary(); }
  void commit_unit() override { m_inner.commit_unit(); }
  void abandon_unit() override { m_inner.abandon_unit(); }
  void diagnose(Diagnostic diagnostic) override { m_inner.diagnose(std::move(diagnostic)); }

private:
  IngestTarget &m_inner;
};

class LanguageDetectingInput final : public Input {
public:
  explicit LanguageDetectingInput(std::unique_ptr<Input> inner) : m_inner(std::move(inner)) {}
  [[nodiscard]] const std::string &path() const override { return m_inner->path(); }
  [[nodiscard]] const std::string &format() const override { return m_inner->format(); }
  [[nodiscard]] Platform platform() const override { return m_inner->platform(); }
  void parse(IngestTarget &target) override {
    DetectingTarget detecting(target);
    m_inner->parse(detecting);
  }
  [[nodiscard]] std::string sha256() override { return m_inner->sha256(); }

private:
  std::unique_ptr<Input> m_inner;
};

} // namespace

DetectedLanguage detect_language(std::string_view text) {
  if (!util::is_valid_utf8(text)) {
    return {"und", 0.0};
  }
  std::size_t letters = 0;
  const auto words = words_only(text, letters);
  if (letters < k_min_letters_for_detection) {
    return {"und", 0.0};
  }
  CLD2::Language top3[3];
  int percent3[3] = {0, 0, 0};
  double scores3[3] = {0, 0, 0};
  int text_bytes = 0;
  bool reliable = false;
  int valid_prefix = 0;
  CLD2::CLDHints hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  const auto language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      words.data(), static_cast<int>(words.size()), true, &hints, 0, top3, percent3, scores3,
      nullptr, &text_bytes, &reliable, &valid_prefix);
  if (!reliable || language == CLD2::UNKNOWN_LANGUAGE || top3[0] != language ||
      percent3[0] < k_min_language_percent) {
    return {"und", 0.0};
  }
  return {primary_subtag(CLD2::LanguageCode(language)), percent3[0] / 100.0};
}

std::unique_ptr<Input> with_language_detection(std::unique_ptr<Input> input) {
  return std::make_unique<LanguageDetectingInput>(std::move(input));
}

} // namespace sociometer::ingest
