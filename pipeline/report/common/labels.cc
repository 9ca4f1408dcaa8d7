#include "report/common/labels.h"

#include <Poco/Util/PropertyFileConfiguration.h>
#include <fmt/args.h>
#include <fmt/format.h>

#include <sstream>

#include "report/common/embedded_templates.h"

namespace kefu {

bool ParseLanguage(std::string_view text, Language* language) {
  if (text == "zh")
    *language = Language::kZh;
  else if (text == "en")
    *language = Language::kEn;
  else
    return false;
  return true;
}

const char* LanguageCode(Language language) { return language == Language::kZh ? "zh" : "en"; }

Labels Labels::FromProperties(Language language, std::span<const std::string> texts) {
  Labels labels;
  labels.language_ = language;
  for (const std::string& text : texts) {
    std::istringstream in(text);
    Poco::AutoPtr<Poco::Util::PropertyFileConfiguration> config(
        new Poco::Util::PropertyFileConfiguration(in));
    // Keys are enumerated level by level.
    std::vector<std::string> pending = {""};
    while (!pending.empty()) {
      std::string prefix = pending.back();
      pending.pop_back();
      Poco::Util::AbstractConfiguration::Keys keys;
      config->keys(prefix, keys);
      for (const std::string& k : keys) {
        std::string full = prefix.empty() ? k : prefix + "." + k;
        if (config->hasProperty(full)) labels.text_[full] = config->getRawString(full);
        pending.push_back(full);
      }
    }
  }
  return labels;
}

const Labels& Labels::For(Language language) {
  auto load = [](Language lang) {
    std::string suffix = std::string(".") + LanguageCode(lang) + ".properties";
    std::vector<std::string> texts;
    for (const EmbeddedTemplate& t : EmbeddedTemplates()) {
      if (t.name.size() > suffix.size() &&
          t.name.compare(t.name.size() - suffix.size(), suffix.size(), suffix) == 0) {
        texts.push_back(t.content);
      }
    }
    return FromProperties(lang, texts);
  };
  static const Labels kZh = load(Language::kZh);
  static const Labels kEn = load(Language::kEn);
  return language == Language::kZh ? kZh : kEn;
}

bool Labels::Has(std::string_view key) const { return text_.find(key) != text_.end(); }

const std::string& Labels::Get(std::string_view key) const {
  auto it = text_.find(key);
  if (it != text_.end()) return it->second;
  missing_ = "⟦" + std::string(key) + "⟧";
  return missing_;
}

std::string Labels::Format(std::string_view key, std::span<const std::string> args) const {
  const std::string& pattern = Get(key);
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const std::string& a : args) store.push_back(a);
  try {
    return fmt::vformat(pattern, store);
  } catch (const fmt::format_error&) {
    return pattern;  // a template with a bad placeholder still shows its text
  }
}

std::string Labels::Join(std::string_view key, std::span<const std::string> parts) const {
  std::string text;
  for (size_t i = 0; i < parts.size(); ++i) {
    text = i == 0 ? parts[i] : Fmt(key, text, parts[i]);
  }
  return text;
}

std::vector<std::string> Labels::Keys() const {
  std::vector<std::string> keys;
  for (const auto& [k, v] : text_) keys.push_back(k);
  return keys;
}

std::string Labels::Reason(const Diagnostic& d) const {
  return Format(std::string("reason.") + ReasonKey(d.reason), d.args);
}

const std::string& Labels::SeverityWord(Severity severity) const {
  switch (severity) {
    case Severity::kFatal:
      return Get("severity.fatal");
    case Severity::kReject:
      return Get("severity.reject");
    case Severity::kWarning:
      return Get("severity.warning");
  }
  return Get("severity.warning");
}

std::string Labels::DiagnosticLine(const Diagnostic& d) const {
  std::string line = d.file;
  if (!d.location.empty()) {
    line += ":" + d.location;
  } else if (d.line > 0) {
    line += fmt::format(":{}", d.line);
  }
  line += ": ";
  if (!d.field.empty()) line += d.field + ": ";
  line += SeverityWord(d.severity) + ": " + Reason(d);
  if (!d.original.empty()) line += fmt::format(": \"{}\"", d.original);
  return line;
}

}  // namespace kefu
