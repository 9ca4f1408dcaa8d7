// The styles every kefu workbook shares, so that reports look like one family: a title, column
// headers, text, whole numbers, hours with one decimal, dates, totals, shaded holiday columns.
#pragma once

#include "report/common/sheet_model.h"

namespace kefu {

// Colours of the house style.
inline constexpr Rgb kHeaderFill = 0xD9E1F2;
inline constexpr Rgb kTotalFill = 0xF2F2F2;
inline constexpr Rgb kHolidayFill = 0xFCE4D6;
inline constexpr Rgb kWeekendFill = 0xEDEDED;
inline constexpr Rgb kAlertFill = 0xFFC7CE;
inline constexpr Rgb kAlertFont = 0x9C0006;
inline constexpr Rgb kGoodFill = 0xC6EFCE;
inline constexpr Rgb kGoodFont = 0x006100;

struct Palette {
  StyleId title = 0;
  StyleId subtitle = 0;
  StyleId header = 0;
  StyleId text = 0;
  StyleId center = 0;
  StyleId integer = 0;
  StyleId hours = 0;     // 0.0
  StyleId decimal2 = 0;  // 0.00
  StyleId date = 0;      // yyyy-mm-dd
  StyleId datetime = 0;  // yyyy-mm-dd hh:mm
  StyleId total_text = 0;
  StyleId total_integer = 0;
  StyleId total_hours = 0;
  StyleId holiday_header = 0;
  StyleId holiday_cell = 0;
  StyleId weekend_header = 0;
  StyleId weekend_cell = 0;
  StyleId alert = 0;  // a failed check, an exception
  StyleId good = 0;   // a passed check
  StyleId note = 0;   // small italic text (legends, signature line)

  // Registers the palette's styles in `workbook`.
  static Palette In(Workbook& workbook);
};

// Print setup of the house: A4, fit to one page wide, header rows repeated, page numbers in the
// footer (text from the labels).
PrintSetup HousePrint(bool landscape, int repeat_first, int repeat_last, const std::string& footer);

}  // namespace kefu
