#include "app/commands.h"

#include <array>

namespace kefu {
namespace {

const std::vector<Command>& Table() {
  static const std::vector<Command> kCommands = {
      {"run", {"month"}, {}, 0, RunRun},
      {"attendance", {"month"}, {"month"}, 0, RunAttendance},
      {"roster", {"month"}, {"month"}, 0, RunRoster},
      {"evaluate", {"quarter"}, {"quarter"}, 0, RunEvaluate},
      {"dossier", {"employee", "as-of"}, {"employee"}, 0, RunDossier},
      {"check", {}, {}, 0, RunCheck},
      {"verify", {}, {}, 1, RunVerify},
  };
  return kCommands;
}

constexpr std::array<std::string_view, 9> kGlobal = {"input", "output", "lang", "strict", "force",
                                                     "jobs",  "quiet",  "help", "version"};

}  // namespace

std::span<const Command> Commands() { return Table(); }

const Command* FindCommand(std::string_view name) {
  for (const Command& c : Table()) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

std::span<const std::string_view> GlobalOptions() { return kGlobal; }

}  // namespace kefu
