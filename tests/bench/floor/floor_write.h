// The floor's writing half: the sheets of an inventory (inventory.h) written with libxlsxwriter
// in constant_memory mode — the same cells with the same types, texts, numbers and formats, the
// same columns, rows, merges and print setup — and nothing else: no model, no checks, no
// read-back, no hashing, no fsync, no rename.
#pragma once

#include <string>

#include "inventory.h"

namespace kefu::bench {

// Writes `inventory` to `path` (created or replaced); libxlsxwriter's temporary files go to the
// existing folder `tmpdir`. Returns false with `error` on the first call libxlsxwriter refuses.
bool WriteFloorWorkbook(const Inventory& inventory, const std::string& path,
                        const std::string& tmpdir, std::string* error);

}  // namespace kefu::bench
