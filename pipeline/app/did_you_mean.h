// "did you mean" suggestions for mistyped commands and options.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kefu {

// The candidate closest to `word` by edit distance, if it is close enough to be a typo (at most
// a third of the word's length, and at least 1).
std::optional<std::string> ClosestMatch(std::string_view word,
                                        std::span<const std::string_view> candidates);

// Edit distance counting a swap of two neighbouring characters as one edit.
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace kefu
