#include "ingest/xlsx_workbook.h"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <map>

#include "base/ascii.h"
#include "base/utf8.h"
#include "ingest/field_parsers.h"
#include "ingest/row_context.h"
#include "ingest/xml_safety.h"

namespace kefu {
namespace {

// The size of the slices of rows and shared strings that pugixml parses at a time.
constexpr size_t kSliceBytes = size_t{1} << 20;

// pugixml's options for every part: those of the XML readers (DOCTYPE kept to be refused), and
// a text that is only white space kept when it is an element's only child, so that the
// <t xml:space="preserve"> </t> of a rich-text run keeps its space.
constexpr unsigned kPartParseOptions = kXmlParseOptions | pugi::parse_ws_pcdata_single;

constexpr std::array<std::string_view, 2> kSheetDataPath = {"worksheet", "sheetData"};
constexpr std::array<std::string_view, 1> kSharedStringsPath = {"sst"};

pugi::xml_node Child(pugi::xml_node node, std::string_view local_name) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_element && LocalName(child.name()) == local_name) return child;
  }
  return {};
}

pugi::xml_node NextSibling(pugi::xml_node node, std::string_view local_name) {
  for (pugi::xml_node next = node.next_sibling(); next; next = next.next_sibling()) {
    if (next.type() == pugi::node_element && LocalName(next.name()) == local_name) return next;
  }
  return {};
}

// The relationship id of a <sheet>: the attribute `id` in the relationships namespace, whatever
// its prefix (r:id as a rule).
std::string_view RelationshipId(pugi::xml_node sheet) {
  for (pugi::xml_attribute attr : sheet.attributes()) {
    std::string_view name = attr.name();
    if (name.find(':') != std::string_view::npos && LocalName(name) == "id") return attr.value();
  }
  return "";
}

// The text of a string item (<si>, <is>): its <t>, or the <t> of each rich-text run; phonetic
// runs (<rPh>) are not part of the text.
void AppendStringItem(pugi::xml_node item, std::string* out) {
  for (pugi::xml_node child : item.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view local = LocalName(child.name());
    if (local == "t") {
      out->append(child.child_value());
    } else if (local == "r") {
      for (pugi::xml_node run_part : child.children()) {
        if (run_part.type() == pugi::node_element && LocalName(run_part.name()) == "t") {
          out->append(run_part.child_value());
        }
      }
    }
  }
}

bool ParseUint(std::string_view text, uint64_t* value) {
  if (text.empty()) return false;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return ec == std::errc() && end == text.data() + text.size();
}

bool IsTrue(std::string_view value) { return value == "1" || value == "true"; }

// A part's folder: "xl/workbook.xml" → "xl/".
std::string_view Folder(std::string_view part) {
  size_t slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : part.substr(0, slash + 1);
}

// A relationship's target as a part name: relative to the source part's folder, or absolute
// from the package root when it starts with '/'; "." and ".." resolved.
std::string ResolveTarget(std::string_view source_part, std::string_view target) {
  std::string path = target.starts_with('/')
                         ? std::string(target.substr(1))
                         : std::string(Folder(source_part)) + std::string(target);
  std::vector<std::string_view> segments;
  std::string_view rest = path;
  while (!rest.empty()) {
    size_t slash = rest.find('/');
    std::string_view segment = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    if (segment.empty() || segment == ".") continue;
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
      continue;
    }
    segments.push_back(segment);
  }
  std::string resolved;
  for (std::string_view segment : segments) {
    if (!resolved.empty()) resolved += '/';
    resolved.append(segment);
  }
  return resolved;
}

// "xl/workbook.xml" → "xl/_rels/workbook.xml.rels".
std::string RelationshipsPart(std::string_view part) {
  std::string_view folder = Folder(part);
  return std::string(folder) + "_rels/" + std::string(part.substr(folder.size())) + ".rels";
}

struct Relationship {
  std::string type;    // the last segment of the type URI: worksheet, styles, sharedStrings …
  std::string target;  // resolved part name
};

// A part's text: the checks xml_records.cc makes on an XML file, and diagnostics that name
// the part and its line.
class PartText {
 public:
  PartText(std::string name, std::string& text) : name_(std::move(name)), text_(text) {}

