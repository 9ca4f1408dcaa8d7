// The command table: every subcommand of kefu, its options and its entry point. Each report's
// issue adds its row here and nothing anywhere else in app/.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "app/invocation.h"

namespace kefu {

struct Command {
  std::string_view name;
  // Options beyond the global ones that this command accepts, and those it requires.
  std::vector<std::string_view> options;
  std::vector<std::string_view> required;
  int max_arguments = 0;
  int (*run)(Invocation& invocation);
};

std::span<const Command> Commands();
const Command* FindCommand(std::string_view name);

// The options every command accepts.
std::span<const std::string_view> GlobalOptions();

int RunRun(Invocation& invocation);
int RunCheck(Invocation& invocation);
int RunAttendance(Invocation& invocation);
int RunRoster(Invocation& invocation);
int RunEvaluate(Invocation& invocation);
int RunDossier(Invocation& invocation);
int RunVerify(Invocation& invocation);  // verify DIR: the folder is a required argument

}  // namespace kefu
