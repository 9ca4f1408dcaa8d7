#include "report/roster/roster_styles.h"

#include <array>

namespace kefu {
namespace {

// Light fills that keep black text readable and stay apart in print: yellow, blue, purple,
// green, orange, teal, pink, sand.
constexpr std::array<Rgb, 8> kShiftColors = {0xFFE699, 0x9BC2E6, 0xB4A7D6, 0xA9D08E,
                                             0xF4B084, 0x8FD3D3, 0xF2A2C8, 0xD9C9A3};
constexpr Rgb kNotEmployedFill = 0xBFBFBF;
constexpr size_t kShades = 4;
constexpr size_t kMarks = 3;

Rgb ShadeFill(DayShade shade) {
  switch (shade) {
    case DayShade::kHoliday:
      return kHolidayFill;
    case DayShade::kWeekend:
      return kWeekendFill;
    case DayShade::kPlain:
    case DayShade::kMakeUp:
      return 0;
  }
  return 0;
}

}  // namespace

Rgb ShiftColor(size_t order) { return kShiftColors[order % kShiftColors.size()]; }

RosterStyles::RosterStyles(Workbook& wb, size_t shift_count)
    : palette_(Palette::In(wb)), shift_count_(shift_count) {
  CellStyle base;
  base.border = true;
  base.vcenter = true;
  base.align = HAlign::kCenter;

  cells_.resize((shift_count + 1) * kShades * kMarks);
  for (size_t s = 0; s <= shift_count; ++s) {
    for (size_t shade = 0; shade < kShades; ++shade) {
      for (size_t mark = 0; mark < kMarks; ++mark) {
        CellStyle style = base;
        style.fill_color = s == 0 ? ShadeFill(static_cast<DayShade>(shade)) : ShiftColor(s - 1);
        if (mark != static_cast<size_t>(CellMark::kAsPublished)) style.italic = true;
        if (mark == static_cast<size_t>(CellMark::kUnapprovedChange)) {
          style.bold = true;
          style.font_color = kAlertFont;
        }
        cells_[(s * kShades + shade) * kMarks + mark] = wb.AddStyle(style);
      }
    }
  }
  CellStyle not_employed = base;
  not_employed.fill_color = kNotEmployedFill;
  not_employed_ = wb.AddStyle(not_employed);

  CellStyle header = base;
  header.bold = true;
  header.fill_color = kHeaderFill;
  header.wrap = true;
  for (size_t shade = 0; shade < kShades; ++shade) {
    CellStyle style = header;
    if (Rgb fill = ShadeFill(static_cast<DayShade>(shade))) style.fill_color = fill;
    day_header_[shade] = wb.AddStyle(style);
  }
  for (size_t s = 0; s < shift_count; ++s) {
    CellStyle swatch = base;
    swatch.bold = true;
    swatch.fill_color = ShiftColor(s);
    swatch_.push_back(wb.AddStyle(swatch));
  }
  CellStyle count = base;
  count.number_format = "0";
  count_ = wb.AddStyle(count);
  CellStyle uncovered = count;
  uncovered.bold = true;
  uncovered.fill_color = kAlertFill;
  uncovered.font_color = kAlertFont;
  uncovered_ = wb.AddStyle(uncovered);
  CellStyle due;
  due.bold = true;
  due.font_color = kAlertFont;
  due_ = wb.AddStyle(due);
  CellStyle section;
  section.bold = true;
  section_ = wb.AddStyle(section);
}

StyleId RosterStyles::Cell(int shift, DayShade shade, CellMark mark) const {
  size_t s = shift < 0 ? 0 : static_cast<size_t>(shift) + 1;
  if (s > shift_count_) s = 0;
  return cells_[(s * kShades + static_cast<size_t>(shade)) * kMarks + static_cast<size_t>(mark)];
}

StyleId RosterStyles::DayHeader(DayShade shade) const {
  return day_header_[static_cast<size_t>(shade)];
}

}  // namespace kefu