  SourcePlace Place(size_t offset) {
    if (!lines_) lines_ = std::make_unique<LineIndex>(text_);
    uint32_t line = lines_->LineOf(static_cast<ptrdiff_t>(offset));
    return {line, fmt::format("{}:{}", name_, line)};
  }

  // Encoding, UTF-8, control characters. Strips a BOM.
  bool CheckText(SourceDiagnostics& diagnostics) {
    if (std::string_view(text_).starts_with("\xEF\xBB\xBF")) text_.erase(0, 3);
    std::string encoding = DeclaredXmlEncoding(text_);
    if (!encoding.empty() && encoding != "utf-8" && encoding != "utf8") {
      diagnostics.Fatal(Reason::kXmlEncoding, Place(0), {encoding});
      return false;
    }
    if (size_t bad = FindInvalidUtf8(text_); bad != std::string_view::npos) {
      diagnostics.Fatal(Reason::kXmlNotUtf8, Place(bad));
      return false;
    }
    if (size_t at = FindXmlControlChar(text_); at != std::string_view::npos) {
      diagnostics.Fatal(Reason::kXmlControlChar, Place(at));
      return false;
    }
    return true;
  }

  bool CheckEntities(SourceDiagnostics& diagnostics) {
    std::optional<XmlViolation> v = FindXmlViolation(text_);
    if (!v) return true;
    switch (v->kind) {
      case XmlViolation::Kind::kUndefinedEntity:
        diagnostics.Fatal(Reason::kXmlEntity, Place(v->offset), {v->reference});
        break;
      case XmlViolation::Kind::kBadCharRef:
        diagnostics.Fatal(Reason::kXmlBadCharRef, Place(v->offset), {v->reference});
        break;
      case XmlViolation::Kind::kLtInAttribute:
        diagnostics.Fatal(Reason::kXmlLtInAttribute, Place(v->offset));
        break;
    }
    return false;
  }

  // Parses `xml` (the part, or a piece of it starting at `offset`) into `doc`.
  bool Parse(std::string_view xml, size_t offset, pugi::xml_document* doc,
             SourceDiagnostics& diagnostics) {
    pugi::xml_parse_result result =
        doc->load_buffer(xml.data(), xml.size(), kPartParseOptions, pugi::encoding_utf8);
    if (!result) {
      diagnostics.Fatal(Reason::kMalformedXml,
                        Place(offset + static_cast<size_t>(std::max<ptrdiff_t>(result.offset, 0))),
                        {result.description()});
      return false;
    }
    return true;
  }

  // The checks and the parse of a small part, in xml_records.cc's order.
  bool ParseWhole(pugi::xml_document* doc, SourceDiagnostics& diagnostics) {
    if (!CheckText(diagnostics) || !Parse(text_, 0, doc, diagnostics)) return false;
    for (pugi::xml_node node : doc->children()) {
      if (node.type() == pugi::node_doctype) {
        diagnostics.Fatal(Reason::kXmlDoctype, Place(static_cast<size_t>(node.offset_debug())));
        return false;
      }
    }
    return CheckEntities(diagnostics);
  }

  // The checks of a large part cut into slices, and the parse of its shell (the part without
  // the container's content) into `shell`.
  bool ParseShell(const XmlSplit& split, pugi::xml_document* shell,
                  SourceDiagnostics& diagnostics) {
    if (split.doctype != XmlSplit::kNone) {
      diagnostics.Fatal(Reason::kXmlDoctype, Place(split.doctype));
      return false;
    }
    if (!CheckEntities(diagnostics)) return false;
    if (split.unterminated && !split.slices.empty()) {
      // The shell lacks the container's end; the fault is in the last slice.
      const auto [begin, end] = split.slices.back();
      if (!Parse(std::string_view(text_).substr(begin, end - begin), begin, shell, diagnostics)) {
        return false;
      }
    }
    std::string shell_text = split.Shell(text_);
    pugi::xml_parse_result result = shell->load_buffer(shell_text.data(), shell_text.size(),
                                                       kPartParseOptions, pugi::encoding_utf8);
    if (!result) {
      diagnostics.Fatal(Reason::kMalformedXml,
                        Place(FromShell(split, std::max<ptrdiff_t>(result.offset, 0))),
                        {result.description()});
      return false;
    }
    return true;
  }

