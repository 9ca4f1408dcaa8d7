// UTF-8 validation: every text that reaches a cell, a CSV or a diagnostic is checked with it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kefu {

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool IsValidUtf8(std::string_view text);

// The byte offset of the first ill-formed sequence, or npos.
size_t FindInvalidUtf8(std::string_view text);

// `text` with every byte that is not part of a well-formed sequence replaced by U+FFFD: what a
// message quotes is then valid UTF-8 whatever it quotes, and the bad bytes stay visible.
std::string ToValidUtf8(std::string_view text);

}  // namespace kefu
