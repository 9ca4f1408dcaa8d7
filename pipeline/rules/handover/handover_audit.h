// The shift handover audit (rules.md "Shift handover", 篇3): handover points from the shift
// definitions and the schedule, one record required per point (R-H1) and checked (R-H2 …
// R-H7); security handovers on every working day (R-H8, R-H9).
#pragma once

#include <string>
#include <vector>

#include "model/dataset.h"
#include "model/diagnostic.h"

namespace kefu {

// Why a check failed, for the detail column; rendered from the labels `handover.detail.<key>`.
enum class HandoverDetail : uint8_t {
  kNoRecord,                  // R-H1
  kNoRecorder,                // R-H2
  kOutgoingNotSigned,         // R-H3
  kIncomingNotSigned,         // R-H3
  kBothNotSigned,             // R-H3
  kLeadNotSigned,             // R-H4
  kUnmarkedItems,             // R-H5 args: the items (a list, joined into {0} by the report)
  kAnomaly,                   // × item {0}: name, {1}: note
  kAnomalyWithoutNote,        // × item {0}: name
  kRefusedNotEscalated,       // R-H6
  kClockedOutEarly,           // R-H7 {0}: outgoing, {1}: clock-out, {2}: incoming, {3}: clock-in
  kNoSecurityHandover,        // R-H8
  kSecurityOutsideTolerance,  // R-H8 args: the times written (a list, joined into {0})
  kUrgentNotEscalated,        // R-H9 {0}: time written
};
const char* HandoverDetailKey(HandoverDetail detail);

// One failed check or one × item: a row of handover-YYYY-MM.csv.
struct HandoverFinding {
  std::string department;
  Date date;          // the handover point's date
  std::string point;  // "A>B" or "security-08:00" (the policy time)
  std::string rule;   // "R-H1" … "R-H9", or "anomaly"
  HandoverDetail detail = HandoverDetail::kNoRecord;
  std::vector<std::string> args;
  SourceRef source;  // the record, where there is one
  bool has_source = false;
};

// The state of one point on one day, for the day-by-point matrix.
struct PointState {
  bool exists = false;              // a point (staffed, or a working day for security)
  std::vector<std::string> failed;  // rule IDs that failed, in order
};

struct HandoverDay {
  std::string department;
  Date date;
  std::vector<PointState> points;  // one per HandoverAudit::points entry
};

struct HandoverAudit {
  std::vector<std::string> points;        // matrix columns: shift pairs, then security slots
  std::vector<HandoverDay> days;          // by department, then date
  std::vector<HandoverFinding> findings;  // by department, date, point, rule (byte order)
  std::vector<Diagnostic> issues;         // records that match no staffed point (warnings)
  int points_checked = 0;
};

// Audits the handover points dated in `days`.
HandoverAudit AuditHandovers(const Dataset& data, DateRange days);

}  // namespace kefu
