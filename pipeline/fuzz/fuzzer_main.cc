// A libFuzzer executable for one target of fuzz_targets.h, named by KEFU_FUZZ_TARGET at compile
// time (pipeline/fuzz/CMakeLists.txt builds one per target).
#include <cstdint>
#include <cstdlib>

#include "fuzz/fuzz_targets.h"

namespace {

kefu::fuzz::FuzzFunction Target() {
  for (const kefu::fuzz::FuzzTarget& t : kefu::fuzz::FuzzTargets()) {
    if (t.name == KEFU_FUZZ_TARGET) return t.run;
  }
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const kefu::fuzz::FuzzFunction run = Target();
  run(data, size);
  return 0;
}
