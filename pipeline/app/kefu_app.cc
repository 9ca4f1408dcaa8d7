#include "app/kefu_app.h"

#include <Poco/Util/Application.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionSet.h>
#include <fmt/format.h>

#include <ostream>
#include <sstream>
#include <thread>

#include "app/commands.h"
#include "app/did_you_mean.h"
#include "ingest/field_parsers.h"

namespace kefu {
namespace {

// Every option of outputs.md, global and per command; each takes a value or not.
struct OptionDef {
  std::string_view name;
  std::string_view argument;  // empty: a flag
};
constexpr OptionDef kOptions[] = {
    {"input", "DIR"},        {"output", "DIR"},    {"lang", "zh|en"},     {"strict", ""},
    {"force", ""},           {"jobs", "N"},        {"quiet", ""},         {"help", ""},
    {"version", ""},         {"month", "YYYY-MM"}, {"quarter", "YYYYQn"}, {"employee", "ID"},
    {"as-of", "YYYY-MM-DD"},
};

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

std::vector<std::string_view> OptionNames() {
  std::vector<std::string_view> names;
  for (const OptionDef& o : kOptions) names.push_back(o.name);
  return names;
}

// The option name in an argument such as "--mnth=2023-06".
std::string BareOption(std::string text) {
  while (!text.empty() && text.front() == '-') text.erase(0, 1);
  size_t cut = text.find_first_of("=:");
  if (cut != std::string::npos) text.erase(cut);
  return text;
}

class KefuApplication : public Poco::Util::Application {
 public:
  explicit KefuApplication(std::string& language_option) : language_option_(language_option) {
    setUnixOptions(true);
  }

  std::vector<std::pair<std::string, std::string>> given;
  std::vector<std::string> positional;

 protected:
  void defineOptions(Poco::Util::OptionSet& options) override {
    for (const OptionDef& def : kOptions) {
      Poco::Util::Option option(std::string(def.name), "");
      option.required(false).repeatable(false);
      if (!def.argument.empty()) option.argument(std::string(def.argument), true);
      options.addOption(option);
    }
  }

  void handleOption(const std::string& name, const std::string& value) override {
    Poco::Util::Application::handleOption(name, value);
    if (name == "lang") language_option_ = value;
    given.emplace_back(name, value);
  }

  // Poco hands over the arguments that are not options; the command runs after validation.
  int main(const ArgVec& args) override {
    positional = args;
    return 0;
  }

  void initialize(Application&) override {}
  void uninitialize() override {}

