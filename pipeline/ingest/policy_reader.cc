#include "ingest/policy_reader.h"

#include <fmt/format.h>

#include <functional>
#include <map>
#include <pugixml.hpp>
#include <set>

#include "base/file_bytes.h"
#include "ingest/field_parsers.h"
#include "ingest/personal_data_scanner.h"
#include "ingest/row_context.h"
#include "ingest/text_encoding.h"
#include "ingest/xml_safety.h"

namespace kefu {
namespace {

// One policy value: where it lives in the XML and how to store it.
struct PolicyEntry {
  std::string_view path;
  std::string_view expected;  // for the error message
  std::function<bool(std::string_view, Policy&)> set;
};

std::function<bool(std::string_view, Policy&)> Int(int Policy::*member, int min, int max) {
  return [=](std::string_view text, Policy& p) {
    std::optional<int64_t> v = ParseCount(text);
    if (!v || *v < min || *v > max) return false;
    p.*member = static_cast<int>(*v);
    return true;
  };
}

std::function<bool(std::string_view, Policy&)> Tenths(int Policy::*member) {
  return [=](std::string_view text, Policy& p) {
    std::optional<int> v = ParseTenths(text);
    if (!v || *v < 0 || *v > 1000) return false;
    p.*member = *v;
    return true;
  };
}

std::function<bool(std::string_view, Policy&)> Salary(Grade grade) {
  return [=](std::string_view text, Policy& p) {
    std::optional<int64_t> v = ParseCount(text);
    if (!v || *v > 10'000'000) return false;
    p.salary[static_cast<int>(grade)] = *v;
    return true;
  };
}

std::function<bool(std::string_view, Policy&)> Clock(ClockTime Policy::*member) {
  return [=](std::string_view text, Policy& p) {
    std::optional<ClockTime> v = ParseClock(text);
    if (!v) return false;
    p.*member = *v;
    return true;
  };
}

const std::vector<PolicyEntry>& Entries() {
  static const std::vector<PolicyEntry> kEntries = {
      {"salary/P", "0…10000000", Salary(Grade::kP)},
      {"salary/J", "0…10000000", Salary(Grade::kJ)},
      {"salary/M", "0…10000000", Salary(Grade::kM)},
      {"salary/S", "0…10000000", Salary(Grade::kS)},
      {"salary/R", "0…10000000", Salary(Grade::kR)},
      {"rating/excellent", "0…100", Tenths(&Policy::rating_excellent_tenths)},
      {"rating/good", "0…100", Tenths(&Policy::rating_good_tenths)},
      {"rating/pass", "0…100", Tenths(&Policy::rating_pass_tenths)},
      {"ranking/top_n", "1…1000", Int(&Policy::top_n, 1, 1000)},
      {"ranking/title", "text",
       [](std::string_view text, Policy& p) {
         if (text.empty()) return false;
         p.title = MaskPersonalData(text);  // R-C1, as the honours' titles it is compared with
         return true;
       }},
      {"promotion/confirm/window_months", "1…120", Int(&Policy::pj_window_months, 1, 120)},
      {"promotion/junior_to_intermediate/window_months", "1…120",
       Int(&Policy::jm_window_months, 1, 120)},
      {"promotion/junior_to_intermediate/min_tenure_months", "0…600",
       Int(&Policy::jm_min_tenure_months, 0, 600)},
      {"promotion/junior_to_intermediate/min_a_quarters", "0…40",
       Int(&Policy::jm_min_a_quarters, 0, 40)},
      {"promotion/intermediate_to_senior/window_months", "1…120",
       Int(&Policy::ms_window_months, 1, 120)},
      {"promotion/intermediate_to_senior/min_tenure_months", "0…600",
       Int(&Policy::ms_min_tenure_months, 0, 600)},
      {"promotion/intermediate_to_senior/consecutive_a_quarters", "1…40",
       Int(&Policy::ms_consecutive_a_quarters, 1, 40)},
      {"promotion/intermediate_to_senior/min_titles", "0…100", Int(&Policy::ms_min_titles, 0, 100)},
      {"promotion/senior_to_reserve/window_months", "1…120",
       Int(&Policy::sr_window_months, 1, 120)},
      {"promotion/senior_to_reserve/min_tenure_months", "0…600",
       Int(&Policy::sr_min_tenure_months, 0, 600)},
      {"promotion/senior_to_reserve/min_a_quarters", "0…40",
       Int(&Policy::sr_min_a_quarters, 0, 40)},
      {"promotion/senior_to_reserve/min_titles", "0…100", Int(&Policy::sr_min_titles, 0, 100)},
      {"demotion/intermediate_to_junior/consecutive_low_ranks", "1…120",
       Int(&Policy::mj_consecutive_low_ranks, 1, 120)},
      {"demotion/intermediate_to_junior/consecutive_b_quarters", "1…40",
       Int(&Policy::mj_consecutive_b_quarters, 1, 40)},
      {"demotion/senior_to_intermediate/period_months", "1…120",
       Int(&Policy::sm_period_months, 1, 120)},
      {"demotion/senior_to_intermediate/low_ranks", "1…120", Int(&Policy::sm_low_ranks, 1, 120)},
      {"demotion/senior_to_intermediate/b_quarters", "1…40", Int(&Policy::sm_b_quarters, 1, 40)},
      {"demotion/dismissal_review/recent_evaluations", "1…120",
       Int(&Policy::dismissal_recent_evaluations, 1, 120)},
      {"attendance/cutoff_day", "0…28", Int(&Policy::cutoff_day, 0, 28)},
      {"attendance/grace_minutes", "0…600", Int(&Policy::grace_minutes, 0, 600)},
      {"attendance/absent_after_minutes", "0…1440", Int(&Policy::absent_after_minutes, 0, 1440)},
      {"attendance/punch_window_before_minutes", "0…720",
       Int(&Policy::punch_window_before_minutes, 0, 720)},
      {"attendance/punch_window_after_minutes", "0…720",
       Int(&Policy::punch_window_after_minutes, 0, 720)},
      {"attendance/night_shifts", "marked, crosses_midnight or marked_or_crosses_midnight",
       [](std::string_view text, Policy& p) {
         if (text == "marked")
           p.night_shifts = NightShiftRule::kMarked;
         else if (text == "crosses_midnight")
           p.night_shifts = NightShiftRule::kCrossesMidnight;
         else if (text == "marked_or_crosses_midnight")
           p.night_shifts = NightShiftRule::kMarkedOrCrossesMidnight;
         else
           return false;
         return true;
       }},
      {"confidentiality/login_margin_minutes", "0…720", Int(&Policy::login_margin_minutes, 0, 720)},
      {"confidentiality/shared_ip_window_minutes", "0…720",
       Int(&Policy::shared_ip_window_minutes, 0, 720)},
      {"confidentiality/two_ips_window_minutes", "0…720",
       Int(&Policy::two_ips_window_minutes, 0, 720)},
      {"handover/security_morning", "HH:MM", Clock(&Policy::security_morning)},
      {"handover/security_evening", "HH:MM", Clock(&Policy::security_evening)},
      {"handover/security_tolerance_minutes", "0…720",
       Int(&Policy::security_tolerance_minutes, 0, 720)},
      {"roster/min_rest_hours", "0…48", Int(&Policy::min_rest_hours, 0, 48)},
      {"roster/holiday_roster_days_before", "0…60",
       Int(&Policy::holiday_roster_days_before, 0, 60)},
  };
  return kEntries;
}

// Sections: elements that hold other elements.
const std::set<std::string_view>& Sections() {
  static const std::set<std::string_view> kSections = {"salary",
                                                       "rating",
                                                       "ranking",
                                                       "promotion",
                                                       "promotion/confirm",
                                                       "promotion/junior_to_intermediate",
                                                       "promotion/intermediate_to_senior",
                                                       "promotion/senior_to_reserve",
                                                       "demotion",
                                                       "demotion/intermediate_to_junior",
                                                       "demotion/senior_to_intermediate",
                                                       "demotion/dismissal_review",
                                                       "attendance",
                                                       "confidentiality",
                                                       "handover",
                                                       "roster"};
  return kSections;
}

class PolicyParser {
 public:
  PolicyParser(std::string_view text, const std::string& display)
      : lines_(text), display_(display) {}