  // An offset in the shell as an offset in the part.
  static size_t FromShell(const XmlSplit& split, ptrdiff_t shell_offset) {
    size_t at = static_cast<size_t>(shell_offset);
    if (split.content_begin != XmlSplit::kNone && at >= split.content_begin) {
      at += split.content_end - split.content_begin;
    }
    return at;
  }

 private:
  std::string name_;
  std::string& text_;
  std::unique_ptr<LineIndex> lines_;
};

// Reads and parses a small part whole.
bool LoadSmallPart(XlsxPackage& package, const std::string& part, pugi::xml_document* doc,
                   SourceDiagnostics& diagnostics) {
  std::string text;
  if (!package.Read(part, package.limits().max_small_part_bytes, &text, diagnostics)) {
    return false;
  }
  return PartText(part, text).ParseWhole(doc, diagnostics);
}

// The relationships of `part`, by id; empty when it has none.
bool LoadRelationships(XlsxPackage& package, const std::string& part,
                       std::map<std::string, Relationship>* out, SourceDiagnostics& diagnostics) {
  std::string rels = package.Find(RelationshipsPart(part));
  if (rels.empty()) return true;
  pugi::xml_document doc;
  if (!LoadSmallPart(package, rels, &doc, diagnostics)) return false;
  for (pugi::xml_node rel : doc.document_element().children()) {
    if (rel.type() != pugi::node_element || LocalName(rel.name()) != "Relationship") continue;
    if (std::string_view(rel.attribute("TargetMode").value()) == "External") continue;
    std::string_view type = rel.attribute("Type").value();
    size_t slash = type.rfind('/');
    Relationship r;
    r.type = std::string(slash == std::string_view::npos ? type : type.substr(slash + 1));
    r.target = ResolveTarget(part, rel.attribute("Target").value());
    out->emplace(rel.attribute("Id").value(), std::move(r));
  }
  return true;
}

}  // namespace

std::string ColumnName(uint32_t column) {
  std::string name;
  while (column > 0) {
    uint32_t digit = (column - 1) % 26;
    name.insert(name.begin(), static_cast<char>('A' + digit));
    column = (column - 1) / 26;
  }
  return name;
}

std::string CellLocation(std::string_view sheet, uint32_t row, uint32_t column) {
  return fmt::format("{}!{}{}", sheet, ColumnName(column), row);
}

std::string RowLocation(std::string_view sheet, uint32_t row) {
  return fmt::format("{}!{}:{}", sheet, row, row);
}

void XlsxSheetReader::SetText(std::string_view raw, XlsxCell* cell) {
  std::string_view decoded = DecodeXmlString(raw, &scratch_);
  if (decoded.data() == raw.data()) {
    cell->text = raw;
  } else {
    StoreText(decoded);
  }
}

void XlsxSheetReader::StoreText(std::string_view text) {
  pending_offset_ = arena_.size();
  pending_length_ = text.size();
  has_pending_ = true;
  arena_.append(text);
}

bool ParseCellReference(std::string_view text, uint32_t* row, uint32_t* column) {
  size_t i = 0;
  uint64_t col = 0;
  for (; i < text.size() && AsciiLower(text[i]) >= 'a' && AsciiLower(text[i]) <= 'z'; ++i) {
    col = std::min<uint64_t>(col * 26 + static_cast<uint64_t>(AsciiLower(text[i]) - 'a' + 1),
                             uint64_t{1} << 32);
  }
  if (i == 0 || i == text.size()) return false;
  uint64_t r = 0;
  for (size_t j = i; j < text.size(); ++j) {
    if (text[j] < '0' || text[j] > '9') return false;
    r = std::min<uint64_t>(r * 10 + static_cast<uint64_t>(text[j] - '0'), uint64_t{1} << 32);
  }
  if (r == 0) return false;
  *column = static_cast<uint32_t>(std::min<uint64_t>(col, UINT32_MAX));
  *row = static_cast<uint32_t>(std::min<uint64_t>(r, UINT32_MAX));
  return true;
}

std::optional<size_t> PickSheet(const std::vector<XlsxSheetInfo>& sheets,
                                const std::vector<std::string_view>& names) {
  for (size_t i = 0; i < sheets.size(); ++i) {
    if (!sheets[i].worksheet) continue;
    for (std::string_view name : names) {
      if (EqualsIgnoreAsciiCase(TrimField(sheets[i].name), name)) return i;
    }
  }
  for (size_t i = 0; i < sheets.size(); ++i) {
    if (sheets[i].worksheet && !sheets[i].hidden) return i;
  }
  return std::nullopt;
}

