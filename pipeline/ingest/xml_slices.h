// Cutting a large XML part into slices of whole elements, so that pugixml can parse it a slice
// at a time: a worksheet of a million rows is parsed as a few dozen fragments of rows instead of
// one tree of tens of millions of nodes (pugixml's tree takes about eight times the text).
//
// The cut is found by a scanner that knows only tags, comments, CDATA sections, processing
// instructions and quoted attribute values. It checks nothing else: every slice and the rest of
// the part (the "shell") are parsed by pugixml, which finds what is malformed. When the scanner
// itself is lost (an unterminated tag or comment, an end tag too many), the rest of the text
// becomes one slice, and pugixml's parse of it reports the error.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kefu {

// The name without its namespace prefix: "x:row" → "row".
std::string_view LocalName(std::string_view qualified_name);

struct XmlSplit {
  static constexpr size_t kNone = std::string_view::npos;
  // The content of the container element (between its start and end tags); kNone when the
  // container was not found or is empty (<sheetData/>).
  size_t content_begin = kNone;
  size_t content_end = kNone;
  // [begin, end) ranges of the text, in order, covering the content: each holds whole child
  // elements (and what lies between them) and is at least the target size, but the last.
  std::vector<std::pair<size_t, size_t>> slices;
  // The offset of a <!DOCTYPE, which the part's readers refuse; kNone when there is none.
  size_t doctype = kNone;
  // The container's end tag was not found (the scanner was lost, or the text ends inside the
  // container): the last slice runs to the end of the text, and it is where the fault is.
  bool unterminated = false;

  // The text without the container's content: `<worksheet …><sheetData></sheetData>
  // <mergeCells>…</worksheet>`, for pugixml to parse whole.
  std::string Shell(std::string_view text) const;
};

// Finds the container element by the local names of its path from the root ({"worksheet",
// "sheetData"}: the sheetData child of the root element worksheet; {"sst"}: the root element
// sst) and cuts its content into slices of about `target` bytes.
XmlSplit SplitContainer(std::string_view text, std::span<const std::string_view> path,
                        size_t target);

}  // namespace kefu
