// Usage errors exit 2, help and version exit 0, and every command has --help.

#include "run_command.h"

#include <gtest/gtest.h>

using waveplan::test::runWaveplan;

TEST(Usage, VersionPrintsTheVersion)
{
    const auto result = runWaveplan({"--version"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_NE(result.out.find(std::string("waveplan ") + WAVEPLAN_VERSION), std::string::npos) << result.out;
}

TEST(Usage, EveryCommandHasHelp)
{
    for (const char *command : {"import", "export", "validate", "schedule"}) {
        const auto result = runWaveplan({command, "--help"});
        EXPECT_EQ(result.exitCode, 0) << command;
        EXPECT_NE(result.out.find("Usage"), std::string::npos) << command << ": " << result.out;
        EXPECT_NE(result.out.find(command), std::string::npos) << command;
    }
}

TEST(Usage, UnknownOptionIsAUsageError)
{
    const auto result = runWaveplan({"validate", "plan.waveplan", "--frobnicate"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("--frobnicate"), std::string::npos) << result.err;
}

TEST(Usage, MissingRequiredArgumentIsAUsageError)
{
    const auto result = runWaveplan({"import", "capabilities.csv"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("--output"), std::string::npos) << result.err;
}

TEST(Usage, ExportFormatComesFromTheExtension)
{
    const auto result = runWaveplan({"export", "plan.waveplan", "-o", "plan.docx"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("expected a name ending in .waveplan, .json, .csv, .xlsx, .ics, .dot, .gv, .xml, .pdf, .png, .svg or .graphml"),
              std::string::npos)
        << result.err;
}

TEST(Usage, HelpFollowsGnuConventions)
{
    const auto result = runWaveplan({"--help"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out.rfind("Waveplan", 0), 0U) << result.out; // what the program does, first
    EXPECT_NE(result.out.find("Usage: waveplan"), std::string::npos) << result.out;
    for (const char *option : {"--help", "--version", "--verbose"})
        EXPECT_NE(result.out.find(option), std::string::npos) << option;
    EXPECT_NE(result.out.find("Report bugs to: "), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Full documentation: "), std::string::npos) << result.out;
    EXPECT_TRUE(result.err.empty()) << result.err;
}

TEST(Usage, VersionListsTheLibrariesItIsBuiltWith)
{
    const auto result = runWaveplan({"--version"});
    EXPECT_EQ(result.exitCode, 0);
    for (const char *library : {"SQLite 3.", "Boost 1.", "CLI11 ", "spdlog ", "nlohmann_json ", "libcsv ", "SQLiteCpp "})
        EXPECT_NE(result.out.find(library), std::string::npos) << library << " in\n" << result.out;
    EXPECT_NE(result.out.find("GPL version 3 or later"), std::string::npos) << result.out;
}
