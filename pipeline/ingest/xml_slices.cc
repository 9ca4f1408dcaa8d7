#include "ingest/xml_slices.h"

namespace kefu {
namespace {

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

struct Tag {
  enum Kind { kStart, kEnd, kEmpty, kDoctype };
  Kind kind = kStart;
  size_t begin = 0;
  size_t end = 0;
  std::string_view name;
};

// Tags in order, skipping text, comments, CDATA sections and processing instructions. Returns
// false at the end of the text, or when lost (then lost() is true).
class TagScanner {
 public:
  explicit TagScanner(std::string_view text) : text_(text) {}

  bool Next(Tag* tag) {
    while (pos_ < text_.size()) {
      const size_t lt = text_.find('<', pos_);
      if (lt == std::string_view::npos) {
        pos_ = text_.size();
        return false;
      }
      const std::string_view rest = text_.substr(lt);
      std::string_view close;
      if (rest.starts_with("<!--")) {
        close = "-->";
      } else if (rest.starts_with("<![CDATA[")) {
        close = "]]>";
      } else if (rest.starts_with("<?")) {
        close = "?>";
      } else if (rest.starts_with("<!DOCTYPE")) {
        *tag = {Tag::kDoctype, lt, lt + 9, {}};
        pos_ = lt + 9;
        return true;
      } else if (rest.starts_with("<!")) {
        return Lost();
      }
      if (!close.empty()) {
        const size_t end = text_.find(close, lt + 2);
        if (end == std::string_view::npos) return Lost();
        pos_ = end + close.size();
        continue;
      }
      const bool closing = rest.size() > 1 && rest[1] == '/';
      const size_t name_begin = lt + (closing ? 2 : 1);
      size_t i = name_begin;
      while (i < text_.size() && !IsXmlSpace(text_[i]) && text_[i] != '/' && text_[i] != '>' &&
             text_[i] != '<') {
        ++i;
      }
      if (i == name_begin) return Lost();
      const std::string_view name = text_.substr(name_begin, i - name_begin);
      char quote = 0;
      for (; i < text_.size(); ++i) {
        const char c = text_[i];
        if (quote) {
          if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '>' || c == '<') {
          break;
        }
      }
      if (i >= text_.size() || text_[i] != '>') return Lost();
      const bool empty = !closing && text_[i - 1] == '/';
      *tag = {closing ? Tag::kEnd : empty ? Tag::kEmpty : Tag::kStart, lt, i + 1, name};
      pos_ = i + 1;
      return true;
    }
    return false;
  }

  bool lost() const { return lost_; }

 private:
  bool Lost() {
    lost_ = true;
    pos_ = text_.size();
    return false;
  }

  std::string_view text_;
  size_t pos_ = 0;
  bool lost_ = false;
};

}  // namespace

std::string_view LocalName(std::string_view qualified_name) {
  const size_t colon = qualified_name.find(':');
  return colon == std::string_view::npos ? qualified_name : qualified_name.substr(colon + 1);
}

std::string XmlSplit::Shell(std::string_view text) const {
  if (content_begin == kNone) return std::string(text);
  std::string shell;
  shell.reserve(text.size() - (content_end - content_begin));
  shell.append(text.substr(0, content_begin));
  shell.append(text.substr(content_end));
  return shell;
}

XmlSplit SplitContainer(std::string_view text, std::span<const std::string_view> path,
                        size_t target) {
  XmlSplit split;
  TagScanner scanner(text);
  Tag tag;
  // Depth of the next tag: 0 for the root element. `matched` counts the leading elements of
  // the path that the open elements match.
  size_t depth = 0;
  size_t matched = 0;
  size_t slice_begin = 0;
  while (scanner.Next(&tag)) {
    if (tag.kind == Tag::kDoctype) {
      if (split.doctype == XmlSplit::kNone) split.doctype = tag.begin;
      continue;
    }
    const bool inside = matched == path.size();  // within the container's content
    if (tag.kind == Tag::kEnd) {
      if (depth == 0) break;  // an end tag too many: pugixml will say so
      --depth;
      if (inside && depth + 1 == path.size()) {
        // The container's end tag.
        split.content_end = tag.begin;
        if (slice_begin < tag.begin) split.slices.emplace_back(slice_begin, tag.begin);
        return split;
      }
      if (matched > depth) matched = depth;
      if (inside && depth == path.size() && tag.end - slice_begin >= target) {
        split.slices.emplace_back(slice_begin, tag.end);
        slice_begin = tag.end;
      }
      continue;
    }
    if (inside) {
      if (tag.kind == Tag::kStart) {
        ++depth;
      } else if (depth == path.size() && tag.end - slice_begin >= target) {
        split.slices.emplace_back(slice_begin, tag.end);
        slice_begin = tag.end;
      }
      continue;
    }
    // Outside the container: does this element continue the path?
    if (matched == depth && depth < path.size() && LocalName(tag.name) == path[depth]) {
      if (tag.kind == Tag::kEmpty) return split;  // <sheetData/>: nothing inside
      ++depth;
      matched = depth;
      if (matched == path.size()) {
        split.content_begin = tag.end;
        slice_begin = tag.end;
      }
      continue;
    }
    if (tag.kind == Tag::kStart) ++depth;
  }
  // The scanner is lost, or the text ends inside the container: the rest is one slice, and
  // its parse reports what is wrong.
  if (split.content_begin != XmlSplit::kNone) {
    split.unterminated = true;
    split.content_end = text.size();
    if (slice_begin < text.size()) split.slices.emplace_back(slice_begin, text.size());
  }
  return split;
}

}  // namespace kefu
