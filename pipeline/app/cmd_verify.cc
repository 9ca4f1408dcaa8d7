// kefu verify DIR: recompute the hashes of an output folder against its manifest.json.
//
// Exit status: 0 when every file matches; 2 when manifest.json is missing or unreadable, and
// also 2 when files are missing, changed or extra. outputs.md has no code of its own for a
// mismatch; 2 ("fatal input error, nothing written") is the closest: the folder given as input
// is not what its manifest says, and verify writes nothing. 1 is a usage error as everywhere.
#include <ostream>

#include "app/commands.h"
#include "publish/manifest.h"

namespace kefu {

int RunVerify(Invocation& inv) {
  const Labels& labels = inv.labels();
  if (inv.arguments.empty()) {
    *inv.err << "kefu: " << labels.Get("verify.no_folder") << "\n"
             << labels.Get("cli.usage_hint") << "\n";
    return kExitUsage;
  }
  const std::string& folder = inv.arguments[0];
  VerifyResult result = VerifyFolder(folder);
  std::ostream& out = *inv.out;
  for (const PublishError& problem : result.problems) {
    out << DescribePublishError(problem, labels) << "\n";
  }
  if (result.ok) {
    out << labels.Fmt("verify.ok", folder) << "\n";
    return kExitDone;
  }
  out << labels.Fmt("verify.failed", folder, result.problems.size()) << "\n";
  return kExitFatalInput;
}

}  // namespace kefu