std::string_view DecodeXmlString(std::string_view text, std::string* scratch) {
  size_t at = text.find("_x");
  if (at == std::string_view::npos) return text;
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  scratch->clear();
  size_t done = 0;
  for (; at != std::string_view::npos; at = text.find("_x", at)) {
    if (at + 7 > text.size() || text[at + 6] != '_') {
      at += 2;
      continue;
    }
    int value = 0;
    bool ok = true;
    for (size_t k = at + 2; k < at + 6; ++k) {
      int digit = hex(text[k]);
      ok &= digit >= 0;
      value = value * 16 + std::max(digit, 0);
    }
    // Surrogate halves stand for nothing alone; they are left as written.
    if (!ok || (value >= 0xD800 && value <= 0xDFFF)) {
      at += 2;
      continue;
    }
    scratch->append(text.substr(done, at - done));
    if (value < 0x80) {
      scratch->push_back(static_cast<char>(value));
    } else if (value < 0x800) {
      scratch->push_back(static_cast<char>(0xC0 | (value >> 6)));
      scratch->push_back(static_cast<char>(0x80 | (value & 0x3F)));
    } else {
      scratch->push_back(static_cast<char>(0xE0 | (value >> 12)));
      scratch->push_back(static_cast<char>(0x80 | ((value >> 6) & 0x3F)));
      scratch->push_back(static_cast<char>(0x80 | (value & 0x3F)));
    }
    at += 7;
    done = at;
  }
  if (done == 0) return text;
  scratch->append(text.substr(done));
  return *scratch;
}

std::unique_ptr<XlsxWorkbook> XlsxWorkbook::Open(std::string bytes, SourceDiagnostics& diagnostics,
                                                 const XlsxLimits& limits) {
  std::unique_ptr<XlsxWorkbook> book(new XlsxWorkbook());
  book->bytes_ = std::move(bytes);
  book->package_ = XlsxPackage::Open(book->bytes_, limits, diagnostics);
  if (!book->package_) return nullptr;
  XlsxPackage& package = *book->package_;

  // The workbook part: the package's officeDocument relationship.
  std::map<std::string, Relationship> root_rels;
  if (package.Find("_rels/.rels").empty()) {
    diagnostics.Fatal(Reason::kXlsxMissingPart, {}, {"_rels/.rels"});
    return nullptr;
  }
  if (!LoadRelationships(package, "", &root_rels, diagnostics)) return nullptr;
  std::string workbook_part;
  for (const auto& [id, rel] : root_rels) {
    if (rel.type == "officeDocument") workbook_part = rel.target;
  }
  const std::string workbook_found = package.Find(workbook_part);
  if (workbook_part.empty() || workbook_found.empty()) {
    diagnostics.Fatal(Reason::kXlsxMissingPart, {},
                      {workbook_part.empty() ? "xl/workbook.xml" : workbook_part});
    return nullptr;
  }
  pugi::xml_document workbook;
  if (!LoadSmallPart(package, workbook_found, &workbook, diagnostics)) return nullptr;
  std::map<std::string, Relationship> rels;
  if (!LoadRelationships(package, workbook_found, &rels, diagnostics)) return nullptr;

  pugi::xml_node root = workbook.document_element();
  if (IsTrue(Child(root, "workbookPr").attribute("date1904").value())) {
    book->date_system_ = DateSystem::k1904;
  }
  for (pugi::xml_node sheet : Child(root, "sheets").children()) {
    if (sheet.type() != pugi::node_element || LocalName(sheet.name()) != "sheet") continue;
    XlsxSheetInfo info;
    info.name = sheet.attribute("name").value();
    std::string_view state = sheet.attribute("state").value();
    info.hidden = state == "hidden" || state == "veryHidden";
    auto rel = rels.find(std::string(RelationshipId(sheet)));
    if (rel != rels.end()) {
      info.target = rel->second.target;
      info.part = package.Find(rel->second.target);
      info.worksheet = rel->second.type == "worksheet";
    }
    book->sheets_.push_back(std::move(info));
  }
  if (book->sheets_.empty()) {
    diagnostics.Fatal(Reason::kXlsxNoSheet, {});
    return nullptr;
  }
  for (const auto& [id, rel] : rels) {
    if (rel.type == "sharedStrings") book->shared_part_ = rel.target;
    if (rel.type == "styles" && !package.Find(rel.target).empty() &&
        !book->LoadStyles(package.Find(rel.target), diagnostics)) {
      return nullptr;
    }
  }
  return book;
}