  void Walk(pugi::xml_node node, const std::string& path, PolicyResult& result) {
    for (pugi::xml_attribute attr : node.attributes()) {
      Fail(result, node, Reason::kPolicyUnknownAttribute, attr.name());
    }
    for (pugi::xml_node child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      std::string child_path = path.empty() ? child.name() : path + "/" + child.name();
      if (Sections().count(child_path)) {
        Walk(child, child_path, result);
        continue;
      }
      if (child_path == "roster/festival") {
        for (pugi::xml_attribute attr : child.attributes()) {
          Fail(result, child, Reason::kPolicyUnknownAttribute, attr.name());
        }
        std::string_view name = TrimField(child.child_value());
        if (name.empty()) {
          Fail(result, child, Reason::kPolicyBadValue, child_path, "text");
          continue;
        }
        if (!festivals_given_) result.policy.holiday_roster_festivals.clear();
        festivals_given_ = true;
        result.policy.holiday_roster_festivals.push_back(MaskPersonalData(name));  // R-C1
        continue;
      }
      const PolicyEntry* entry = nullptr;
      for (const PolicyEntry& e : Entries()) {
        if (e.path == child_path) entry = &e;
      }
      if (!entry) {
        Fail(result, child, Reason::kPolicyUnknownElement, child_path);
        continue;
      }
      for (pugi::xml_attribute attr : child.attributes()) {
        Fail(result, child, Reason::kPolicyUnknownAttribute, attr.name());
      }
      if (!seen_.insert(child_path).second) {
        Fail(result, child, Reason::kPolicyDuplicate, child_path);
        continue;
      }
      std::string_view value = TrimField(child.child_value());
      if (!entry->set(value, result.policy)) {
        Fail(result, child, Reason::kPolicyBadValue, child_path, std::string(entry->expected),
             value);
      }
    }
  }

