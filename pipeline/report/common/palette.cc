#include "report/common/palette.h"

namespace kefu {

Palette Palette::In(Workbook& wb) {
  Palette p;
  CellStyle base;
  base.border = true;
  base.vcenter = true;

  CellStyle title;
  title.bold = true;
  title.font_size = 14;
  p.title = wb.AddStyle(title);
  CellStyle subtitle;
  subtitle.italic = true;
  p.subtitle = wb.AddStyle(subtitle);

  CellStyle header = base;
  header.bold = true;
  header.fill_color = kHeaderFill;
  header.align = HAlign::kCenter;
  header.wrap = true;
  p.header = wb.AddStyle(header);

  p.text = wb.AddStyle(base);
  CellStyle center = base;
  center.align = HAlign::kCenter;
  p.center = wb.AddStyle(center);
  CellStyle integer = base;
  integer.number_format = "0";
  p.integer = wb.AddStyle(integer);
  CellStyle hours = base;
  hours.number_format = "0.0";
  p.hours = wb.AddStyle(hours);
  CellStyle decimal2 = base;
  decimal2.number_format = "0.00";
  p.decimal2 = wb.AddStyle(decimal2);
  CellStyle date = base;
  date.number_format = "yyyy-mm-dd";
  date.align = HAlign::kCenter;
  p.date = wb.AddStyle(date);
  CellStyle datetime = base;
  datetime.number_format = "yyyy-mm-dd hh:mm";
  p.datetime = wb.AddStyle(datetime);

  CellStyle total_text = base;
  total_text.bold = true;
  total_text.fill_color = kTotalFill;
  p.total_text = wb.AddStyle(total_text);
  CellStyle total_integer = total_text;
  total_integer.number_format = "0";
  p.total_integer = wb.AddStyle(total_integer);
  CellStyle total_hours = total_text;
  total_hours.number_format = "0.0";
  p.total_hours = wb.AddStyle(total_hours);

  CellStyle holiday_header = header;
  holiday_header.fill_color = kHolidayFill;
  p.holiday_header = wb.AddStyle(holiday_header);
  CellStyle holiday_cell = center;
  holiday_cell.fill_color = kHolidayFill;
  p.holiday_cell = wb.AddStyle(holiday_cell);
  CellStyle weekend_header = header;
  weekend_header.fill_color = kWeekendFill;
  p.weekend_header = wb.AddStyle(weekend_header);
  CellStyle weekend_cell = center;
  weekend_cell.fill_color = kWeekendFill;
  p.weekend_cell = wb.AddStyle(weekend_cell);

  CellStyle alert = base;
  alert.fill_color = kAlertFill;
  alert.font_color = kAlertFont;
  alert.align = HAlign::kCenter;
  p.alert = wb.AddStyle(alert);
  CellStyle good = base;
  good.fill_color = kGoodFill;
  good.font_color = kGoodFont;
  good.align = HAlign::kCenter;
  p.good = wb.AddStyle(good);
  CellStyle note;
  note.italic = true;
  note.font_size = 9;
  p.note = wb.AddStyle(note);
  return p;
}

PrintSetup HousePrint(bool landscape, int repeat_first, int repeat_last,
                      const std::string& footer) {
  PrintSetup print;
  print.landscape = landscape;
  print.fit_to_width = true;
  print.repeat_rows_first = repeat_first;
  print.repeat_rows_last = repeat_last;
  print.footer = footer;
  return print;
}

}  // namespace kefu
