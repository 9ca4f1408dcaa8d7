#include "model/diagnostic.h"

#include <gtest/gtest.h>

#include <map>

namespace kefu {
namespace {

Diagnostic At(std::string file, uint32_t line, std::string original) {
  Diagnostic d;
  d.file = std::move(file);
  d.line = line;
  d.original = std::move(original);
  return d;
}

TEST(SortByFileAndLine, OrdersByFileRankThenLineAndKeepsEqualKeysInOrder) {
  std::vector<Diagnostic> diagnostics = {At("b.csv", 3, "b3"), At("b.csv", 1, "b1 first"),
                                         At("a.csv", 9, "a9"), At("a.csv", 2, "a2"),
                                         At("b.csv", 1, "b1 second")};
  const std::map<std::string, size_t> rank = {{"a.csv", 1}, {"b.csv", 2}};
  int asked = 0;
  SortByFileAndLine(diagnostics, [&](const std::string& file) {
    ++asked;
    return rank.at(file);
  });
  std::vector<std::string> order;
  for (const Diagnostic& d : diagnostics) order.push_back(d.original);
  EXPECT_EQ(order, (std::vector<std::string>{"a2", "a9", "b1 first", "b1 second", "b3"}));
  EXPECT_EQ(asked, 3);  // once per run of the same file: b b | a a | b
}

}  // namespace
}  // namespace kefu
