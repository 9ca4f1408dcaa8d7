// XML files: encoding, the refusals that pugixml does not make on its own (DOCTYPE, entity
// references), and one record per child element of the root.
#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

#include "base/ascii.h"
#include "ingest/field_parsers.h"
#include "ingest/file_readers.h"
#include "ingest/text_encoding.h"
#include "ingest/xml_safety.h"

namespace kefu {
namespace {

bool HasElementChildren(pugi::xml_node node) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_element) return true;
  }
  return false;
}

// The text of a simple element (text and CDATA children).
std::string_view ElementText(pugi::xml_node node) {
  pugi::xml_node first = node.first_child();
  if (!first) return "";
  if ((first.type() == pugi::node_pcdata || first.type() == pugi::node_cdata) &&
      !first.next_sibling()) {
    return first.value();
  }
  return node.child_value();
}

}  // namespace

bool ReadXmlRecords(std::string bytes, RowContext& ctx, RowCounts& counts) {
  static constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (std::string_view(bytes).starts_with(kBom)) bytes.erase(0, 3);
  if (bytes.empty()) {
    ctx.Fatal(Reason::kEmptyFile, 1);
    return false;
  }
  // Encoding: UTF-8 unless the declaration names GBK, GB2312 or GB18030, which are transcoded
  // before parsing. Any other declared encoding is refused.
  std::string encoding = DeclaredXmlEncoding(bytes);
  std::string text;
  if (encoding == "gbk" || encoding == "gb2312" || encoding == "gb18030" || encoding == "cp936") {
    std::optional<std::string> converted = Gb18030ToUtf8(bytes);
    if (!converted) {
      ctx.Fatal(Reason::kUnknownEncoding, 1, {encoding});
      return false;
    }
    text = std::move(*converted);
  } else if (encoding.empty() || encoding == "utf-8" || encoding == "utf8") {
    size_t bad = FindInvalidUtf8(bytes);
    if (bad != std::string_view::npos) {
      LineIndex lines(bytes);
      ctx.Fatal(Reason::kXmlNotUtf8, lines.LineOf(static_cast<ptrdiff_t>(bad)));
      return false;
    }
    text = std::move(bytes);
  } else {
    ctx.Fatal(Reason::kXmlEncoding, 1, {encoding});
    return false;
  }

  LineIndex lines(text);
  // pugixml would take a NUL for the end of the document and keep other control characters.
  if (size_t at = FindXmlControlChar(text); at != std::string_view::npos) {
    ctx.Fatal(Reason::kXmlControlChar, lines.LineOf(static_cast<ptrdiff_t>(at)));
    return false;
  }
  pugi::xml_document doc;
  pugi::xml_parse_result result =
      doc.load_buffer(text.data(), text.size(), kXmlParseOptions, pugi::encoding_utf8);
  if (!result) {
    ctx.Fatal(Reason::kMalformedXml, lines.LineOf(result.offset), {result.description()});
    return false;
  }
  for (pugi::xml_node node : doc.children()) {
    if (node.type() == pugi::node_doctype) {
      ctx.Fatal(Reason::kXmlDoctype, lines.LineOf(node.offset_debug()));
      return false;
    }
  }
  // An undefined entity refuses the whole file (it may stand for anything, markup included).
  for (XmlViolationScanner all(text); std::optional<XmlViolation> v = all.Next();) {
    if (v->kind == XmlViolation::Kind::kUndefinedEntity) {
      ctx.Fatal(Reason::kXmlEntity, lines.LineOf(static_cast<ptrdiff_t>(v->offset)),
                {v->reference});
      return false;
    }
  }
  if (!doc.document_element()) {
    pugi::xml_parse_result none;
    none.status = pugi::status_no_document_element;
    ctx.Fatal(Reason::kMalformedXml, lines.LineOf(static_cast<ptrdiff_t>(text.size())),
              {none.description()});
    return false;
  }
  if (ptrdiff_t outside = FindOutsideRoot(doc); outside >= 0) {
    ctx.Fatal(Reason::kXmlOutsideRoot, lines.LineOf(outside), {doc.document_element().name()});
    return false;
  }
  pugi::xml_node root = doc.document_element();
  const RecordSchema& schema = ctx.schema();
  if (!root || AsciiLower(root.name()) != RecordTypeName(schema.type)) {
    ctx.Fatal(Reason::kWrongRoot, root ? lines.LineOf(root.offset_debug()) : 1,
              {root ? Abbreviate(root.name()) : "", RecordTypeName(schema.type)});
    return false;
  }

  // The other violations are matched to the records that hold them: such a record is rejected
  // (what pugixml made of it cannot be trusted) and the rest of the file is read. One outside
  // every record refuses the file.
  std::vector<pugi::xml_node> records;
  for (pugi::xml_node element : root.children()) {
    if (element.type() == pugi::node_element) records.push_back(element);
  }
  XmlViolationScanner scanner(text);
  std::optional<XmlViolation> violation = scanner.Next();
  auto reason_of = [](const XmlViolation& v) {
    return v.kind == XmlViolation::Kind::kLtInAttribute ? Reason::kXmlLtInAttribute
                                                        : Reason::kXmlBadCharRef;
  };
  auto args_of = [](const XmlViolation& v) {
    return v.kind == XmlViolation::Kind::kBadCharRef ? std::vector<std::string>{v.reference}
                                                     : std::vector<std::string>{};
  };
  // The '<' of a record's start tag (pugixml gives the offset of its name).
  auto start_of = [&](size_t i) {
    return static_cast<size_t>(std::max<ptrdiff_t>(records[i].offset_debug() - 1, 0));
  };
  if (violation && (records.empty() || violation->offset < start_of(0))) {
    ctx.Fatal(reason_of(*violation), lines.LineOf(static_cast<ptrdiff_t>(violation->offset)),
              args_of(*violation));
    return false;
  }

  RowParser parser = RowParserFor(schema.type);
  std::set<std::string> unknown;
  std::vector<std::string_view> values(schema.fields.size());
  std::vector<RawItem> items;
  const bool takes_items = schema.type == RecordType::kHandovers;
  for (size_t index = 0; index < records.size(); ++index) {
    pugi::xml_node element = records[index];
    ++counts.rows_read;
    // The first violation inside this record, if any; those after it in the record are skipped.
    const size_t end = index + 1 < records.size() ? start_of(index + 1) : text.size();
    std::optional<XmlViolation> forbidden;
    while (violation && violation->offset < end) {
      if (!forbidden) forbidden = std::move(violation);
      violation = scanner.Next();
    }
    std::fill(values.begin(), values.end(), std::string_view());
    items.clear();
    // A field given twice (an attribute and a child, or two children) with different values:
    // the row is rejected rather than one of them dropped.
    int twice = -1;
    std::string_view twice_value;
    auto take = [&](std::string_view name, std::string_view value) {
      int field = schema.Match(name);
      if (field < 0) {
        unknown.insert(std::string(name));
      } else if (values[field].empty()) {
        values[field] = TrimField(value);
      } else if (twice < 0 && !TrimField(value).empty() && TrimField(value) != values[field]) {
        twice = field;
        twice_value = TrimField(value);
      }
    };
    for (pugi::xml_attribute attr : element.attributes()) take(attr.name(), attr.value());
    auto take_item = [&](pugi::xml_node item_node) {
      RawItem item;
      auto get = [&](const char* key) -> std::string_view {
        if (pugi::xml_attribute a = item_node.attribute(key)) return a.value();
        if (pugi::xml_node c = item_node.child(key)) return ElementText(c);
        return "";
      };
      item.name = get("name");
      item.status = get("status");
      item.note = get("note");
      items.push_back(item);
    };
    for (pugi::xml_node child : element.children()) {
      if (child.type() != pugi::node_element) continue;
      std::string name = AsciiLower(child.name());
      if (takes_items && name == "item") {
        take_item(child);
      } else if (takes_items && name == "items" && HasElementChildren(child)) {
        for (pugi::xml_node item : child.children("item")) take_item(item);
      } else if (HasElementChildren(child)) {
        unknown.insert(child.name());
      } else {
        take(child.name(), ElementText(child));
      }
    }
    Row row;
    row.line = lines.LineOf(element.offset_debug());
    row.values = values;
    row.items = items;
    if (ctx.OutsideFocus(row)) continue;
    if (forbidden) {
      int field = forbidden->owner.empty() ? -1 : schema.Match(forbidden->owner);
      ctx.RejectRow(row, field, reason_of(*forbidden),
                    forbidden->in_attribute ? forbidden->value : forbidden->reference,
                    args_of(*forbidden));
    } else if (ctx.BeginRow(row)) {
      if (twice >= 0) {
        ctx.Reject(twice, Reason::kFieldGivenTwice, twice_value);
      } else {
        parser(ctx);
      }
    }
    counts.rejected += ctx.row_rejected();
    counts.warned += ctx.row_warned() && !ctx.row_rejected();
    if (ctx.gave_up()) return false;
  }
  if (!unknown.empty()) {
    std::string list;
    for (const std::string& u : unknown) {
      list.append(list.empty() ? "" : ", ").append(u);
      if (list.size() > kMaxFieldBytes) break;
    }
    ctx.FileWarning(Reason::kUnknownColumns, lines.LineOf(root.offset_debug()), {Abbreviate(list)});
  }
  return true;
}

}  // namespace kefu