bool XlsxWorkbook::LoadStyles(const std::string& part, SourceDiagnostics& diagnostics) {
  pugi::xml_document doc;
  if (!LoadSmallPart(*package_, part, &doc, diagnostics)) return false;
  pugi::xml_node root = doc.document_element();
  std::map<uint64_t, NumberFormatKind> custom;
  for (pugi::xml_node format : Child(root, "numFmts").children()) {
    uint64_t id = 0;
    if (format.type() != pugi::node_element || LocalName(format.name()) != "numFmt" ||
        !ParseUint(format.attribute("numFmtId").value(), &id)) {
      continue;
    }
    custom[id] = FormatCodeKind(format.attribute("formatCode").value());
  }
  for (pugi::xml_node xf : Child(root, "cellXfs").children()) {
    if (xf.type() != pugi::node_element || LocalName(xf.name()) != "xf") continue;
    uint64_t id = 0;
    NumberFormatKind kind = NumberFormatKind::kNumber;
    if (ParseUint(xf.attribute("numFmtId").value(), &id)) {
      auto it = custom.find(id);
      kind = it != custom.end()
                 ? it->second
                 : BuiltInFormatKind(static_cast<uint32_t>(std::min<uint64_t>(id, 1000)));
    }
    style_formats_.push_back(kind);
  }
  return true;
}

bool XlsxWorkbook::EnsureSharedStrings(SourceDiagnostics& diagnostics, SourcePlace where) {
  if (shared_loaded_) return !shared_failed_;
  shared_loaded_ = true;
  shared_failed_ = true;
  const std::string part = shared_part_.empty() ? "" : package_->Find(shared_part_);
  if (part.empty()) {
    diagnostics.Fatal(Reason::kXlsxNoSharedStrings, std::move(where));
    return false;
  }
  std::string text;
  if (!package_->Read(part, package_->limits().max_part_bytes, &text, diagnostics)) return false;
  PartText checked(part, text);
  if (!checked.CheckText(diagnostics)) return false;
  XmlSplit split = SplitContainer(text, kSharedStringsPath, kSliceBytes);
  pugi::xml_document doc;
  if (!checked.ParseShell(split, &doc, diagnostics)) return false;
  shared_text_.reserve(text.size() / 2);
  shared_offsets_.push_back(0);
  std::string scratch;
  std::string item;
  for (const auto& [begin, end] : split.slices) {
    if (!checked.Parse(std::string_view(text).substr(begin, end - begin), begin, &doc,
                       diagnostics)) {
      return false;
    }
    for (pugi::xml_node si : doc.children()) {
      if (si.type() != pugi::node_element || LocalName(si.name()) != "si") continue;
      item.clear();
      AppendStringItem(si, &item);
      shared_text_.append(DecodeXmlString(item, &scratch));
      shared_offsets_.push_back(shared_text_.size());
    }
  }
  shared_failed_ = false;
  return true;
}

std::unique_ptr<XlsxSheetReader> XlsxWorkbook::OpenSheet(size_t index,
                                                         SourceDiagnostics& diagnostics) {
  const XlsxSheetInfo& info = sheets_.at(index);
  if (info.part.empty()) {
    // No relationship names the sheet's part, or the part is not in the package.
    diagnostics.Fatal(Reason::kXlsxMissingPart, {0, info.name},
                      {info.target.empty() ? info.name : info.target});
    return nullptr;
  }
  std::unique_ptr<XlsxSheetReader> reader(
      new XlsxSheetReader(*this, info.name, info.part, diagnostics));
  if (!reader->Load()) return nullptr;
  return reader;
}

DateSystem XlsxSheetReader::date_system() const { return workbook_.date_system(); }

bool XlsxSheetReader::Fail(Reason reason, SourcePlace place, std::vector<std::string> args) {
  diagnostics_.Fatal(reason, std::move(place), std::move(args));
  failed_ = true;
  return false;
}

bool XlsxSheetReader::FailAt(Reason reason, uint32_t row, uint32_t column,
                             std::vector<std::string> args) {
  return Fail(reason, {row, Location(row, column)}, std::move(args));
}

