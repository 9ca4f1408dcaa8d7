// Plain-text tables for the terminal, aligned by display width (a Chinese character takes two
// columns).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kefu {

// Columns a UTF-8 text takes in a terminal.
size_t DisplayWidth(std::string_view text);

// Renders rows (the first is the header) with the first column left-aligned and the others
// right-aligned, two spaces apart, and a rule under the header.
std::string RenderTable(const std::vector<std::vector<std::string>>& rows);

}  // namespace kefu
