// The styles of the roster workbook on top of the house palette: one fill colour per shift (a
// fixed palette taken in the order the shifts are defined, repeating after eight), the marks of
// schedule changes, and the shading of holiday, weekend and not-employed days.
#pragma once

#include <cstddef>
#include <vector>

#include "report/common/palette.h"
#include "report/common/sheet_model.h"

namespace kefu {

// The fill of the shift at position `order` of the input's shift list.
Rgb ShiftColor(size_t order);

// How a day column is shaded.
enum class DayShade : uint8_t { kPlain, kWeekend, kHoliday, kMakeUp };

// How a cell's shift came about.
enum class CellMark : uint8_t { kAsPublished, kApprovedChange, kUnapprovedChange };

class RosterStyles {
 public:
  RosterStyles(Workbook& workbook, size_t shift_count);

  const Palette& palette() const { return palette_; }
  // A grid cell that holds `shift` (or a rest day when `shift` < 0) on a day shaded `shade`.
  StyleId Cell(int shift, DayShade shade, CellMark mark) const;
  StyleId NotEmployed() const { return not_employed_; }
  // The day-number and weekday headers, and the holiday-name header row.
  StyleId DayHeader(DayShade shade) const;
  // A coloured swatch of `shift` (coverage block, legend).
  StyleId Swatch(size_t shift) const { return swatch_[shift]; }
  StyleId Count() const { return count_; }
  // A 0 in the coverage block: nobody on the shift that day, due or not (alert fill).
  StyleId Uncovered() const { return uncovered_; }
  StyleId Due() const { return due_; }          // the holiday-roster due line
  StyleId Section() const { return section_; }  // the title of a block under the grid

 private:
  Palette palette_;
  size_t shift_count_;
  // [shift + 1][shade][mark]; shift 0 is the rest day.
  std::vector<StyleId> cells_;
  StyleId not_employed_ = 0;
  StyleId day_header_[4] = {};
  std::vector<StyleId> swatch_;
  StyleId count_ = 0;
  StyleId uncovered_ = 0;
  StyleId due_ = 0;
  StyleId section_ = 0;
};

}  // namespace kefu