  uint32_t LineOf(ptrdiff_t offset) const { return lines_.LineOf(offset); }

  void Fail(PolicyResult& result, pugi::xml_node node, Reason reason, std::string what,
            std::string expected = "", std::string_view original = "") {
    Diagnostic d;
    d.severity = Severity::kFatal;
    d.file = display_;
    d.line = LineOf(node.offset_debug());
    what = MaskPersonalData(Abbreviate(what));  // an element name may be any length (R-C1)
    d.field = what;
    d.reason = reason;
    d.args = {what, expected};
    d.original = MaskPersonalData(Abbreviate(MaskPersonalData(original)));
    result.diagnostics.push_back(std::move(d));
  }

 private:
  LineIndex lines_;
  std::string display_;
  std::set<std::string> seen_;
  bool festivals_given_ = false;
};

}  // namespace

PolicyResult ParsePolicy(std::string_view xml, const std::string& display_path) {
  PolicyResult result;
  result.found = true;
  auto fatal = [&](Reason reason, uint32_t line, std::vector<std::string> args) {
    Diagnostic d;
    d.severity = Severity::kFatal;
    d.file = display_path;
    d.line = line;
    d.reason = reason;
    d.args = std::move(args);
    result.diagnostics.push_back(std::move(d));
    return result;
  };
  PolicyParser parser(xml, display_path);
  if (size_t at = FindXmlControlChar(xml); at != std::string_view::npos) {
    return fatal(Reason::kXmlControlChar, parser.LineOf(static_cast<ptrdiff_t>(at)), {});
  }
  pugi::xml_document doc;
  pugi::xml_parse_result parsed =
      doc.load_buffer(xml.data(), xml.size(), kXmlParseOptions, pugi::encoding_utf8);
  if (!parsed)
    return fatal(Reason::kMalformedXml, parser.LineOf(parsed.offset), {parsed.description()});
  for (pugi::xml_node node : doc.children()) {
    if (node.type() == pugi::node_doctype) {
      return fatal(Reason::kXmlDoctype, parser.LineOf(node.offset_debug()), {});
    }
  }
  if (std::optional<XmlViolation> v = FindXmlViolation(xml)) {
    uint32_t line = parser.LineOf(static_cast<ptrdiff_t>(v->offset));
    switch (v->kind) {
      case XmlViolation::Kind::kUndefinedEntity:
        return fatal(Reason::kXmlEntity, line, {v->reference});
      case XmlViolation::Kind::kBadCharRef:
        return fatal(Reason::kXmlBadCharRef, line, {v->reference});
      case XmlViolation::Kind::kLtInAttribute:
        return fatal(Reason::kXmlLtInAttribute, line, {});
    }
  }
  if (ptrdiff_t outside = FindOutsideRoot(doc); outside >= 0) {
    return fatal(Reason::kXmlOutsideRoot, parser.LineOf(outside), {doc.document_element().name()});
  }
  pugi::xml_node root = doc.document_element();
  if (!root || std::string_view(root.name()) != "policy") {
    return fatal(Reason::kWrongRoot, root ? parser.LineOf(root.offset_debug()) : 1,
                 {root ? Abbreviate(root.name()) : "", "policy"});
  }
  parser.Walk(root, "", result);
  const Policy& p = result.policy;
  if (result.diagnostics.empty() && !(p.rating_excellent_tenths >= p.rating_good_tenths &&
                                      p.rating_good_tenths >= p.rating_pass_tenths)) {
    fatal(Reason::kPolicyBadValue, parser.LineOf(root.offset_debug()),
          {"rating", "excellent ≥ good ≥ pass"});
  }
  return result;
}

PolicyResult ReadPolicy(const std::string& path, const std::string& display_path) {
  FileBytes file = ReadFileBytes(path);
  if (file.missing) return PolicyResult{};
  if (!file.error.empty()) {
    PolicyResult result;
    result.found = true;
    Diagnostic d;
    d.severity = Severity::kFatal;
    d.file = display_path;
    d.reason = file.not_regular ? Reason::kNotRegularFile : Reason::kFileUnreadable;
    if (!file.not_regular) d.args = {file.error};
    result.diagnostics.push_back(std::move(d));
    return result;
  }
  std::string_view text = file.bytes;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (size_t bad = FindInvalidUtf8(text); bad != std::string_view::npos) {
    PolicyResult result;
    result.found = true;
    Diagnostic d;
    d.severity = Severity::kFatal;
    d.file = display_path;
    d.line = LineIndex(text).LineOf(static_cast<ptrdiff_t>(bad));
    d.reason = Reason::kInvalidUtf8;
    result.diagnostics.push_back(std::move(d));
    return result;
  }
  PolicyResult result = ParsePolicy(text, display_path);
  result.sha256 = file.sha256;
  return result;
}

}  // namespace kefu