bool XlsxSheetReader::FailAtOffset(Reason reason, size_t offset, std::vector<std::string> args) {
  return Fail(reason, PartText(part_, text_).Place(offset), std::move(args));
}

bool XlsxSheetReader::Load() {
  if (!workbook_.package_->Read(part_, workbook_.package_->limits().max_part_bytes, &text_,
                                diagnostics_)) {
    failed_ = true;
    return false;
  }
  PartText checked(part_, text_);
  if (!checked.CheckText(diagnostics_)) return failed_ = true, false;
  split_ = SplitContainer(text_, kSheetDataPath, kSliceBytes);
  pugi::xml_document shell;
  if (!checked.ParseShell(split_, &shell, diagnostics_)) return failed_ = true, false;
  for (pugi::xml_node merge : Child(shell.document_element(), "mergeCells").children()) {
    if (merge.type() != pugi::node_element || LocalName(merge.name()) != "mergeCell") continue;
    std::string_view ref = merge.attribute("ref").value();
    const size_t colon = ref.find(':');  // none: a range of one cell
    const std::string_view last = colon == std::string_view::npos ? ref : ref.substr(colon + 1);
    XlsxMergedRange range;
    if (!ParseCellReference(ref.substr(0, colon), &range.first_row, &range.first_column) ||
        !ParseCellReference(last, &range.last_row, &range.last_column) ||
        range.last_row < range.first_row || range.last_column < range.first_column) {
      return Fail(Reason::kXlsxBadCellRef,
                  checked.Place(PartText::FromShell(split_, merge.offset_debug())),
                  {Abbreviate(ref)});
    }
    merged_.push_back(range);
  }
  return true;
}

bool XlsxSheetReader::NextRowElement() {
  while (!next_row_) {
    if (next_slice_ >= split_.slices.size()) return false;
    const auto [begin, end] = split_.slices[next_slice_++];
    slice_offset_ = begin;
    PartText checked(part_, text_);
    if (!checked.Parse(std::string_view(text_).substr(begin, end - begin), begin, &slice_,
                       diagnostics_)) {
      failed_ = true;
      return false;
    }
    pugi::xml_node first = slice_.first_child();
    while (first && (first.type() != pugi::node_element || LocalName(first.name()) != "row")) {
      first = first.next_sibling();
    }
    next_row_ = first;
  }
  return true;
}

bool XlsxSheetReader::Next(XlsxRow* row) {
  while (!failed_) {
    row->cells.clear();
    if (!NextRowElement()) return false;
    pugi::xml_node element = next_row_;
    next_row_ = NextSibling(element, "row");
    arena_.clear();
    pending_.clear();
    if (!ReadRow(element, row)) return false;
    if (row->cells.empty()) continue;
    for (const PendingText& p : pending_) {
      row->cells[p.cell].text = std::string_view(arena_).substr(p.offset, p.length);
    }
    return true;
  }
  return false;
}

bool XlsxSheetReader::ReadRow(pugi::xml_node element, XlsxRow* row) {
  uint64_t number = 0;
  std::string_view r = element.attribute("r").value();
  if (r.empty()) {
    number = uint64_t{last_row_} + 1;
  } else if (!ParseUint(r, &number) || number == 0) {
    return FailAtOffset(Reason::kXlsxBadCellRef,
                        slice_offset_ + static_cast<size_t>(element.offset_debug()),
                        {Abbreviate(r)});
  }
  if (number > kXlsxMaxRows) {
    return Fail(Reason::kXlsxBeyondLastRow,
                {kXlsxMaxRows,
                 RowLocation(name_, static_cast<uint32_t>(std::min<uint64_t>(number, UINT32_MAX)))},
                {fmt::format("{}", kXlsxMaxRows)});
  }
  if (number <= last_row_) {
    return Fail(Reason::kXlsxCellOrder,
                {static_cast<uint32_t>(number), RowLocation(name_, static_cast<uint32_t>(number))});
  }
  last_row_ = static_cast<uint32_t>(number);
  row->row = last_row_;
  uint32_t last_column = 0;
  for (pugi::xml_node c : element.children()) {
    if (c.type() != pugi::node_element || LocalName(c.name()) != "c") continue;
    XlsxCell cell;
    has_pending_ = false;
    std::string_view ref = c.attribute("r").value();
    uint32_t column = last_column + 1;
    if (!ref.empty()) {
      uint32_t ref_row = 0;
      if (!ParseCellReference(ref, &ref_row, &column)) {
        return Fail(Reason::kXlsxBadCellRef, {row->row, RowLocation(name_, row->row)},
                    {Abbreviate(ref)});
      }
      if (ref_row != row->row) {
        return Fail(Reason::kXlsxCellOrder,
                    {row->row, fmt::format("{}!{}", name_, Abbreviate(ref))});
      }
    }
    if (column > kXlsxMaxColumns) {
      return Fail(Reason::kXlsxBeyondLastColumn, {row->row, RowLocation(name_, row->row)},
                  {fmt::format("{}", column)});
    }
    if (column <= last_column) return FailAt(Reason::kXlsxCellOrder, row->row, column);
    last_column = column;
    cell.column = column;
    if (!ReadCell(c, row->row, &cell)) return false;
    if (cell.type == XlsxCellType::kEmpty && !cell.formula) continue;
    if (has_pending_) pending_.push_back({row->cells.size(), pending_offset_, pending_length_});
    row->cells.push_back(cell);
  }
  return true;
}

