// User-visible text: report labels, messages and command-line help, by language, from the
// `*.<lang>.properties` files of templates/. No user-visible text is written in C++.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"

namespace kefu {

enum class Language { kZh, kEn };

// "zh" / "en"; false for anything else.
bool ParseLanguage(std::string_view text, Language* language);
const char* LanguageCode(Language language);

class Labels {
 public:
  // The labels of a language, from the templates compiled into the binary.
  static const Labels& For(Language language);
  // Builds labels from properties text (for tests).
  static Labels FromProperties(Language language, std::span<const std::string> texts);

  Language language() const { return language_; }
  bool Has(std::string_view key) const;
  // The text of `key`; a missing key is a programming error and yields "⟦key⟧" so that it is
  // visible in any output (a unit test checks that every key used exists in every language).
  const std::string& Get(std::string_view key) const;
  // `key`'s text with {0}, {1}, … replaced by `args`.
  std::string Format(std::string_view key, std::span<const std::string> args) const;
  template <typename... Args>
  std::string Fmt(std::string_view key, const Args&... args) const {
    std::vector<std::string> list = {ToString(args)...};
    return Format(key, list);
  }
  // `parts` joined pairwise with the two-placeholder template `key` ("{0}, {1}"): separators
  // live in the templates, whose values lose trailing spaces, so they are written as patterns.
  std::string Join(std::string_view key, std::span<const std::string> parts) const;
  // Every key (for tests).
  std::vector<std::string> Keys() const;

  // A diagnostic's reason in this language.
  std::string Reason(const Diagnostic& d) const;
  // "rejected" / "warning" / "error".
  const std::string& SeverityWord(Severity severity) const;
  // `path:line: field: severity: reason: "original"`, the form kefu prints.
  std::string DiagnosticLine(const Diagnostic& d) const;

 private:
  static std::string ToString(const std::string& s) { return s; }
  static std::string ToString(std::string_view s) { return std::string(s); }
  static std::string ToString(const char* s) { return s; }
  template <typename T>
  static std::string ToString(const T& v) {
    return std::to_string(v);
  }

  Language language_ = Language::kZh;
  std::map<std::string, std::string, std::less<>> text_;
  mutable std::string missing_;
};

}  // namespace kefu