 private:
  std::string& language_option_;
};

// Help is laid out here rather than with Poco's HelpFormatter, which counts bytes and so
// breaks Chinese descriptions apart.
void PrintHelp(const Invocation& inv, const Command* command, std::ostream& out) {
  const Labels& labels = inv.labels();
  std::vector<std::pair<std::string, std::string>> lines;
  auto add = [&](std::string_view name) {
    for (const OptionDef& def : kOptions) {
      if (def.name != name) continue;
      std::string left = fmt::format("--{}", name);
      if (!def.argument.empty()) left += " " + std::string(def.argument);
      lines.emplace_back(left, labels.Get("option." + std::string(name)));
    }
  };
  if (command) {
    out << labels.Get("command." + std::string(command->name) + ".usage") << "\n\n"
        << labels.Get("command." + std::string(command->name)) << "\n\n";
    for (std::string_view name : command->options) add(name);
  } else {
    out << labels.Get("cli.usage") << "\n\n"
        << labels.Get("cli.header") << "\n\n"
        << labels.Get("cli.commands") << "\n";
    for (const Command& c : Commands()) {
      out << fmt::format("  {:<12}{}\n", c.name, labels.Get("command." + std::string(c.name)));
    }
    out << "\n";
  }
  for (std::string_view name : GlobalOptions()) add(name);
  size_t width = 0;
  for (const auto& [left, right] : lines) width = std::max(width, left.size());
  for (const auto& [left, right] : lines) {
    out << "  " << left << std::string(width + 2 - left.size(), ' ') << right << "\n";
  }
  // The commands that write take the output folder's lock (publish/output_root.h).
  if (!command || (command->name != "check" && command->name != "verify")) {
    out << "\n" << labels.Get("cli.environment") << "\n";
  }
  if (!command) out << "\n" << labels.Get("cli.footer") << "\n";
}

// Validates the options against the command and stores their typed values.
void ApplyOptions(Invocation& inv, const Command& command,
                  const std::vector<std::pair<std::string, std::string>>& given) {
  const Labels& labels = inv.labels();
  auto bad = [&](const std::string& name, const std::string& value, std::string_view expected) {
    return UsageError(labels.Fmt("cli.bad_option_value", name, value, expected));
  };
  for (const auto& [name, value] : given) {
    bool global =
        std::find(GlobalOptions().begin(), GlobalOptions().end(), name) != GlobalOptions().end();
    bool own =
        std::find(command.options.begin(), command.options.end(), name) != command.options.end();
    if (!global && !own)
      throw UsageError(labels.Fmt("cli.option_not_for_command", name, command.name));
    inv.given.insert(name);
    if (name == "input") {
      if (value.empty()) throw bad(name, value, "DIR");
      inv.input_dir = value;
    } else if (name == "output") {
      if (value.empty()) throw bad(name, value, "DIR");
      inv.output_dir = value;
    } else if (name == "strict") {
      inv.strict = true;
    } else if (name == "force") {
      inv.force = true;
    } else if (name == "quiet") {
      inv.quiet = true;
    } else if (name == "jobs") {
      std::optional<int64_t> n = ParseCount(value);
      if (!n || *n < 1 || *n > 256) throw bad(name, value, "1…256");
      inv.jobs = static_cast<int>(*n);
    } else if (name == "month") {
      std::optional<Month> m = ParseMonth(value);
      if (!m || value.size() != 7) throw bad(name, value, "YYYY-MM");
      inv.month = m;
    } else if (name == "quarter") {
      std::optional<Quarter> q = ParseQuarter(value);
      if (!q) throw bad(name, value, "YYYYQn");
      inv.quarter = q;
    } else if (name == "employee") {
      if (!IsSafeEmployeeId(value)) throw bad(name, value, "ID");
      inv.employee = value;
    } else if (name == "as-of") {
      std::optional<Date> d = ParseDate(value);
      if (!d) throw bad(name, value, "YYYY-MM-DD");
      inv.as_of = d;
    }
  }
  for (std::string_view required : command.required) {
    if (!inv.given.count(std::string(required))) {
      throw UsageError(labels.Fmt("cli.missing_option", command.name, required));
    }
  }
  if (inv.arguments.size() > static_cast<size_t>(command.max_arguments)) {
    throw UsageError(labels.Fmt("cli.extra_argument", inv.arguments[command.max_arguments]));
  }
}

}  // namespace

int RunKefu(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  Invocation inv;
  inv.out = &out;
  inv.err = &err;
  unsigned cores = std::thread::hardware_concurrency();
  inv.jobs = cores == 0 ? 1 : static_cast<int>(std::min(cores, 256u));

  // The language is needed for every message, including the usage errors, so it is looked up
  // before Poco parses the rest.
  std::string language_option;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg.starts_with("--lang="))
      language_option = std::string(arg.substr(7));
    else if (arg == "--lang" && i + 1 < argc)
      language_option = argv[i + 1];
  }
  Language language = Language::kZh;
  bool language_ok = language_option.empty() || ParseLanguage(language_option, &language);
  inv.language = language;
  const Labels& labels = inv.labels();
  auto usage_error = [&](const std::string& message) {
    err << "kefu: " << message << "\n" << labels.Get("cli.usage_hint") << "\n";
    return kExitUsage;
  };
  if (!language_ok) {
    return usage_error(labels.Fmt("cli.bad_option_value", "lang", language_option, "zh|en"));
  }

  std::string lang_seen;
  KefuApplication app(lang_seen);
  std::vector<std::string> args(argv, argv + argc);
  try {
    app.init(args);
  } catch (const Poco::Util::UnknownOptionException& e) {
    std::string name = BareOption(e.message());
    std::string message = labels.Fmt("cli.unknown_option", fmt::format("--{}", name));
    std::vector<std::string_view> names = OptionNames();
    if (auto close = ClosestMatch(name, names)) {
      message += "; " + labels.Fmt("cli.did_you_mean", fmt::format("--{}", *close));
    }
    return usage_error(message);
  } catch (const Poco::Util::AmbiguousOptionException& e) {
    return usage_error(labels.Fmt("cli.ambiguous_option", e.message()));
  } catch (const Poco::Util::MissingArgumentException& e) {
    return usage_error(labels.Fmt("cli.missing_argument", e.message()));
  } catch (const Poco::Util::DuplicateOptionException& e) {
    return usage_error(labels.Fmt("cli.option_twice", e.message()));
  } catch (const Poco::Util::OptionException& e) {
    return usage_error(labels.Fmt("cli.unknown_option", e.message()));
  }

  app.run();
  std::vector<std::string> positional = app.positional;
  bool help = false;
  bool version = false;
  for (const auto& [name, value] : app.given) {
    help |= name == "help";
    version |= name == "version";
  }
  if (version) {
    out << labels.Fmt("cli.version", KEFU_VERSION) << "\n";
    return kExitDone;
  }
  if (positional.empty()) {
    if (help) {
      PrintHelp(inv, nullptr, out);
      return kExitDone;
    }
    return usage_error(labels.Get("cli.no_command"));
  }
  const Command* command = FindCommand(positional[0]);
  if (!command) {
    std::string message = labels.Fmt("cli.unknown_command", positional[0]);
    std::vector<std::string_view> names;
    for (const Command& c : Commands()) names.push_back(c.name);
    if (auto close = ClosestMatch(positional[0], names)) {
      message += "; " + labels.Fmt("cli.did_you_mean", *close);
    }
    return usage_error(message);
  }
  if (help) {
    PrintHelp(inv, command, out);
    return kExitDone;
  }
  inv.command = positional[0];
  inv.arguments.assign(positional.begin() + 1, positional.end());
  try {
    ApplyOptions(inv, *command, app.given);
  } catch (const UsageError& e) {
    return usage_error(e.what());
  }
  return command->run(inv);
}

}  // namespace kefu