bool XlsxSheetReader::ReadCell(pugi::xml_node element, uint32_t row, XlsxCell* cell) {
  const std::string_view type = element.attribute("t").value();
  uint64_t style = 0;
  if (ParseUint(element.attribute("s").value(), &style)) {
    cell->format =
        workbook_.StyleFormat(static_cast<uint32_t>(std::min<uint64_t>(style, UINT32_MAX)));
  }
  cell->formula = static_cast<bool>(Child(element, "f"));
  pugi::xml_node v = Child(element, "v");
  const std::string_view value = v.child_value();
  if (type == "inlineStr") {
    pugi::xml_node is = Child(element, "is");
    if (!is) return true;  // no value: left out
    cell->type = XlsxCellType::kString;
    pugi::xml_node t = Child(is, "t");
    if (t && !NextSibling(t, "t") && !Child(is, "r")) {
      SetText(t.child_value(), cell);
    } else {
      std::string joined;
      AppendStringItem(is, &joined);
      StoreText(DecodeXmlString(joined, &scratch_));
    }
  } else if (!v || (value.empty() && type != "str")) {
    // A styled empty cell, or a formula without a saved value (openpyxl writes <v></v>).
    return true;
  } else if (type.empty() || type == "n") {
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), cell->number);
    if (ec != std::errc() || end != value.data() + value.size()) {
      return FailAt(Reason::kXlsxBadValue, row, cell->column, {"n"});
    }
    cell->type = XlsxCellType::kNumber;
    cell->text = value;
  } else if (type == "s") {
    uint64_t index = 0;
    if (!ParseUint(value, &index)) return FailAt(Reason::kXlsxBadValue, row, cell->column, {"s"});
    if (!workbook_.EnsureSharedStrings(diagnostics_, {row, Location(row, cell->column)})) {
      failed_ = true;
      return false;
    }
    if (index >= workbook_.shared_count()) {
      return FailAt(Reason::kXlsxBadSharedString, row, cell->column,
                    {fmt::format("{}", index), fmt::format("{}", workbook_.shared_count())});
    }
    cell->type = XlsxCellType::kString;
    cell->text = workbook_.SharedString(static_cast<size_t>(index));
  } else if (type == "str") {
    cell->type = XlsxCellType::kString;
    SetText(value, cell);
  } else if (type == "b") {
    if (value != "0" && value != "1" && value != "true" && value != "false") {
      return FailAt(Reason::kXlsxBadValue, row, cell->column, {"b"});
    }
    cell->type = XlsxCellType::kBoolean;
    cell->number = IsTrue(value) ? 1 : 0;
    cell->text = value;
  } else if (type == "e") {
    cell->type = XlsxCellType::kError;
    cell->text = value;
  } else if (type == "d") {
    // An ISO 8601 date or date-time (2024-09-02T08:00:00): as the date parsers read them.
    cell->type = XlsxCellType::kString;
    std::string iso(value.substr(0, value.find('.')));
    if (iso.size() > 10 && iso[10] == 'T') iso[10] = ' ';
    StoreText(iso);
  } else {
    return FailAt(Reason::kXlsxBadValue, row, cell->column, {Abbreviate(type)});
  }
  return true;
}

}  // namespace kefu
