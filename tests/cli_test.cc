// The command line: help, version, usage errors with "did you mean", exit status 1.
#include <gtest/gtest.h>

#include "run_kefu.h"

namespace kefu::testing {
namespace {

TEST(Cli, HelpListsTheCommands) {
  ProcessResult r = RunKefu({"--lang", "en", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("kefu [options] <command>"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  check "), std::string::npos);
  EXPECT_NE(r.out.find("--input DIR"), std::string::npos);
}

TEST(Cli, HelpOfACommand) {
  ProcessResult r = RunKefu({"--lang", "en", "check", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("kefu check [--input DIR] [--strict]\n", 0), 0u) << r.out;
}

// Issue 11: the lock timeout a writing command honours is documented where the user looks.
TEST(Cli, HelpDocumentsTheLockTimeoutOfTheWritingCommands) {
  for (std::vector<std::string> args :
       {std::vector<std::string>{"--help"}, {"attendance", "--help"}, {"run", "--help"}}) {
    args.insert(args.begin(), {"--lang", "en"});
    ProcessResult r = RunKefu(args);
    EXPECT_NE(r.out.find("KEFU_LOCK_TIMEOUT=SECONDS  how long to wait while another kefu is "
                         "writing to the same output folder"),
              std::string::npos)
        << r.out;
  }
  ProcessResult check = RunKefu({"--lang", "en", "check", "--help"});
  EXPECT_EQ(check.out.find("KEFU_LOCK_TIMEOUT"), std::string::npos) << check.out;
}

TEST(Cli, HelpIsChineseByDefault) {
  ProcessResult r = RunKefu({"--help"});
  EXPECT_NE(r.out.find("命令："), std::string::npos) << r.out;
}

TEST(Cli, Version) {
  ProcessResult r = RunKefu({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("kefu ", 0), 0u);
}

TEST(Cli, UnknownCommandSuggestsTheClosestOne) {
  ProcessResult r = RunKefu({"--lang", "en", "chek"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "kefu: unknown command 'chek'; did you mean 'check'?\nrun 'kefu --help' for usage\n");
}

TEST(Cli, UnknownOptionSuggestsTheClosestOne) {
  ProcessResult r = RunKefu({"--lang", "en", "check", "--inptu", "x"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.substr(0, r.err.find('\n')),
            "kefu: unknown option '--inptu'; did you mean '--input'?");
}

TEST(Cli, NoSuggestionWhenNothingIsClose) {
  ProcessResult r = RunKefu({"--lang", "en", "frobnicate"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.substr(0, r.err.find('\n')), "kefu: unknown command 'frobnicate'");
}

TEST(Cli, OptionThatDoesNotApplyToTheCommand) {
  ProcessResult r = RunKefu({"--lang", "en", "check", "--quarter", "2023Q2"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.substr(0, r.err.find('\n')),
            "kefu: option '--quarter' does not apply to 'check'");
}

TEST(Cli, BadLanguageAndMissingCommand) {
  EXPECT_EQ(RunKefu({"--lang", "fr", "check"}).exit_code, 1);
  EXPECT_EQ(RunKefu({}).exit_code, 1);
  EXPECT_EQ(RunKefu({"check", "extra"}).exit_code, 1);
}

TEST(Cli, MissingInputFolderIsFatal) {
  ProcessResult r = RunKefu({"--lang", "en", "check", "--input", "no/such/folder", "--quiet"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("no/such/folder: error: the input folder does not exist"), std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace kefu::testing
