// kefu run [--month M]: everything due (outputs.md): attendance for M, the roster of M+1, and the
// evaluation of the latest quarter that has ended by M's last day and whose quarterly grades are
// in the input. Without --month, M is the month of the latest punch.
//
// Each report is loaded and produced exactly as its own command would (same focus, same record
// types), so `kefu run` and `kefu attendance --month M` write byte-identical files into the same
// archive folders and never trip over each other's archive check. Nothing is published until
// all three are staged: a fatal error in any of them (or a rejected row under --strict) leaves
// every folder as it was (exit 2, nothing written).
#include <algorithm>
#include <ostream>

#include "app/commands.h"
#include "app/evaluation_run.h"
#include "app/report_commands.h"
#include "ingest/loader.h"

namespace kefu {
namespace {

// The calendar month of the latest punch in the input, reading only the punches' dates.
std::optional<Month> LatestPunchMonth(const Invocation& inv) {
  LoadOptions options;
  options.input_dir = inv.input_dir;
  options.jobs = inv.jobs;
  options.only_types = std::vector<RecordType>{RecordType::kPunches};
  options.focus = DateRange{Date::FromDays(1), Date::FromDays(0)};  // empty: keep no punch
  LoadResult scan = LoadInput(options);
  std::optional<Date> latest;
  for (const InputFile& f : scan.dataset.files) {
    if (f.type == RecordType::kPunches && f.last_date.is_valid() &&
        (!latest || *latest < f.last_date)) {
      latest = f.last_date;
    }
  }
  if (!latest) return std::nullopt;
  return Month::Of(*latest);
}

bool HasShiftsIn(const Dataset& data, Month month) {
  DateRange days{month.FirstDay(), month.LastDay()};
  return std::any_of(data.schedule.begin(), data.schedule.end(),
                     [&](const ScheduleEntry& e) {
                       return e.shift != kRestDay && days.Contains(e.date);
                     }) ||
         std::any_of(data.changes.begin(), data.changes.end(), [&](const ScheduleChange& c) {
           return c.to_shift != kRestDay && days.Contains(c.date);
         });
}

// 2 (a failure) before 4 (an archived report kept) before 3 (rows rejected) before 0.
int Combine(int a, int b) {
  auto rank = [](int code) {
    switch (code) {
      case kExitFatalInput:
        return 3;
      case kExitArchived:
        return 2;
      case kExitRejectedRows:
        return 1;
      default:
        return 0;
    }
  };
  return rank(a) >= rank(b) ? a : b;
}

}  // namespace

int RunRun(Invocation& inv) {
  const Labels& labels = inv.labels();
  Month month;
  if (inv.month) {
    month = *inv.month;
  } else if (std::optional<Month> latest = LatestPunchMonth(inv)) {
    month = *latest;
  } else {
    *inv.err << "kefu: " << labels.Get("run.no_punches") << "\n";
    return kExitFatalInput;
  }
  if (!inv.quiet) *inv.err << labels.Fmt("run.month", month.Iso()) << "\n";

  int exit = kExitDone;
  std::vector<PendingPublication> staged;
  bool stop_said = false;  // Load says "stopped: nothing was written" when it stops a report
  {
    ReportRun run(inv);
    run.DeferPublications(&staged);
    if (run.Load(AttendanceLoad(month))) {
      ProduceAttendance(run, month);
    } else {
      stop_said = true;
    }
    exit = Combine(exit, run.ExitCode());
  }
  {
    const Month next = month.Plus(1);
    ReportRun run(inv);
    run.DeferPublications(&staged);
    if (run.Load(RosterLoad(next))) {
      if (HasShiftsIn(run.data(), next)) {
        ProduceRoster(run, next);
      } else if (!inv.quiet) {
        *inv.err << labels.Fmt("run.no_roster", next.Iso()) << "\n";
      }
    } else {
      stop_said = true;
    }
    exit = Combine(exit, run.ExitCode());
  }
  {
    ReportRun run(inv);
    run.DeferPublications(&staged);
    ReportLoad load;
    load.types = EvaluationRecordTypes();
    if (run.Load(load)) {
      if (std::optional<Quarter> quarter = EvaluationQuarterFor(run, month)) {
        ProduceEvaluation(run, *quarter);
      } else if (!inv.quiet) {
        *inv.err << labels.Fmt("run.no_evaluation", month.Iso()) << "\n";
      }
    } else {
      stop_said = true;
    }
    exit = Combine(exit, run.ExitCode());
  }
  if (exit == kExitFatalInput) {
    // The staged folders remove their staging folders as they go.
    if (!stop_said) *inv.err << "kefu: " << labels.Get("run.stopped") << "\n";
    return exit;
  }
  return Combine(exit, PublishAll(staged, inv));
}

}  // namespace kefu
